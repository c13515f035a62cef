package org.geokg.extract.attribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.geokg.extract.actor.Actor;
import org.geokg.extract.actor.ActorIndex;
import org.geokg.extract.attribution.NounPhrases.Range;
import org.geokg.extract.attribution.QuoteScanner.Quote;
import static org.geokg.extract.attribution.QuoteScanner.isBlank;
import org.geokg.extract.text.AnnotatedText;
import org.geokg.extract.text.Sentence;
import org.geokg.extract.text.Token;
import org.geokg.model.EntityType;
import org.geokg.model.Span;

/**
 * One run of {@link AttributionFinder} over one article: reads every reporting cue with its
 * source and content, then hands the quotations no cue claimed to a neighbouring speaker.
 */
final class AttributionPass {
    /** Text that ends in a closing quotation mark, perhaps with a comma and blanks after it. */
    private static final Pattern AFTER_QUOTE = Pattern.compile(".*[\"”'],?\\s*$");
    /** Cues that take the addressee as object before what is said ("told reporters that"). */
    private static final Set<String> OBJECT_FIRST = Set.of("tell", "ask", "urge", "warn", "remind", "inform",
            "assure", "reassure", "advise", "encourage", "press", "pressure", "notify", "brief", "instruct", "order",
            "implore", "beg", "accuse", "blame", "call", "criticize", "criticise", "praise", "defend", "challenge");
    /** Stance verbs whose noun-phrase object is the content ("criticized the deal"). */
    private static final Set<String> OBJECT_CUES = Set.of("criticize", "criticise", "mention", "cite", "question",
            "praise", "condemn", "blast", "slam", "attack", "announce", "propose", "endorse", "reject", "deny",
            "defend", "dispute", "highlight", "reference", "stress", "emphasize", "emphasise", "decry", "deplore",
            "welcome", "acknowledge", "predict", "demand", "recommend", "tout", "mock", "dismiss");
    private static final Set<String> COMPLEMENTIZERS = Set.of("that", "whether", "if", "how", "what", "why", "when",
            "where", "who", "which");
    private static final Set<String> TO_VERBS = Set.of("urge", "ask", "call", "encourage", "press", "pressure",
            "want", "plan", "promise", "pledge", "vow", "threaten", "offer", "refuse", "demand", "propose",
            "advise", "instruct", "order", "implore", "beg", "request", "hope", "expect", "warn", "tell", "decide",
            "agree");
    private static final Set<String> TIME_WORDS = Set.of("today", "yesterday", "tonight", "monday", "tuesday",
            "wednesday", "thursday", "friday", "saturday", "sunday", "last", "this", "next", "every", "each");
    /** Heads of studies, polls and records, which find or show what they report ("one study found …"). */
    private static final Set<String> EVIDENCE_HEADS = Set.of("study", "studies", "analysis", "poll", "polls",
            "survey", "report", "research", "data", "video", "footage", "average", "review", "audit", "investigation",
            "transcript", "records", "documents", "figures", "statistics", "census", "estimate", "estimates");
    /** Nouns that name what someone said: "Trump's claim that …". */
    private static final Set<String> REPORT_NOUNS = Set.of("claim", "claims", "assertion", "statement", "argument",
            "warning", "promise", "prediction", "contention", "insistence", "suggestion", "allegation", "accusation",
            "pledge", "vow", "remark", "comment", "charge", "admission", "announcement");
    private static final Set<String> BE = Set.of("is", "was", "were", "are", "be", "been", "being", "'s", "’s", "'re",
            "’re", "am");

    /** What may stand between a report and a second verb of the same speaker: "and", "but also". */
    private static final java.util.regex.Pattern COORDINATION = java.util.regex.Pattern.compile(
            "[\\s,]*(and|but|yet)(\\s+\\p{L}+ly|\\s+also|\\s+then)?\\s*");

    private final AnnotatedText doc;
    private final ActorIndex actors;
    private final ReportingCues cues;
    private final String text;
    private final List<Quote> quotes;
    private final boolean[] claimed;
    private final List<Integer> paragraphs;
    private final List<Draft> drafts = new ArrayList<>();
    /** Quotation index by end offset (closed ones) and by start offset. */
    private final java.util.Map<Integer, Integer> byEnd = new java.util.HashMap<>();
    private final java.util.Map<Integer, Integer> byStart = new java.util.HashMap<>();
    private final int[] words;

    /** A mutable attribution while the pass builds it. */
    private static final class Draft {
        int sourceStart = -1;
        int sourceEnd = -1;
        int cueStart;
        int cueEnd;
        int contentStart;
        int contentEnd;
        boolean direct;
        String actorId;
        double confidence;
        boolean framed = true;

        boolean hasSource() {
            return sourceStart >= 0;
        }
    }

    AttributionPass(AnnotatedText doc, ActorIndex actors, ReportingCues cues) {
        this.doc = doc;
        this.actors = actors;
        this.cues = cues;
        this.text = doc.text();
        this.quotes = QuoteScanner.scan(text);
        this.claimed = new boolean[quotes.size()];
        this.paragraphs = doc.paragraphStarts();
        this.words = new int[quotes.size()];
        for (int qi = 0; qi < quotes.size(); qi++) {
            Quote q = quotes.get(qi);
            words[qi] = q.words(text);
            if (q.closed()) {
                byEnd.put(q.end(), qi);
            }
            byStart.putIfAbsent(q.start(), qi);
        }
    }

    List<Attribution> run() {
        for (Sentence s : doc.sentences()) {
            readSentence(s);
        }
        linkUnframedQuotes();
        drafts.sort(Comparator.comparingInt((Draft d) -> d.contentStart));
        List<Attribution> out = new ArrayList<>();
        for (Draft d : drafts) {
            out.add(toAttribution(d));
        }
        return out;
    }

    // ---- cues within one sentence ----

    private void readSentence(Sentence s) {
        List<Token> t = s.tokens();
        colonFrame(s, t);
        for (int i = 0; i < t.size(); i++) {
            Token tok = t.get(i);
            if (insideQuote(tok.start())) {
                continue;
            }
            String w = NounPhrases.lower(tok);
            if (w.equals("according") && i + 1 < t.size() && NounPhrases.lower(t.get(i + 1)).equals("to")) {
                accordingTo(s, t, i);
                continue;
            }
            if (tok.pos().startsWith("NN") && REPORT_NOUNS.contains(NounPhrases.lower(tok))) {
                possessiveReport(s, t, i);
                continue;
            }
            if (w.equals("put") && i + 1 < t.size() && NounPhrases.lower(t.get(i + 1)).equals("it")
                    && asPutIt(s, t, i)) {
                continue;
            }
            if (!tok.pos().startsWith("VB")) {
                continue;
            }
            ReportingCues.Strength strength = cues.strength(tok.lemma());
            if (strength == null || isPassive(t, i) || isBareParticiple(t, i)
                    || strength == ReportingCues.Strength.WEAK && insideContent(tok.start())) {
                continue;
            }
            reportingVerb(s, t, i, strength);
        }
        dashFrames(s, t);
    }

    /** "Asked about the device, …": a participle with no auxiliary reports nothing itself. */
    private static boolean isBareParticiple(List<Token> t, int i) {
        if (!t.get(i).pos().equals("VBN")) {
            return false;
        }
        int k = i - 1;
        while (k >= 0 && t.get(k).pos().startsWith("RB")) {
            k--;
        }
        if (k < 0) {
            return true;
        }
        if (mistaggedPastTense(t, k)) {
            return false;
        }
        String w = NounPhrases.lower(t.get(k));
        return !(w.equals("has") || w.equals("have") || w.equals("had") || w.equals("'s") || w.equals("’s")
                || w.equals("having"));
    }

    /**
     * "Party Chairman David Pepper called the ruling …": the tagger reads a past tense right after
     * a name as a participle. With no finite verb before it in the sentence it is the main verb.
     */
    private static boolean mistaggedPastTense(List<Token> t, int subjectEnd) {
        String p = t.get(subjectEnd).pos();
        if (!(p.equals("NNP") || p.equals("NNPS") || p.equals("PRP"))) {
            return false;
        }
        for (int a = 0; a < subjectEnd; a++) {
            String q = t.get(a).pos();
            if (q.equals("VBD") || q.equals("VBZ") || q.equals("VBP") || q.equals("MD")) {
                return false;
            }
        }
        return true;
    }

    /** True inside the content of an attribution found so far ("she said she hopes to win"). */
    private boolean insideContent(int pos) {
        for (Draft d : drafts) {
            if (d.contentStart <= pos && pos < d.contentEnd) {
                return true;
            }
        }
        return false;
    }

    private boolean isPassive(List<Token> t, int i) {
        if (!t.get(i).pos().equals("VBN")) {
            return false;
        }
        int k = i - 1;
        while (k >= 0 && t.get(k).pos().startsWith("RB")) {
            k--;
        }
        return k >= 0 && BE.contains(NounPhrases.lower(t.get(k)));
    }

    private void reportingVerb(Sentence s, List<Token> t, int i, ReportingCues.Strength strength) {
        Token cue = t.get(i);
        String lemma = cue.lemma().toLowerCase(Locale.ROOT);
        Range src = null;
        Range referent = null;
        boolean inverted = false;
        int k = NounPhrases.skipVerbPrefix(t, i);
        if (k >= 0) {
            Token kt = t.get(k);
            if (cue.pos().equals("VBG") && kt.pos().equals(",")) {
                src = mainSubject(s, t, k);
            } else if (cue.pos().equals("VBG") && k == i - 1 && NounPhrases.isNoun(kt) && !kt.pos().equals("PRP")) {
                // "unleashed a series of tweets saying …": the one who acts in the clause says it
                src = mainSubject(s, t, k);
                if (src == null) {
                    src = NounPhrases.endingAt(t, k);
                }
            } else if ((kt.pos().equals("WP") || kt.pos().equals("WDT")) && k >= 2 && t.get(k - 1).pos().equals(",")) {
                src = new Range(k, k);
                referent = NounPhrases.endingAt(t, k - 2);
            } else if (kt.pos().equals(",")) {
                src = beforeApposition(t, k);
            } else if (kt.pos().equals("WDT") && k >= 1 && NounPhrases.isNoun(t.get(k - 1))) {
                // "the police department which reported …": the relative pronoun speaks for its noun
                src = new Range(k, k);
                referent = NounPhrases.endingAt(t, k - 1);
            } else if (!kt.pos().equals("WDT") && !kt.pos().equals("WP")) {
                src = NounPhrases.endingAt(t, k);
            }
            Draft shared = kt.pos().equals("CC") ? coordinatedCue(s, cue) : null;
            if (src == null && shared != null) {
                // "May said that … and suggested that …": both verbs are the first speaker's
                src = rangeOf(t, shared.sourceStart, shared.sourceEnd);
            } else if (src == null && (kt.pos().equals("CC") || kt.pos().equals("IN") && cue.pos().equals("VBG")
                    || kt.pos().equals("TO") && cue.pos().equals("VB"))) {
                // "X bemoaned the unrest and said …", "X began by saying …": the clause's subject speaks
                src = clauseSubject(t, k);
            }
        }
        if (src == null && k >= 0 && cue.pos().equals("VBG") && isQuoteToken(t.get(k))) {
            // "… as a "strong leader," comparing him to …": the participle hangs on the clause's subject
            src = clauseSubject(t, k);
        }
        // a participle never takes its subject after it ("…," saying him wrong)
        if (src == null && (k < 0 || isFramePunct(t.get(k))) && !cue.pos().equals("VBG")) {
            Range right = NounPhrases.startingAt(t, i + 1);
            // "…, Says No Pact in Sight": a negated phrase is what is said, not who says it
            if (right != null && !NounPhrases.lower(t.get(right.first())).equals("no")) {
                src = right;
                inverted = true;
            }
        }
        // "…," Mr. Morgan of the Sierra Club said: a long name between the quotation and the cue
        int closing = closingQuoteBefore(t, i);
        if (closing >= 0 && (src == null || inverted || src.first() > closing + 2)) {
            int first = closing + 1 < i && t.get(closing + 1).pos().equals(",") ? closing + 2 : closing + 1;
            Range name = NounPhrases.startingAt(t, first);
            if (name != null && name.last() < i) {
                src = name;
                referent = null;
                inverted = false;
            }
        }
        int frameStart = src != null && !inverted ? Math.min(t.get(src.first()).start(), cue.start()) : cue.start();
        int frameEndIdx = inverted ? src.last() : i;
        Draft d = new Draft();
        d.cueStart = cue.start();
        d.cueEnd = cue.end();
        if (src != null) {
            d.sourceStart = t.get(src.first()).start();
            d.sourceEnd = t.get(src.last()).end();
            d.actorId = resolve(t, src, referent);
        }
        int closedBefore = closing >= 0 && closing + 1 < t.size() ? t.get(closing + 1).start() : -1;
        if (trailingQuote(s, t, d, frameStart, frameEndIdx)
                || closedBefore >= 0 && trailingQuote(s, t, d, closedBefore, frameEndIdx)
                || leadingQuote(t, d, frameEndIdx, lemma) || quotedObject(s, t, d, i, src)
                || complement(s, t, d, frameEndIdx, lemma, strength) || trailingClause(s, t, d, frameStart, frameEndIdx)
                || src != null && medialFrame(s, t, d, frameStart, frameEndIdx)
                || nominalObject(s, t, d, i, src, inverted, lemma)) {
            d.confidence = confidence(d, strength, t, src);
            drafts.add(d);
        }
    }

    /**
     * The closing quote mark nearest before the cue when only a speaker's name and its apposition
     * stand between them (no verb, no sentence end), or -1.
     */
    private int closingQuoteBefore(List<Token> t, int cue) {
        int k = NounPhrases.skipVerbPrefix(t, cue);
        for (; k >= 0 && cue - k <= 16; k--) {
            Token tok = t.get(k);
            if (isQuoteToken(tok) || tok.pos().equals("''")) {
                int j = tok.start();
                while (j > 0 && isBlank(text.charAt(j - 1))) {
                    j--;
                }
                return quoteEndingAt(tok.end()) >= 0 ? k : -1;
            }
            if (tok.pos().startsWith("VB") && !tok.pos().equals("VBN") || tok.pos().equals(".") || tok.pos().equals(":")) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "Pepper called the decision a "huge win"", "Clinton criticized the law as a "crazy
     * system"": a cue whose object holds a quotation says what the speaker said about it.
     */
    private boolean quotedObject(Sentence s, List<Token> t, Draft d, int cue, Range src) {
        if (src == null || cue + 2 >= t.size() || !quoteWithin(t, cue + 1, 12)) {
            return false;
        }
        Token next = t.get(cue + 1);
        if (next.pos().startsWith("VB") || next.pos().equals(",") || next.pos().equals(".")) {
            return false;
        }
        return fillComplement(s, t, d, cue + 1, true);
    }

    /**
     * "Clinton mentioned disparaging remarks", "Trump has sharply criticized free-trade deals":
     * verbs of stance whose object is what the speaker said something about.
     */
    private boolean nominalObject(Sentence s, List<Token> t, Draft d, int cue, Range src, boolean inverted,
            String lemma) {
        if (src == null || inverted || !OBJECT_CUES.contains(lemma) || cue + 2 >= t.size()) {
            return false;
        }
        Range obj = NounPhrases.startingAt(t, cue + 1);
        if (obj == null || NounPhrases.isPronoun(t.get(obj.first()))) {
            return false;
        }
        int end = s.end();
        for (int a = obj.last() + 1; a < t.size(); a++) {
            String p = t.get(a).pos();
            if (p.equals(",") || p.equals(".") || p.equals(":") || p.equals("VBD") || p.equals("VBZ") || p.equals("CC")) {
                end = t.get(a).start();
                break;
            }
        }
        int start = t.get(cue + 1).start();
        end = trimEnd(end - 1);
        if (end - start < 6) {
            return false;
        }
        d.contentStart = start;
        d.contentEnd = end;
        claimWithin(start, end);
        return true;
    }

    /** "…, X said": the subject of the clause an -ing cue hangs on ("Trump attacked Clinton, saying …"). */
    private Range mainSubject(Sentence s, List<Token> t, int comma) {
        for (int j = drafts.size() - 1; j >= 0; j--) {
            Draft d = drafts.get(j);
            if (d.hasSource() && d.cueStart >= s.start() && d.cueStart < t.get(comma).start()) {
                for (int a = 0; a < comma; a++) {
                    if (t.get(a).start() == d.sourceStart) {
                        for (int b = a; b < comma; b++) {
                            if (t.get(b).end() == d.sourceEnd) {
                                return new Range(a, b);
                            }
                        }
                    }
                }
            }
        }
        int a = 0;
        while (a < comma && (t.get(a).pos().equals("CC") || t.get(a).pos().startsWith("RB") || isFramePunct(t.get(a)))) {
            a++;
        }
        Range r = NounPhrases.startingAt(t, a);
        if (r != null && r.last() + 1 < comma && t.get(r.last() + 1).pos().startsWith("VB")) {
            return r;
        }
        return clauseSubject(t, comma);
    }

    /** The attribution of this sentence whose content holds {@code cue}, coming after its own cue. */
    private Draft coordinatedCue(Sentence s, Token cue) {
        for (Draft d : drafts) {
            if (d.hasSource() && d.cueStart >= s.start() && d.cueEnd <= cue.start() && d.contentStart <= cue.start()
                    && d.contentStart > d.cueStart && (cue.start() < d.contentEnd
                    || COORDINATION.matcher(text.substring(d.contentEnd, cue.start())).matches())) {
                return d;
            }
        }
        return null;
    }

    /** The token range covering {@code [start, end)} exactly, or null. */
    private static Range rangeOf(List<Token> t, int start, int end) {
        for (int a = 0; a < t.size(); a++) {
            if (t.get(a).start() == start) {
                for (int b = a; b < t.size(); b++) {
                    if (t.get(b).end() == end) {
                        return new Range(a, b);
                    }
                }
            }
        }
        return null;
    }

    /**
     * The subject of the clause that holds token {@code k}: the noun phrase (or apposition)
     * right before the nearest finite verb to the left, within the sentence and outside quotes.
     */
    private Range clauseSubject(List<Token> t, int k) {
        for (int v = k - 1; v > 0 && k - v <= 40; v--) {
            Token verb = t.get(v);
            String p = verb.pos();
            if (isQuoteToken(verb) || p.equals(":") || verb.word().equals(";")) {
                return null;
            }
            if (!(p.equals("VBD") || p.equals("VBZ") || p.equals("VBP") || p.equals("MD"))) {
                continue;
            }
            int j = NounPhrases.skipVerbPrefix(t, v);
            if (j < 0) {
                return null;
            }
            Token before = t.get(j);
            if (before.pos().equals("CC")) {
                // a verb coordinated with an earlier one shares its subject
                continue;
            }
            if (before.pos().equals(",")) {
                return beforeApposition(t, j);
            }
            Range np = NounPhrases.endingAt(t, j);
            if (np == null || before.pos().equals("WDT") || before.pos().equals("WP")) {
                return null;
            }
            // "the Security Council on Friday made …": the phrase before the preposition is the subject
            while (np.first() >= 2 && t.get(np.first() - 1).pos().equals("IN")) {
                Range head = NounPhrases.endingAt(t, np.first() - 2);
                if (head == null) {
                    break;
                }
                np = new Range(head.first(), np.last());
            }
            return np;
        }
        return null;
    }

    /**
     * "Aaron Kall, the director of debate at X, said", "Michael Mulgrew, president of the union,
     * which represents teachers, said", "Trump, speaking in Ohio, said": the nearest stretch
     * between commas that is a whole noun phrase, looking left from the comma before the cue.
     */
    private Range beforeApposition(List<Token> t, int comma) {
        int segEnd = comma;
        int commas = 0;
        for (int c = comma - 1; c >= -1 && comma - c < 40 && commas < 4; c--) {
            if (c == -1 || t.get(c).pos().equals(",")) {
                Range np = NounPhrases.endingAt(t, segEnd - 1);
                int segStart = c + 1;
                while (segStart < segEnd && (t.get(segStart).pos().equals("CC") || t.get(segStart).pos().startsWith("RB"))) {
                    segStart++;
                }
                if (np != null && np.first() == segStart && segEnd - segStart <= (c == -1 ? 14 : 8)) {
                    return np;
                }
                if (c == -1) {
                    // the sentence opens with the speaker: "United States Citizenship and Immigration
                    // Services, the agency that …, said"
                    Range lead = NounPhrases.startingAt(t, segStart);
                    for (int a = segStart; a < segEnd; a++) {
                        if (t.get(a).pos().startsWith("VB") || t.get(a).pos().equals("MD")) {
                            return null;
                        }
                    }
                    return lead != null && lead.last() < segEnd && t.get(lead.first()).pos().startsWith("NNP") ? lead : null;
                }
                segEnd = c;
                commas++;
            } else if (isQuoteToken(t.get(c)) && c + 1 < segEnd) {
                // "…," Jane Roe, the mayor of X, one of …, said: the name right after the quotation
                Range name = NounPhrases.startingAt(t, c + 1);
                return name != null && name.last() < segEnd ? name : null;
            } else if (t.get(c).pos().equals(".") || isQuoteToken(t.get(c))) {
                return null;
            }
        }
        return null;
    }

    private static boolean isFramePunct(Token t) {
        String w = t.word();
        return t.pos().equals(",") || t.pos().equals(":") || t.pos().equals("``") || t.pos().equals("''")
                || w.length() == 1 && (QuoteScanner.isQuoteMark(w.charAt(0)) || "—–―-".indexOf(w.charAt(0)) >= 0);
    }

    // ---- content: quotations next to the frame ----

    /** {@code "A," he said} (and {@code "A," he said, "B."}): the frame closes a quotation. */
    private boolean trailingQuote(Sentence s, List<Token> t, Draft d, int frameStart, int frameEndIdx) {
        int j = frameStart - 1;
        while (j >= 0 && (isBlank(text.charAt(j)) || text.charAt(j) == ',')) {
            j--;
        }
        int qi = quoteEndingAt(j + 1);
        if (qi < 0 || claimed[qi]) {
            return false;
        }
        Quote q = quotes.get(qi);
        if (!endsBeforeFrame(q, frameStart) || !isSpeech(q) && q.start() > s.start() + 1 && !clauseBefore(t, q)) {
            return false;
        }
        int start = q.start();
        if (q.start() > s.start() && !insideQuote(s.start())) {
            start = Math.min(start, clauseStart(s, q.start()));
        }
        claimed[qi] = true;
        d.contentStart = start;
        d.contentEnd = q.end();
        d.direct = true;
        int next = quoteAfter(t, frameEndIdx, false);
        if (next >= 0) {
            claimed[next] = true;
            d.contentEnd = quotes.get(next).end();
        }
        return true;
    }

    /**
     * "Oz is "smart as hell," Jane Roe wrote": a short quotation that ends a clause of the
     * speaker's, which starts the sentence, with its own subject and finite verb.
     */
    private boolean clauseBefore(List<Token> t, Quote q) {
        int subject = 0;
        while (subject < t.size() && isFramePunct(t.get(subject))) {
            subject++;
        }
        Range np = NounPhrases.startingAt(t, subject);
        if (np == null || np.last() + 1 >= t.size()) {
            return false;
        }
        int v = np.last() + 1;
        while (v < t.size() && (t.get(v).pos().startsWith("RB") || t.get(v).pos().equals("MD"))) {
            v++;
        }
        return v < t.size() && t.get(v).start() < q.start() && (t.get(v).pos().equals("VBD")
                || t.get(v).pos().equals("VBZ") || t.get(v).pos().equals("VBP"));
    }

    /**
     * A quotation that a frame after it can close: {@code "A," he said}, {@code "A?" she asked},
     * {@code "A", he said}, or {@code "A." he said} with the frame in lower case. {@code "A." She
     * said B} starts a new sentence instead.
     */
    private boolean endsBeforeFrame(Quote q, int frameStart) {
        if (text.substring(q.end(), frameStart).contains(",")) {
            return true;
        }
        int k = q.end() - 2;
        while (k > q.start() && (text.charAt(k) == '\'' || text.charAt(k) == '\u2019')) {
            k--;
        }
        char last = text.charAt(k);
        if (",?!—–-…".indexOf(last) >= 0) {
            return true;
        }
        return last == '.' && Character.isLowerCase(text.charAt(frameStart));
    }

    /** {@code X said: "…"}, {@code X told reporters, "…"}. */
    private boolean leadingQuote(List<Token> t, Draft d, int frameEndIdx, String lemma) {
        int from = frameEndIdx;
        if (OBJECT_FIRST.contains(lemma)) {
            Range obj = NounPhrases.startingAt(t, from + 1);
            if (obj != null) {
                from = obj.last();
            }
        }
        int qi = quoteAfter(t, from, true);
        if (qi < 0) {
            return false;
        }
        claimed[qi] = true;
        Quote q = quotes.get(qi);
        d.contentStart = q.start();
        d.contentEnd = q.end();
        d.direct = true;
        return true;
    }

    /**
     * A speech quotation that starts right after token {@code from}, separated by at most a colon
     * or comma and, when {@code adverbials}, a few words such as "in a statement" or "on Monday".
     */
    private int quoteAfter(List<Token> t, int from, boolean adverbials) {
        int pos = t.get(from).end();
        int limit = adverbials ? Math.min(t.size() - 1, from + 8) : from;
        for (int k = from + 1; k <= limit; k++) {
            Token tok = t.get(k);
            if (tok.pos().startsWith("VB") || tok.pos().equals(".") || isQuoteToken(tok)) {
                break;
            }
            if (tok.pos().equals(":") || tok.pos().equals(",")) {
                pos = tok.end();
                break;
            }
        }
        int j = pos;
        while (j < text.length() && (isBlank(text.charAt(j)) || text.charAt(j) == ','
                || text.charAt(j) == ':')) {
            j++;
        }
        int qi = quoteStartingAt(j);
        if (qi < 0 || claimed[qi]) {
            return -1;
        }
        // a colon may introduce a quotation in the next paragraph; a comma may not
        if (text.substring(pos, j).contains("\n") && !text.substring(t.get(from).end(), j).contains(":")) {
            return -1;
        }
        Quote q = quotes.get(qi);
        return isSpeech(q) || q.closed() && endsParagraph(q.end()) ? qi : -1;
    }

    /** Nothing but blanks between {@code pos} and the end of its paragraph: "… chanting, "No more!"". */
    private boolean endsParagraph(int pos) {
        for (int k = pos; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == '\n') {
                return true;
            }
            if (!isBlank(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isQuoteToken(Token t) {
        String w = t.word();
        return w.length() == 1 && QuoteScanner.isQuoteMark(w.charAt(0)) || w.equals("''") || w.equals("``");
    }

    // ---- content: indirect speech ----

    /** "…, X said." / "…, said X.": the frame ends the sentence and what was said comes first. */
    private boolean trailingClause(Sentence s, List<Token> t, Draft d, int frameStart, int frameEndIdx) {
        int j = frameStart - 1;
        while (j >= s.start() && isBlank(text.charAt(j))) {
            j--;
        }
        if (j < s.start() || ",—–".indexOf(text.charAt(j)) < 0) {
            return false;
        }
        // after the frame only adverbials may follow ("said in an interview on Monday.")
        for (int k = frameEndIdx + 1; k < t.size(); k++) {
            Token tok = t.get(k);
            if (tok.pos().startsWith("VB") && !tok.pos().equals("VBG") && !tok.pos().equals("VBN")
                    || k - frameEndIdx > 12 || isQuoteToken(tok)) {
                return false;
            }
        }
        int start = clauseStart(s, s.start());
        if (j - start < 8) {
            return false;
        }
        d.contentStart = start;
        d.contentEnd = trimEnd(j);
        d.direct = containsQuote(d.contentStart, d.contentEnd);
        claimWithin(d.contentStart, d.contentEnd);
        return true;
    }

    /**
     * "Acts of protest, Mr. Obama said, are acts of patriotism": a frame set off by commas inside
     * the sentence reports the whole sentence.
     */
    private boolean medialFrame(Sentence s, List<Token> t, Draft d, int frameStart, int frameEndIdx) {
        int j = frameStart - 1;
        while (j >= s.start() && isBlank(text.charAt(j))) {
            j--;
        }
        int start = clauseStart(s, s.start());
        if (j < s.start() || text.charAt(j) != ',' || j - start < 8 || insideQuote(frameStart)) {
            return false;
        }
        // after the frame: a few adverbial words ("on Friday", "in a June report"), a comma, then more
        int comma = -1;
        for (int k = frameEndIdx + 1; k < t.size() && k <= frameEndIdx + 8; k++) {
            Token tok = t.get(k);
            if (tok.pos().equals(",")) {
                comma = k;
                break;
            }
            if (tok.pos().startsWith("VB") || tok.pos().equals(".") || isQuoteToken(tok)) {
                return false;
            }
        }
        if (comma < 0 || t.size() - comma < 4) {
            return false;
        }
        d.contentStart = start;
        d.contentEnd = trimEnd(s.end() - 1);
        d.direct = containsQuote(d.contentStart, d.contentEnd);
        claimWithin(d.contentStart, d.contentEnd);
        return true;
    }

    /** "X said (that) …", "X told Y …", "X urged Y to …". */
    private boolean complement(Sentence s, List<Token> t, Draft d, int frameEndIdx, String lemma,
            ReportingCues.Strength strength) {
        int k = frameEndIdx + 1;
        if (lemma.equals("call") && k < t.size()) {
            String w = NounPhrases.lower(t.get(k));
            if (w.equals("for")) {
                return fillComplement(s, t, d, k + 1);
            }
            if (!w.equals("on")) {
                return d.hasSource() && d.sourceEnd <= d.cueStart && namedAs(t, k) && fillComplement(s, t, d, k, true);
            }
            k++;
        }
        if (OBJECT_FIRST.contains(lemma) || lemma.equals("call")) {
            Range obj = NounPhrases.startingAt(t, k);
            if (obj != null && obj.last() + 1 < t.size() && !t.get(obj.last() + 1).pos().startsWith("VB")) {
                k = obj.last() + 1;
            }
        }
        // skip "on Monday", "in an interview", "last week" before a "that"
        for (int a = k; a < t.size() && a < k + 8; a++) {
            Token tok = t.get(a);
            String p = tok.pos();
            // participles may modify the addressee ("told allied governments that")
            if (p.startsWith("VB") && !p.equals("VBN") && !p.equals("VBG") || p.equals(".") || isQuoteToken(tok)) {
                break;
            }
            if (NounPhrases.lower(tok).equals("that") && a > k && (tok.pos().equals("IN") || tok.pos().equals("WDT")
                    || tok.pos().equals("DT"))) {
                k = a;
                break;
            }
        }
        while (k < t.size() && (t.get(k).pos().equals(",") || t.get(k).pos().equals(":"))) {
            k++;
        }
        if (k >= t.size()) {
            return false;
        }
        Token first = t.get(k);
        String fw = NounPhrases.lower(first);
        boolean explicit = COMPLEMENTIZERS.contains(fw) && !first.pos().equals("DT")
                || fw.equals("that")
                || fw.equals("to") && TO_VERBS.contains(lemma) && k + 1 < t.size() && t.get(k + 1).pos().equals("VB")
                || isQuoteToken(first);
        if (!explicit && quoteWithin(t, k, 8) && t.size() - k >= 3) {
            explicit = true;
        }
        boolean evidence = (lemma.equals("find") || lemma.equals("show")) && d.hasSource() && d.sourceEnd <= d.cueStart
                && EVIDENCE_HEADS.contains(text.substring(d.sourceStart, d.sourceEnd)
                        .replaceAll(".*\\s", "").toLowerCase(Locale.ROOT));
        if (!explicit && ((strength == ReportingCues.Strength.WEAK && !evidence) || !startsClause(t, k))) {
            return false;
        }
        return fillComplement(s, t, d, k);
    }

    private boolean fillComplement(Sentence s, List<Token> t, Draft d, int k) {
        return fillComplement(s, t, d, k, false);
    }

    /** "called [the charges] [unfounded]", "called [Oz] [a quack]": an object and what it is called. */
    private static boolean namedAs(List<Token> t, int k) {
        Range obj = NounPhrases.startingAt(t, k);
        if (obj == null || obj.last() + 1 >= t.size()) {
            return false;
        }
        Token next = t.get(obj.last() + 1);
        String p = next.pos();
        if (TIME_WORDS.contains(NounPhrases.lower(next))) {
            return false;
        }
        return p.equals("DT") && !NounPhrases.lower(next).equals("that") || p.startsWith("JJ")
                || p.equals("RB") && obj.last() + 2 < t.size() && t.get(obj.last() + 2).pos().startsWith("JJ");
    }

    /**
     * The content from token {@code k} to the end of the sentence or the next report. An
     * {@code object} content ("called the plan "a disaster"") also ends where the subject's next
     * verb phrase begins ("… and called for …", "…, but he has …").
     */
    private boolean fillComplement(Sentence s, List<Token> t, Draft d, int k, boolean object) {
        if (k >= t.size()) {
            return false;
        }
        int end = s.end();
        for (int a = k + 1; a < t.size(); a++) {
            Token tok = t.get(a);
            // a second cue hanging on the same subject starts its own attribution
            if (tok.pos().equals(",") && a + 1 < t.size() && t.get(a + 1).pos().equals("VBG")
                    && cues.strength(t.get(a + 1).lemma()) != null && !insideQuote(tok.start())
                    || tok.word().equals(";") && !insideQuote(tok.start())
                    || tok.pos().equals("CC") && coordinatedReport(t, a + 1) && !insideQuote(tok.start())
                    || object && tok.pos().equals("CC") && nextVerbPhrase(t, a + 1) && !insideQuote(tok.start())) {
                end = tok.start();
                break;
            }
        }
        int start = t.get(k).start();
        end = trimEnd(end - 1);
        // a quotation that began inside the content and runs beyond the sentence belongs to it
        for (Quote q : quotes) {
            if (q.start() >= start && q.start() < end && q.end() > end && paragraphOf(q.end() - 1) == paragraphOf(start)) {
                end = q.end();
            }
        }
        if (end - start < 6 || t.size() - k < 2) {
            return false;
        }
        d.contentStart = start;
        d.contentEnd = end;
        d.direct = containsQuote(start, end);
        claimWithin(start, end);
        return true;
    }

    /** "… and called for", "…, but he has": a new verb phrase or clause of the subject after a conjunction. */
    private static boolean nextVerbPhrase(List<Token> t, int k) {
        if (k > 0 && NounPhrases.lower(t.get(k - 1)).equals("but") && k < t.size() && t.get(k).pos().equals("PRP")) {
            return true;
        }
        while (k < t.size() && t.get(k).pos().startsWith("RB")) {
            k++;
        }
        if (k >= t.size()) {
            return false;
        }
        String p = t.get(k).pos();
        return p.equals("VBD") || p.equals("VBZ") || p.equals("VBP") || p.equals("MD");
    }

    /** "… and suggested that": a finite reporting verb after a conjunction starts a report of its own. */
    private boolean coordinatedReport(List<Token> t, int k) {
        while (k < t.size() && t.get(k).pos().startsWith("RB")) {
            k++;
        }
        if (k + 1 >= t.size()) {
            return false;
        }
        Token v = t.get(k);
        if (!(v.pos().equals("VBD") || v.pos().equals("VBZ")) || cues.strength(v.lemma()) != ReportingCues.Strength.STRONG) {
            return false;
        }
        String next = NounPhrases.lower(t.get(k + 1));
        return next.equals("that") || next.equals(":") || next.equals(",") || isQuoteToken(t.get(k + 1))
                || OBJECT_FIRST.contains(v.lemma().toLowerCase(Locale.ROOT)) && NounPhrases.startingAt(t, k + 1) != null;
    }

    private void claimWithin(int start, int end) {
        for (int qi = 0; qi < quotes.size(); qi++) {
            Quote q = quotes.get(qi);
            if (q.start() >= start && q.end() <= end + 1) {
                claimed[qi] = true;
            }
        }
    }

    /** True when a quotation opens within {@code n} tokens from {@code k}. */
    private static boolean quoteWithin(List<Token> t, int k, int n) {
        for (int a = k; a < t.size() && a < k + n; a++) {
            if (isQuoteToken(t.get(a)) || t.get(a).pos().equals("``")) {
                return true;
            }
            if (t.get(a).pos().equals(".")) {
                return false;
            }
        }
        return false;
    }

    /**
     * A clause follows: a finite verb ("the plan was dead", "too much is made of it", "there
     * needs to be") within ten tokens, before any comma or sentence end, and not first.
     */
    private static boolean startsClause(List<Token> t, int k) {
        while (k + 1 < t.size() && isQuoteToken(t.get(k))) {
            k++;
        }
        if (t.get(k).pos().startsWith("VB") || t.get(k).pos().equals("MD") || t.get(k).pos().equals("TO")) {
            return false;
        }
        for (int a = k + 1; a < t.size() && a <= k + 15; a++) {
            String p = t.get(a).pos();
            if (p.equals("VBD") || p.equals("VBZ") || p.equals("VBP") || p.equals("MD")) {
                return true;
            }
            // "said the union expected production to …": a past tense the tagger read as a participle
            if (p.equals("VBN") && a == k + 1 + (t.get(k).pos().equals("DT") ? 1 : 0) && t.get(a - 1).pos().startsWith("NN")
                    && a + 1 < t.size() && NounPhrases.isNominal(t.get(a + 1))) {
                return true;
            }
            if (p.equals(",") || p.equals(".") || p.equals(":") || p.equals("VB") || p.equals("TO")) {
                return false;
            }
        }
        return false;
    }

    private void accordingTo(Sentence s, List<Token> t, int i) {
        Range src = NounPhrases.startingAt(t, i + 2);
        if (src == null) {
            return;
        }
        Draft d = new Draft();
        d.cueStart = t.get(i).start();
        d.cueEnd = t.get(i + 1).end();
        d.sourceStart = t.get(src.first()).start();
        d.sourceEnd = t.get(src.last()).end();
        d.actorId = resolve(t, src, null);
        int lead = 0;
        while (lead < i && (t.get(lead).pos().equals("CC") || t.get(lead).pos().startsWith("RB") || isFramePunct(t.get(lead)))) {
            lead++;
        }
        if (lead == i) {
            int k = src.last() + 1;
            while (k < t.size() && !t.get(k).pos().equals(",")) {
                k++;
            }
            if (k + 1 >= t.size()) {
                return;
            }
            d.contentStart = t.get(k + 1).start();
            d.contentEnd = trimEnd(s.end() - 1);
        } else {
            d.contentStart = clauseStart(s, s.start());
            d.contentEnd = trimEnd(d.cueStart - 1);
            while (d.contentEnd > d.contentStart && ",(—–".indexOf(text.charAt(d.contentEnd - 1)) >= 0) {
                d.contentEnd = trimEnd(d.contentEnd - 2);
            }
        }
        if (d.contentEnd - d.contentStart < 8) {
            return;
        }
        d.direct = containsQuote(d.contentStart, d.contentEnd);
        d.confidence = d.actorId != null ? 0.8 : 0.65;
        drafts.add(d);
    }

    /** "Trump's claim that …", "the senator's earlier warning that …": a report named by a noun. */
    private void possessiveReport(Sentence s, List<Token> t, int i) {
        int p = i - 1;
        while (p >= 0 && t.get(p).pos().startsWith("JJ")) {
            p--;
        }
        if (p < 1 || !t.get(p).pos().equals("POS") || i + 2 >= t.size()
                || !NounPhrases.lower(t.get(i + 1)).equals("that") || !startsClause(t, i + 2)) {
            return;
        }
        Range src = NounPhrases.endingAt(t, p - 1);
        if (src == null) {
            return;
        }
        Draft d = new Draft();
        d.cueStart = t.get(i).start();
        d.cueEnd = t.get(i).end();
        d.sourceStart = t.get(src.first()).start();
        d.sourceEnd = t.get(p).end();
        d.actorId = resolve(t, src, null);
        if (fillComplement(s, t, d, i + 1)) {
            d.confidence = d.actorId != null ? 0.7 : 0.5;
            drafts.add(d);
        }
    }

    /**
     * "…, as a department memo put it", "as The New Yorker put it, "the operator"": the quotation
     * after the frame, or else the clause before it.
     */
    private boolean asPutIt(Sentence s, List<Token> t, int put) {
        int k = NounPhrases.skipVerbPrefix(t, put);
        Range src = NounPhrases.endingAt(t, k);
        if (src == null || src.first() < 1 || !NounPhrases.lower(t.get(src.first() - 1)).equals("as")) {
            return false;
        }
        int as = src.first() - 1;
        Draft d = new Draft();
        d.cueStart = t.get(put).start();
        d.cueEnd = t.get(put + 1).end();
        d.sourceStart = t.get(src.first()).start();
        d.sourceEnd = t.get(src.last()).end();
        d.actorId = resolve(t, src, null);
        int qi = quoteAfter(t, put + 1, true);
        if (qi >= 0) {
            claimed[qi] = true;
            d.contentStart = quotes.get(qi).start();
            d.contentEnd = quotes.get(qi).end();
        } else {
            int before = t.get(as).start();
            int start = clauseStart(s, s.start());
            d.contentStart = start;
            d.contentEnd = trimEnd(before - 1);
            if (d.contentEnd - d.contentStart < 8) {
                return false;
            }
            claimWithin(d.contentStart, d.contentEnd);
        }
        d.direct = containsQuote(d.contentStart, d.contentEnd);
        d.confidence = d.actorId != null ? 0.75 : 0.55;
        drafts.add(d);
        return true;
    }

    /** Headline and transcript style: "Pat Caddell: Democrats worried …", "PENCE: …". */
    private void colonFrame(Sentence s, List<Token> t) {
        if (!isParagraphStart(s.start()) || t.size() < 5) {
            return;
        }
        // a transcript inside an excerpt opens each paragraph with a quote mark: "WALLACE: …
        int first = isQuoteToken(t.get(0)) ? 1 : 0;
        int colon = -1;
        for (int k = first + 1; k < Math.min(first + 6, t.size()); k++) {
            if (t.get(k).word().equals(":")) {
                colon = k;
                break;
            }
            if (!t.get(k - 1).pos().startsWith("NNP")) {
                return;
            }
        }
        if (colon < 0 || !t.get(colon - 1).pos().startsWith("NNP") || t.size() - colon < 4) {
            return;
        }
        Range src = new Range(first, colon - 1);
        if (first == 1 && quoteStartingAt(t.get(0).start()) >= 0) {
            // the excerpt's mark opens no quotation of the speaker's own
            claimed[quoteStartingAt(t.get(0).start())] = true;
        }
        Draft d = new Draft();
        d.sourceStart = t.get(first).start();
        d.sourceEnd = t.get(colon - 1).end();
        d.cueStart = t.get(colon).start();
        d.cueEnd = t.get(colon).end();
        d.contentStart = t.get(colon + 1).start();
        d.contentEnd = trimEnd(s.end() - 1);
        d.actorId = resolve(t, src, null);
        d.direct = containsQuote(d.contentStart, d.contentEnd);
        d.confidence = 0.6;
        drafts.add(d);
    }

    /** A quotation signed with a dash: {@code "…" ― Jane Doe}. */
    private void dashFrames(Sentence s, List<Token> t) {
        for (int k = 0; k + 1 < t.size(); k++) {
            String w = t.get(k).word();
            if (w.length() != 1 || "―—–".indexOf(w.charAt(0)) < 0) {
                continue;
            }
            int j = t.get(k).start() - 1;
            while (j >= 0 && isBlank(text.charAt(j))) {
                j--;
            }
            int qi = quoteEndingAt(j + 1);
            Range src = NounPhrases.startingAt(t, k + 1);
            if (qi < 0 || claimed[qi] || src == null || !t.get(src.first()).pos().startsWith("NNP")) {
                continue;
            }
            claimed[qi] = true;
            Draft d = new Draft();
            d.sourceStart = t.get(src.first()).start();
            d.sourceEnd = t.get(src.last()).end();
            d.cueStart = t.get(k).start();
            d.cueEnd = t.get(k).end();
            d.contentStart = quotes.get(qi).start();
            d.contentEnd = quotes.get(qi).end();
            d.direct = true;
            d.actorId = resolve(t, src, null);
            d.confidence = 0.75;
            drafts.add(d);
        }
    }

    // ---- quotations with no frame of their own ----

    private void linkUnframedQuotes() {
        for (int qi = 0; qi < quotes.size(); qi++) {
            Quote q = quotes.get(qi);
            if (claimed[qi] || !isSpeech(q) || !startsSentence(q.start()) || coveredByContent(q)) {
                continue;
            }
            claimed[qi] = true;
            int para = paragraphOf(q.start());
            Draft before = null;
            Draft after = null;
            for (Draft d : drafts) {
                if (d.contentEnd <= q.start() && (before == null || d.contentEnd > before.contentEnd)) {
                    before = d;
                }
                if (d.contentStart >= q.end() && (after == null || d.contentStart < after.contentStart)) {
                    after = d;
                }
            }
            if (before != null && before.direct && paragraphOf(before.contentEnd - 1) == para
                    && noQuoteBetween(before.contentEnd, q.start())) {
                before.contentEnd = q.end();
                continue;
            }
            if (after != null && after.direct && paragraphOf(after.contentStart) == paragraphOf(q.end() - 1)
                    && nothingBetween(q.end(), after.contentStart)) {
                after.contentStart = q.start();
                continue;
            }
            Draft speaker = null;
            if (before != null && before.hasSource() && para - paragraphOf(before.contentEnd - 1) <= 2) {
                speaker = before;
            } else if (after != null && after.hasSource() && paragraphOf(after.contentStart) - paragraphOf(q.end() - 1) <= 1) {
                speaker = after;
            } else if (before != null && before.hasSource()) {
                speaker = before;
            }
            Draft d = new Draft();
            d.framed = false;
            d.contentStart = q.start();
            d.contentEnd = q.end();
            d.direct = true;
            if (speaker != null) {
                d.sourceStart = speaker.sourceStart;
                d.sourceEnd = speaker.sourceEnd;
                d.actorId = speaker.actorId;
            }
            d.confidence = speaker == null ? 0.3 : 0.5;
            drafts.add(d);
        }
    }

    /** No other quotation between two offsets: only the frame of the earlier one. */
    private boolean noQuoteBetween(int from, int to) {
        return !containsQuote(from, to);
    }

    /** Nothing but blanks and other unframed speech between two offsets of one paragraph. */
    private boolean nothingBetween(int from, int to) {
        String gap = text.substring(from, to);
        return gap.isBlank() || gap.strip().length() <= 2;
    }

    private boolean coveredByContent(Quote q) {
        for (Draft d : drafts) {
            if (d.contentStart <= q.start() && q.end() <= d.contentEnd + 1) {
                return true;
            }
        }
        return false;
    }

    private boolean startsSentence(int pos) {
        int j = pos - 1;
        while (j >= 0 && text.charAt(j) != '\n' && isBlank(text.charAt(j))) {
            j--;
        }
        if (j < 0) {
            return true;
        }
        char c = text.charAt(j);
        return c == '\n' || c == '.' || c == '!' || c == '?' || c == ':' || QuoteScanner.isQuoteMark(c)
                || c == '\u2014' || c == '-' || c == ')';
    }

    // ---- helpers ----

    /** A quotation that reads as speech: several words, or a whole paragraph or sentence. */
    private boolean isSpeech(Quote q) {
        int n = words[byStart.get(q.start())];
        return n >= 4 || n >= 2 && isParagraphStart(q.start()) && !q.closed();
    }

    private boolean isParagraphStart(int pos) {
        int j = pos - 1;
        while (j >= 0 && text.charAt(j) != '\n' && isBlank(text.charAt(j))) {
            j--;
        }
        return j < 0 || text.charAt(j) == '\n';
    }

    /** Where the clause holding {@code pos} starts: the sentence start, or a quotation it continues. */
    private int clauseStart(Sentence s, int pos) {
        int start = Math.min(s.start(), pos);
        for (Quote q : quotes) {
            if (q.start() < s.start() && q.end() > s.start()) {
                return q.start();
            }
        }
        while (start < text.length() && "—–-".indexOf(text.charAt(start)) >= 0) {
            start++;
        }
        while (start < text.length() && isBlank(text.charAt(start))) {
            start++;
        }
        return start;
    }

    private boolean insideQuote(int pos) {
        // quotations do not overlap: only the last one starting before pos can hold it
        int lo = 0;
        int hi = quotes.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (quotes.get(mid).start() < pos) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        if (found < 0) {
            return false;
        }
        Quote q = quotes.get(found);
        return pos < q.end() - (q.closed() ? 1 : 0) && words[found] >= 3 && !interrupted(q);
    }

    /**
     * An unclosed mark cut short by a curly opening mark: an excerpt's paragraph marker ("Trump
     * walked on stage, chanting “U-S-A!”"), whose own reports are still read.
     */
    private boolean interrupted(Quote q) {
        if (q.closed()) {
            return false;
        }
        int k = q.end();
        while (k < text.length() && isBlank(text.charAt(k)) && text.charAt(k) != '\n') {
            k++;
        }
        return k < text.length() && text.charAt(k) == '\u201C';
    }

    private int quoteEndingAt(int end) {
        return byEnd.getOrDefault(end, -1);
    }

    private int quoteStartingAt(int start) {
        return byStart.getOrDefault(start, -1);
    }

    private boolean containsQuote(int start, int end) {
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            if (c == '"' || c == '\u201C' || c == '\u201D') {
                return true;
            }
        }
        return false;
    }

    /** End offset after dropping trailing blanks and sentence punctuation up to {@code last} inclusive. */
    private int trimEnd(int last) {
        int k = last;
        while (k >= 0 && (isBlank(text.charAt(k)) || ".,;:".indexOf(text.charAt(k)) >= 0)) {
            k--;
        }
        return k + 1;
    }

    private int paragraphOf(int pos) {
        int lo = 0;
        int hi = paragraphs.size() - 1;
        int found = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (paragraphs.get(mid) <= pos) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    private String resolve(List<Token> t, Range src, Range referent) {
        if (referent != null) {
            return actors.at(t.get(referent.first()).start(), t.get(referent.last()).end()).map(Actor::id).orElse(null);
        }
        SourceHead.Head head = SourceHead.of(t, src, actors);
        if (head.reading() == SourceHead.Reading.NAMED) {
            return head.actor().id();
        }
        if (head.reading() == SourceHead.Reading.ENTOURAGE) {
            return null;
        }
        int start = t.get(src.first()).start();
        int end = t.get(src.last()).end();
        Optional<Actor> named = actors.at(start, end);
        String phrase = text.substring(start, end);
        Token last = t.get(src.last());
        if (named.isPresent() && named.get().type() == EntityType.Country && last.pos().startsWith("NN")
                && !last.pos().startsWith("NNP") && Character.isLowerCase(last.word().charAt(0))) {
            // "the New York businessman", "the Indiana governor": a place qualifies a person
            Optional<Actor> person = phrase.regionMatches(true, 0, "the ", 0, 4)
                    ? actors.resolvePronoun(phrase, start).filter(a -> a.type() != EntityType.Country)
                    : Optional.empty();
            return person.map(Actor::id).orElse(null);
        }
        if (named.isPresent()) {
            return named.get().id();
        }
        // only pronouns and short definite descriptions ("the chairman") refer back
        if (src.first() == src.last()) {
            Optional<Actor> subject = SubjectPronoun.of(t, src.first(), actors);
            if (subject.isPresent()) {
                return subject.get().id();
            }
        }
        boolean refers = src.first() == src.last() && NounPhrases.isPronoun(t.get(src.first()))
                || phrase.regionMatches(true, 0, "the ", 0, 4) && src.last() - src.first() <= 3;
        String resolved = refers ? actors.resolvePronoun(phrase, start).map(Actor::id).orElse(null) : null;
        return resolved == null ? null : continuedSpeaker(phrase, start, resolved);
    }

    /**
     * "'...,' he said" after a paragraph quoting someone: the pronoun goes on with that speaker
     * when the person it would otherwise resolve to has been named since only inside quotations
     * ("'With Trump saying he will quit ...,' said Nick Witney. ... 'There is more to do,' he said").
     */
    private String continuedSpeaker(String pronoun, int at, String resolved) {
        String p = pronoun.toLowerCase(java.util.Locale.ROOT);
        if (!p.equals("he") && !p.equals("she") || !AFTER_QUOTE.matcher(text.substring(Math.max(0, at - 4), at)).matches()) {
            return resolved;
        }
        Draft previous = null;
        for (Draft d : drafts) {
            if (d.actorId != null && d.hasSource() && d.sourceStart < at && at - d.sourceStart < 1500
                    && (previous == null || d.sourceStart > previous.sourceStart)) {
                previous = d;
            }
        }
        if (previous == null || previous.actorId.equals(resolved)) {
            return resolved;
        }
        Actor speaker = actors.byId(previous.actorId).orElse(null);
        Actor other = actors.byId(resolved).orElse(null);
        ActorIndex.Gender want = p.equals("he") ? ActorIndex.Gender.MALE : ActorIndex.Gender.FEMALE;
        if (speaker == null || other == null || speaker.type() != EntityType.Person
                || actors.gender(speaker.id()) != want && actors.gender(speaker.id()) != ActorIndex.Gender.UNKNOWN) {
            return resolved;
        }
        for (Span m : other.mentions()) {
            if (m.start() > previous.sourceStart && m.start() < at && !insideQuote(m.start())) {
                return resolved;
            }
        }
        return speaker.id();
    }

    private double confidence(Draft d, ReportingCues.Strength strength, List<Token> t, Range src) {
        double c = strength == ReportingCues.Strength.STRONG ? 0.6 : 0.45;
        if (src != null) {
            boolean pronoun = src.first() == src.last() && NounPhrases.isPronoun(t.get(src.first()));
            c += d.actorId != null ? (pronoun ? 0.15 : 0.25) : 0.05;
        }
        if (d.direct) {
            c += 0.05;
        }
        return Math.min(0.95, c);
    }

    private Attribution toAttribution(Draft d) {
        Span source = d.hasSource() ? span(d.sourceStart, d.sourceEnd, d.confidence) : null;
        Span cue = d.framed ? span(d.cueStart, d.cueEnd, d.confidence) : null;
        Span content = span(d.contentStart, d.contentEnd, d.confidence);
        // direct follows the corpus convention: the content holds a double quotation mark
        return new Attribution(source, cue, content, containsQuote(d.contentStart, d.contentEnd), d.actorId,
                d.confidence);
    }

    private Span span(int start, int end, double confidence) {
        return new Span(start, end, text.substring(start, end), confidence);
    }
}
