package org.geokg.extract.position;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.geokg.model.Polarity;

/**
 * The attitude a statement takes (POSITIONS.md: polarity), for positions whose cue carries none
 * ("said"). It sums the evaluative words of {@code tone-words.tsv} with the rules that change
 * what a word counts for: a change word turns the quantity or judgement near it ("slashes its
 * growth forecast" is bad, "reduce tensions" good); a negation flips the words in its scope
 * ("not complete", "fails to ensure", but not "nothing is more important than"); after "but" or
 * "however" the later clause decides, and a concession ("although ...") counts only when nothing
 * else does; a condition ("if ...") is no attitude. Reporting verbs and hedges carry no polarity:
 * "warned" and "may" change how something is said, not which side it takes. When the statement
 * names its target, the clause around that mention decides, and the whole statement only when
 * that clause is neutral.
 *
 * <pre>{@code
 * Polarity p = Tone.toward(content, targetStart, targetEnd);
 * }</pre>
 */
final class Tone {
    private static final String RESOURCE = "tone-words.tsv";
    private static final Pattern TOKEN = Pattern.compile(
            "[a-z](?:\\.[a-z])+\\.?|[a-z]+(?:['’][a-z]+)?|[0-9][0-9.,]*[0-9]|[0-9]|[,;:.!?()\\[\\]]|--|[—–]",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> SENTENCE_ENDS = Set.of(".", "!", "?");
    private static final Set<String> BOUNDARIES = Set.of(",", ";", ":", ".", "!", "?", "(", ")", "[", "]", "--",
            "—", "–");
    /** "but", "however": the clause after it is what the speaker ends on, so it wins. */
    private static final Set<String> ADVERSATIVE = Set.of("but", "however", "yet", "nevertheless", "nonetheless");
    /** "although": a concession counts only when the rest says nothing. */
    private static final Set<String> CONCESSIVE = Set.of("although", "though", "despite", "whereas");
    /** "if", "unless": a condition is supposed, not judged. */
    private static final Set<String> CONDITIONAL = Set.of("if", "unless");
    /** Modals of what would happen, not of what must: "it could collapse" after an "if" is supposed. */
    private static final Set<String> HYPOTHETICAL = Set.of("would", "could", "might", "may", "it'd", "we'd", "you'd",
            "they'd");
    private static final Set<String> VERB_CONTEXT = Set.of("to", "will", "would", "not", "never", "can", "could",
            "should", "must", "may", "might", "did", "do", "does", "we", "they", "i", "you", "he", "she");
    private static final Set<String> NEGATORS = Set.of("not", "no", "never", "nothing", "none", "nobody",
            "neither", "nor", "without", "hardly", "barely", "cannot");
    /** Negating phrases whose last word ends them: "fail to ensure", "lack of trust". */
    private static final Set<String> NEGATING_PHRASES = Set.of("fail to", "fails to", "failed to", "failing to",
            "lack of", "absence of", "far from", "refuse to", "refused to", "refuses to");
    /** Words that end the scope of a negation before the next boundary. */
    private static final Set<String> SCOPE_ENDS = Set.of("but", "and", "or", "because", "that", "which", "who",
            "so", "while", "if", "when");
    private static final int NEGATION_SCOPE = 5;
    private static final int CHANGE_AFTER = 3;
    /** After a determiner ("lift the long-standing arms ban") the changed head may lie further on. */
    private static final int CHANGE_AFTER_PHRASE = 5;
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "its", "their", "his", "her", "our",
            "all", "any", "these", "those", "this", "that");
    /** Change words that take away what they change when it is bad: "lift sanctions" ends them. */
    private static final Set<String> REMOVING = Set.of("lift", "lifts", "lifted", "lifting");
    private static final int CHANGE_BEFORE = 2;
    /** "down 0.2 points from the last estimate": a change by a number may name what changed further on. */
    private static final int CHANGE_BY_NUMBER_AFTER = 8;
    /** "down 0.2 points", "up 3 percent": a bare particle is a change word only before a number. */
    private static final Map<String, Entry> BY_NUMBER = Map.of(
            "down", new Entry(List.of("down"), Role.CHANGE, -1, 0), "up", new Entry(List.of("up"), Role.CHANGE, 1, 0));
    /** Plurals that are other words than their singular: "goods" are wares, "fines" penalties. */
    private static final Set<String> NOT_INFLECTIONS = Set.of("goods", "fines", "fined", "rights", "hopefully");
    private static final Set<String> COMPARATIVES = Set.of("more", "better", "greater", "bigger", "less", "worse");

    /** What a lexicon entry does. */
    private enum Role {
        JUDGEMENT, QUANTITY, CHANGE
    }

    /** An entry: words to match, its role and value (the direction, for a change word). */
    private record Entry(List<String> words, Role role, int value, int alone) {
    }

    /** A token of the text: lower-cased word or mark and its offset in the text. */
    private record Tok(String w, int start, int end, boolean name) {
    }

    /** A lexicon entry found at tokens {@code [first, last]}. */
    private record Term(Entry entry, int first, int last) {
    }

    private static final class Holder {
        static final Map<String, List<Entry>> LEXICON = load();
    }

    private Tone() {
    }

    /** The attitude of a whole statement. */
    static Polarity of(String text) {
        return sign(score(tokens(text)));
    }

    /**
     * The attitude of a statement toward what it names at {@code [from, to)} (offsets in
     * {@code text}): that of the clause around the mention, or of the whole statement when the
     * clause is neutral.
     */
    static Polarity toward(String text, int from, int to) {
        List<Tok> t = tokens(text);
        double clause = clauseScore(t, from, to);
        return clause != 0 ? sign(clause) : sign(score(t));
    }

    /** The score of the clause holding {@code [from, to)}: between the marks or "but"s around it. */
    private static double clauseScore(List<Tok> t, int from, int to) {
        int first = 0;
        int last = t.size() - 1;
        for (int k = 0; k < t.size(); k++) {
            Tok tok = t.get(k);
            if (BOUNDARIES.contains(tok.w()) || ADVERSATIVE.contains(tok.w())) {
                if (tok.end() <= from) {
                    first = k + 1;
                } else if (tok.start() >= to) {
                    last = k - 1;
                    break;
                }
            }
        }
        return first <= last ? score(t.subList(first, last + 1)) : 0;
    }

    /** Verbs that link a subject to what is said of it: "NATO is obsolete", "the deal seems fair". */
    private static final Set<String> COPULAS = Set.of("is", "are", "was", "were", "be", "been", "being", "'s", "’s",
            "'re", "’re", "seem", "seems", "seemed", "remain", "remains", "remained", "become", "becomes", "became",
            "look", "looks", "looked");
    private static final Set<String> AUXILIARIES = Set.of("may", "might", "could", "would", "will", "must",
            "should", "can", "has", "have", "had", "not", "never", "still", "also", "now", "really", "truly",
            "clearly", "certainly", "simply");
    private static final Set<String> PREPOSITIONS = Set.of("in", "of", "on", "at", "from", "with", "for", "about",
            "to", "by", "over", "under", "between", "against", "toward", "towards", "into", "than");
    /** Pronouns that stand for what is being talked about: "It is the right thing to do". */
    private static final Set<String> DEMONSTRATIVES = Set.of("it", "this", "that");

    /**
     * A judgement said of the mention at {@code [from, to)} itself ("NATO may be obsolete", "the
     * deal is not fair"), or of what is talked about when the statement opens with "it is" or
     * "this is": the attitude of the predicate, NEUTRAL when there is no such judgement. A
     * statement that only sounds good or bad near its target ("a critical situation in Europe")
     * judges no one.
     */
    static Polarity judged(String text, int from, int to) {
        List<Tok> t = tokens(text);
        int after = 0;
        while (after < t.size() && t.get(after).start() < to) {
            after++;
        }
        int before = 0;
        while (before < t.size() && t.get(before).end() <= from) {
            before++;
        }
        before--;
        if (before >= 0 && t.get(before).w().equals("the")) {
            before--;
        }
        if (before < 0 || BOUNDARIES.contains(t.get(before).w())) {
            // a clause that opens on the target is said of it: "Burma, a good news story";
            // "without reform, Europe risks a lot"
            return sign(clauseScore(t, from, to));
        }
        // "the situation in Chile is a disaster" is said of the situation, not of Chile
        boolean subject = before < 0 || !PREPOSITIONS.contains(t.get(before).w());
        if (after > 0 && t.get(after - 1).end() > to && (t.get(after - 1).w().endsWith("'s") || t.get(after - 1).w().endsWith("’s"))) {
            // "the party's plan is a disaster": a judgement of what is theirs is of them
            int k = after;
            while (k < t.size() && k <= after + 3 && !COPULAS.contains(t.get(k).w())
                    && !BOUNDARIES.contains(t.get(k).w())) {
                k++;
            }
            after = k;
        }
        double s = subject ? predicate(t, after) : 0;
        if (s == 0 && !t.isEmpty() && DEMONSTRATIVES.contains(t.get(0).w())) {
            s = predicate(t, 1);
        }
        return sign(s);
    }

    /** The score of a predicate starting at token {@code k} with a copula, 0 when there is none. */
    private static double predicate(List<Tok> t, int k) {
        int j = k;
        boolean copula = false;
        while (j < t.size() && j < k + 4 && (AUXILIARIES.contains(t.get(j).w()) || COPULAS.contains(t.get(j).w()))) {
            copula |= COPULAS.contains(t.get(j).w());
            j++;
        }
        if (!copula) {
            return 0;
        }
        int end = j;
        while (end < t.size() && end < j + 6 && !BOUNDARIES.contains(t.get(end).w()) && !SCOPE_ENDS.contains(t.get(end).w())) {
            end++;
        }
        return clause(t.subList(k, end));
    }

    /** The score of a whole statement: numbers above zero approve, below disapprove. */
    static double score(String text) {
        return score(tokens(text));
    }

    private static Polarity sign(double s) {
        if (s > 0) {
            return Polarity.POSITIVE;
        }
        return s < 0 ? Polarity.NEGATIVE : Polarity.NEUTRAL;
    }

    private static List<Tok> tokens(String text) {
        List<Tok> raw = new ArrayList<>();
        List<Boolean> upper = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        int words = 0;
        int capitals = 0;
        while (m.find()) {
            raw.add(new Tok(m.group().toLowerCase(Locale.ROOT), m.start(), m.end(), false));
            boolean letter = Character.isLetter(m.group().charAt(0));
            boolean cap = letter && Character.isUpperCase(m.group().charAt(0));
            upper.add(cap);
            words += letter ? 1 : 0;
            capitals += cap ? 1 : 0;
        }
        if (capitals * 2 > words) {
            return raw;   // a headline in title case: capitals mark no names
        }
        // "United Kingdom", "Peace Corps": a capitalised word beside another is part of a name, not a judgement
        List<Tok> out = new ArrayList<>(raw.size());
        for (int k = 0; k < raw.size(); k++) {
            boolean name = upper.get(k) && (k > 0 && upper.get(k - 1) || k + 1 < raw.size() && upper.get(k + 1))
                    && !(k == 0 || SENTENCE_ENDS.contains(raw.get(k - 1).w()));
            out.add(name ? new Tok(raw.get(k).w(), raw.get(k).start(), raw.get(k).end(), true) : raw.get(k));
        }
        return out;
    }

    /**
     * The score of tokens {@code t}: each stretch after "but"/"however" replaces what came before
     * it unless it is neutral.
     */
    private static double score(List<Tok> t) {
        double result = 0;
        int start = 0;
        for (int k = 0; k <= t.size(); k++) {
            if (k == t.size() || ADVERSATIVE.contains(t.get(k).w()) || isOffsetBy(t, k)) {
                double part = group(t.subList(start, k));
                if (part != 0) {
                    result = part;
                }
                start = k + 1;
            }
        }
        return result;
    }

    /** "slower growth is being offset by faster gains": what offsets something wins over it. */
    private static boolean isOffsetBy(List<Tok> t, int k) {
        return k > 0 && t.get(k).w().equals("by") && Set.of("offset", "outweighed").contains(t.get(k - 1).w());
    }

    /** One stretch without "but": conditions count nothing, concessions only when nothing else counts. */
    private static double group(List<Tok> t) {
        double main = 0;
        double conceded = 0;
        int start = 0;
        boolean concession = false;
        boolean condition = false;
        boolean supposed = false;
        for (int k = 0; k <= t.size(); k++) {
            boolean end = k == t.size() || BOUNDARIES.contains(t.get(k).w());
            boolean opens = !end && (CONCESSIVE.contains(t.get(k).w()) || CONDITIONAL.contains(t.get(k).w())
                    || k + 1 < t.size() && t.get(k).w().equals("even") && t.get(k + 1).w().equals("though"));
            if (end || opens) {
                List<Tok> c = t.subList(start, k);
                double s = clause(c);
                if (concession) {
                    conceded += s;
                } else if (!condition && !(supposed && c.stream().anyMatch(x -> HYPOTHETICAL.contains(x.w())))) {
                    // "if it fails, it could fall apart": what would follow from a condition is supposed too
                    main += s;
                }
                supposed |= condition;
                concession = opens && !CONDITIONAL.contains(t.get(k).w());
                condition = opens && CONDITIONAL.contains(t.get(k).w());
                start = k + 1;
            }
        }
        return main != 0 ? main : conceded;
    }

    /** One clause: its terms, change words applied to what is near them, negations applied. */
    private static double clause(List<Tok> t) {
        List<Term> terms = terms(t);
        boolean[] negated = negated(t);
        boolean[] used = new boolean[terms.size()];
        double sum = 0;
        for (int a = 0; a < terms.size(); a++) {
            Term c = terms.get(a);
            if (used[a] || c.entry().role() != Role.CHANGE) {
                continue;
            }
            int b = changed(t, terms, used, a);
            used[a] = true;
            double v;
            if (b >= 0) {
                used[b] = true;
                double changedValue = Math.signum(terms.get(b).entry().value());
                // "lift sanctions", "lift the ban": lifting something bad takes it away
                boolean removal = changedValue < 0 && REMOVING.contains(t.get(c.first()).w());
                v = (removal ? -1 : c.entry().value()) * changedValue;
                int next = b + 1;
                if (next < terms.size() && !used[next] && terms.get(next).first() == terms.get(b).last() + 1
                        && t.get(terms.get(next).first()).w().equals("against")) {
                    // "end the emergency against Burma": what the changed thing is against is part of it
                    used[next] = true;
                }
            } else {
                v = c.entry().alone();
            }
            sum += negated[c.first()] ? negate(v) : v;
        }
        for (int a = 0; a < terms.size(); a++) {
            Term j = terms.get(a);
            if (used[a]) {
                continue;
            }
            if (a + 1 < terms.size() && !used[a + 1] && terms.get(a + 1).first() == j.last() + 1
                    && terms.get(a + 1).entry().role() != Role.CHANGE
                    && Math.signum(terms.get(a + 1).entry().value()) == -Math.signum(j.entry().value())
                    && !(j.first() > 0 && isVerbContext(t.get(j.first() - 1).w()))) {
                continue;   // "a security threat", "great danger": the head word, not its modifier, says which side
            }
            double v = j.entry().role() == Role.QUANTITY ? Math.min(0, j.entry().value()) : j.entry().value();
            sum += negated[j.first()] ? negate(v) : v;
        }
        return sum;
    }

    /** Words after which a word is a verb ("not tolerate interference"), so the next word is its object. */
    private static boolean isVerbContext(String w) {
        return VERB_CONTEXT.contains(w) || w.endsWith("n't") || w.endsWith("n’t");
    }

    /**
     * A negated judgement: "not good" is bad, but "no threat", "will not tolerate interference"
     * are no praise, so a negated bad word counts nothing.
     */
    private static double negate(double v) {
        return v > 0 ? -v : 0;
    }

    /**
     * The term a change word changes: the judgement or quantity right after it ("cut the growth
     * forecast"), or right before it ("growth slowed"); -1 when there is none.
     */
    private static int changed(List<Tok> t, List<Term> terms, boolean[] used, int a) {
        Term c = terms.get(a);
        boolean byNumber = c.last() + 1 < t.size() && Character.isDigit(t.get(c.last() + 1).w().charAt(0));
        boolean phrase = c.last() + 1 < t.size() && DETERMINERS.contains(t.get(c.last() + 1).w());
        // "end a long-standing national emergency": a determiner opens the phrase whose head is changed
        int reach = byNumber ? CHANGE_BY_NUMBER_AFTER : phrase ? CHANGE_AFTER_PHRASE : CHANGE_AFTER;
        for (int b = a + 1; b < terms.size(); b++) {
            if (!used[b] && terms.get(b).entry().role() != Role.CHANGE && terms.get(b).first() - c.last() <= reach) {
                // "ease trade sanctions": the change applies to the head of the phrase, its last noun
                while (b + 1 < terms.size() && !used[b + 1] && terms.get(b + 1).entry().role() != Role.CHANGE
                        && terms.get(b + 1).first() - c.last() <= reach && terms.get(b + 1).first() == terms.get(b).last() + 1) {
                    b++;
                }
                return b;
            }
        }
        for (int b = a - 1; b >= 0; b--) {
            if (!used[b] && terms.get(b).entry().role() != Role.CHANGE && c.first() - terms.get(b).last() <= CHANGE_BEFORE) {
                return b;
            }
        }
        return -1;
    }

    /** For each token, whether a negation before it in the clause reaches it. */
    private static boolean[] negated(List<Tok> t) {
        boolean[] out = new boolean[t.size()];
        for (int k = 0; k < t.size(); k++) {
            int from = negatorEnd(t, k);
            if (from < 0 || isEmphatic(t, from)) {
                continue;
            }
            for (int j = from; j < t.size() && j < from + NEGATION_SCOPE && !SCOPE_ENDS.contains(t.get(j).w()); j++) {
                out[j] = !out[j];
            }
        }
        return out;
    }

    /** The index after the negator starting at {@code k}, or -1. */
    private static int negatorEnd(List<Tok> t, int k) {
        String w = t.get(k).w();
        if (NEGATORS.contains(w) || w.endsWith("n't") || w.endsWith("n’t")) {
            // "not only ... but also" is no negation
            return k + 1 < t.size() && t.get(k + 1).w().equals("only") ? -1 : k + 1;
        }
        if (k + 1 < t.size() && NEGATING_PHRASES.contains(w + " " + t.get(k + 1).w())) {
            return k + 2;
        }
        return -1;
    }

    /** "nothing is more important than", "no one did better than": a negated comparison is praise. */
    private static boolean isEmphatic(List<Tok> t, int from) {
        for (int j = from; j < t.size() && j < from + 4; j++) {
            String w = t.get(j).w();
            if (COMPARATIVES.contains(w) || w.endsWith("er") && j + 1 < t.size() && t.get(j + 1).w().equals("than")) {
                for (int k = j + 1; k < t.size() && k < j + 8; k++) {
                    if (t.get(k).w().equals("than")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The lexicon entries of a clause, longest match first, left to right. */
    private static List<Term> terms(List<Tok> t) {
        List<Term> out = new ArrayList<>();
        for (int k = 0; k < t.size(); k++) {
            Entry byNumber = BY_NUMBER.get(t.get(k).w());
            if (byNumber != null && k + 1 < t.size() && Character.isDigit(t.get(k + 1).w().charAt(0))) {
                out.add(new Term(byNumber, k, k));
                continue;
            }
            Term best = null;
            for (String form : t.get(k).name() ? List.<String>of() : forms(t.get(k).w())) {
                for (Entry e : Holder.LEXICON.getOrDefault(form, List.of())) {
                    if (matches(t, k, e) && (best == null || e.words().size() > best.entry().words().size())) {
                        best = new Term(e, k, k + e.words().size() - 1);
                    }
                }
                if (best != null) {
                    break;
                }
            }
            if (best != null) {
                out.add(best);
                k = best.last();
            }
        }
        return out;
    }

    private static boolean matches(List<Tok> t, int k, Entry e) {
        if (k + e.words().size() > t.size()) {
            return false;
        }
        for (int j = 1; j < e.words().size(); j++) {
            if (!forms(t.get(k + j).w()).contains(e.words().get(j))) {
                return false;
            }
        }
        return true;
    }

    /** A word and the base forms it may be an inflection of ("slashes", "lowered", "cutting"). */
    static List<String> forms(String w) {
        List<String> out = new ArrayList<>();
        out.add(w);
        if (NOT_INFLECTIONS.contains(w)) {
            return out;
        }
        if (w.endsWith("'s") || w.endsWith("’s")) {
            out.add(w.substring(0, w.length() - 2));
        }
        for (String suffix : List.of("ly", "es", "s", "ed", "d", "ing")) {
            if (w.length() > suffix.length() + 2 && w.endsWith(suffix)) {
                String stem = w.substring(0, w.length() - suffix.length());
                out.add(stem);
                if (suffix.equals("ing") || suffix.equals("ed")) {
                    out.add(stem + "e");
                    if (stem.length() > 2 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)) {
                        out.add(stem.substring(0, stem.length() - 1));   // "cutting", "slimmed"
                    }
                }
                if (suffix.equals("es") || suffix.equals("ed")) {
                    if (stem.endsWith("i")) {
                        out.add(stem.substring(0, stem.length() - 1) + "y");   // "worried", "allies"
                    }
                }
            }
        }
        return out;
    }

    private static Map<String, List<Entry>> load() {
        Map<String, List<Entry>> out = new HashMap<>();
        try (InputStream in = Tone.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE + " beside " + Tone.class.getName());
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int lineNo = 0;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != 2) {
                    throw new IllegalStateException(RESOURCE + ":" + lineNo + ": expected a word and a tag separated by a tab");
                }
                Entry e = entry(List.of(f[0].strip().split(" ")), f[1].strip(), lineNo);
                out.computeIfAbsent(e.words().get(0), k -> new ArrayList<>()).add(e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static Entry entry(List<String> words, String tag, int lineNo) {
        return switch (tag) {
            case "+" -> new Entry(words, Role.JUDGEMENT, 1, 0);
            case "++" -> new Entry(words, Role.JUDGEMENT, 2, 0);
            case "-" -> new Entry(words, Role.JUDGEMENT, -1, 0);
            case "--" -> new Entry(words, Role.JUDGEMENT, -2, 0);
            case "q+" -> new Entry(words, Role.QUANTITY, 1, 0);
            case "q-" -> new Entry(words, Role.QUANTITY, -1, 0);
            case "up" -> new Entry(words, Role.CHANGE, 1, 0);
            case "up+" -> new Entry(words, Role.CHANGE, 1, 1);
            case "down" -> new Entry(words, Role.CHANGE, -1, 0);
            case "down-" -> new Entry(words, Role.CHANGE, -1, -1);
            default -> throw new IllegalStateException(RESOURCE + ":" + lineNo + ": unknown tag '" + tag
                    + "' (expected +, ++, -, --, q+, q-, up, up+, down or down-)");
        };
    }
}
