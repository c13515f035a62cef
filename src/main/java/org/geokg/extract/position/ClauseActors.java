package org.geokg.extract.position;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.geokg.extract.actor.Actor;
import org.geokg.extract.actor.ActorIndex;
import org.geokg.extract.attribution.Attribution;
import org.geokg.extract.text.Sentence;
import org.geokg.extract.text.Token;
import org.geokg.model.EntityType;
import org.geokg.model.Span;

/**
 * Finds who acts and who is acted on around a cue in one sentence: the holder is the nearest
 * actor mentioned before the cue (a pronoun resolved, a coordination such as "Germany, France
 * and the Netherlands" taken whole, a coalition expanded to its members); the target is the first
 * other actor after it.
 */
final class ClauseActors {
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i");
    /** Subject window: how far before the cue the holder may be mentioned, in tokens. */
    private static final int SUBJECT_WINDOW = 12;
    private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "is", "was", "does", "did");
    private static final java.util.regex.Pattern COORDINATION =
            java.util.regex.Pattern.compile("\\s*(,|and|, and|or|&|as well as)\\s*(the)?\\s*");

    /** "the Obama administration", "the Merkel government": a leader's name standing for the government. */
    private static final java.util.regex.Pattern ADMINISTRATION =
            java.util.regex.Pattern.compile("^\\s+(administration|government)\\b");

    private static final Set<String> FIRST_PERSON = Set.of("i", "me", "my", "we", "us", "our");

    private final ActorIndex actors;
    private final String text;
    private final List<Attribution> quotes;
    private final TargetFinder targets;
    private final LeaderGovernment leaders;
    /** "Brexit" stands for the state that leaves. */
    private final java.util.Map<String, Actor> blends;

    ClauseActors(ActorIndex actors, String text, List<Attribution> quotes) {
        this.actors = actors;
        this.text = text;
        this.quotes = quotes;
        this.targets = new TargetFinder(actors, text);
        this.leaders = new LeaderGovernment(actors, org.geokg.extract.actor.GazetteerLexicon.standard());
        this.blends = ExitBlend.of(actors);
    }

    /** The actor whose words contain {@code offset}: the speaker of an attribution with a known source. */
    Optional<Actor> speakerAt(int offset) {
        for (Attribution a : quotes) {
            if (a.sourceActorId() != null && a.content().start() <= offset && offset < a.content().end()) {
                return actors.byId(a.sourceActorId());
            }
        }
        return Optional.empty();
    }

    /** One actor mention with the actor it refers to. */
    record Mention(Actor actor, int start, int end) {
    }

    /** Actors that hold the cue at token {@code cue} of {@code s}: a coordination gives several. */
    List<Mention> holders(Sentence s, int cue) {
        List<Token> t = s.tokens();
        // "he said after meeting the minister", "before visiting the Oval Office": a gerund after a
        // preposition shares the subject of the clause it hangs on
        if (cue > 0 && t.get(cue).pos().equals("VBG") && t.get(cue - 1).pos().equals("IN")
                && !t.get(cue - 1).word().equalsIgnoreCase("of")) {
            for (int v = cue - 2; v >= 0 && v >= cue - 25; v--) {
                String p = t.get(v).pos();
                if (p.equals("VBD") || p.equals("VBZ") || p.equals("VBP") || p.equals("MD")) {
                    return holders(s, v);
                }
                if (p.equals(";")) {
                    break;
                }
            }
            return List.of();
        }
        int issuer = DocumentParticiple.governingVerb(t, cue);
        if (issuer >= 0) {
            // "it issued a statement welcoming the plan": whoever issued the statement welcomes it
            return holders(s, issuer);
        }
        // "Suu Kyi, who had breakfast with", "Democrats, who have questioned": the antecedent holds
        for (int k = cue - 1; k >= 0 && k >= cue - 4; k--) {
            Token tok = t.get(k);
            if (tok.pos().equals("WP") && tok.word().equalsIgnoreCase("who")) {
                List<Mention> antecedent = relativeAntecedent(s, k);
                if (!antecedent.isEmpty()) {
                    return antecedent;
                }
                break;
            }
            if (!(tok.pos().startsWith("RB") || tok.pos().equals("MD") || tok.pos().startsWith("VB"))) {
                break;
            }
        }
        // "Trump criticized the deal and called for tariffs": the second verb shares the subject
        int left = cue - 1;
        while (left >= 0 && (t.get(left).pos().startsWith("RB") || t.get(left).pos().equals("MD"))) {
            left--;
        }
        if (left > 0 && t.get(left).pos().equals("CC")) {
            for (int v = left - 1; v >= 0 && v >= left - 25; v--) {
                String p = t.get(v).pos();
                if (p.equals("VBD") || p.equals("VBZ") || p.equals("VBP") || p.equals("VBN") && perfect(t, v)) {
                    return holders(s, v);
                }
                if (p.equals(",") || p.equals(":")) {
                    break;
                }
            }
        }
        int relative = RelativeClauseSubject.pronounBefore(t, cue);
        if (relative >= 0) {
            // "leaders who have been critics of Russia have embraced": the antecedent, not Russia
            return relativeAntecedent(s, relative);
        }
        int cueStart = t.get(cue).start();
        int from = t.get(Math.max(0, cue - SUBJECT_WINDOW)).start();
        for (int k = cue - 1; k >= 0 && k >= cue - SUBJECT_WINDOW; k--) {
            Token tok = t.get(k);
            String w = tok.word().toLowerCase(Locale.ROOT);
            if (w.equals(";") || w.equals("that") && tok.pos().equals("IN") || tok.pos().equals("WDT")) {
                from = tok.end();
                break;
            }
        }
        // a pronoun subject right before the verb ("it denied", "he has met")
        for (int k = cue - 1; k >= 0 && k >= cue - 4; k--) {
            Token tok = t.get(k);
            String w = tok.word().toLowerCase(Locale.ROOT);
            if (tok.start() < from) {
                break;
            }
            if (PRONOUNS.contains(w) && tok.pos().equals("PRP")) {
                return pronoun(tok);
            }
            if (tok.pos().startsWith("NN")) {
                break;
            }
        }
        int appLeft = left;
        if (appLeft == cue - 1 && appLeft >= 0 && t.get(appLeft).pos().equals("JJ") && t.get(cue).pos().startsWith("VB")) {
            appLeft--;   // "long blocked": an adverb the tagger took for an adjective
        }
        while (appLeft >= 0 && (t.get(appLeft).pos().startsWith("RB") || t.get(appLeft).pos().equals("MD")
                || AUXILIARIES.contains(t.get(appLeft).word().toLowerCase(Locale.ROOT))
                || t.get(appLeft).word().equalsIgnoreCase("been"))) {
            appLeft--;
        }
        if (appLeft > 0 && t.get(appLeft).pos().equals(",")) {
            // "Rep. Adam Schiff, the top Democrat on the committee, called on", "Clinton, a member of
            // the committee, has been a supporter": skip the apposition
            for (int c = appLeft - 1; c > 0 && c >= appLeft - 25; c--) {
                if (t.get(c).pos().equals(",")) {
                    Optional<Mention> named = named(t.get(c - 1));
                    if (named.isPresent()) {
                        return expand(named.get());
                    }
                    List<Mention> subject = mentions(from, t.get(c).start());
                    if (!subject.isEmpty()) {
                        return expand(subject.get(subject.size() - 1));
                    }
                    break;
                }
            }
        }
        List<Mention> pair = NamedPair.before(this, t, cue);
        if (!pair.isEmpty()) {
            // "the two countries signed": the last two named
            return pair;
        }
        List<Mention> before = mentions(from, cueStart);
        if (before.isEmpty() || before.get(before.size() - 1).end() < t.get(Math.max(0, cue - 4)).start()) {
            // "the company denies": a description right before the verb refers back
            Optional<Mention> described = description(t, cue);
            if (described.isPresent()) {
                return expand(described.get());
            }
        }
        if (before.isEmpty()) {
            return List.of();
        }
        List<Mention> group = new ArrayList<>();
        Mention last = before.get(before.size() - 1);
        group.add(last);
        boolean conjunction = false;
        for (int i = before.size() - 2; i >= 0; i--) {
            Mention m = before.get(i);
            String gap = s.tokens().isEmpty() ? "" : textBetween(t, m.end(), group.get(0).start());
            if (COORDINATION.matcher(gap).matches()) {
                group.add(0, m);
                conjunction |= !gap.strip().equals(",");
            } else {
                break;
            }
        }
        if (group.size() == 2 && !conjunction) {
            // "under pressure from allies in Congress, Washington backed out": two names with only
            // a comma between are a phrase and a subject, not a list
            group.remove(0);
        }
        return expandAll(group);
    }

    /** "has criticized", "has sharply criticized": a participle after an auxiliary, adverbs between. */
    private static boolean perfect(List<Token> t, int v) {
        int k = v - 1;
        while (k > 0 && t.get(k).pos().startsWith("RB")) {
            k--;
        }
        return k >= 0 && AUXILIARIES.contains(t.get(k).word().toLowerCase(Locale.ROOT));
    }

    private List<Mention> expandAll(List<Mention> group) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : group) {
            for (Mention e : expand(m)) {
                if (out.stream().noneMatch(o -> o.actor().id().equals(e.actor().id()))) {
                    out.add(e);
                }
            }
        }
        return out;
    }

    /**
     * The first actor mentioned in {@code [from, to)} together with those coordinated after it
     * ("from both President Obama and Donald Trump", "to London and Berlin"), coalitions expanded.
     */
    List<Mention> coordinated(Sentence s, int from, int to) {
        List<Mention> in = mentions(from, to);
        if (in.isEmpty()) {
            return List.of();
        }
        List<Mention> group = new ArrayList<>(List.of(in.get(0)));
        for (int i = 1; i < in.size(); i++) {
            Mention prev = group.get(group.size() - 1);
            List<Token> gap = tokensBetween(s.tokens(), prev.end(), in.get(i).start());
            if (gap.stream().allMatch(ClauseActors::isTitleWord)) {
                // "Senate Republican leader Mitch McConnell", "NATO member Estonia": the name
                // before a title is a modifier of the person or country named after it
                group.set(group.size() - 1, in.get(i));
                continue;
            }
            if (!isConjunctionGap(gap)) {
                break;
            }
            group.add(in.get(i));
        }
        return expandAll(group);
    }

    /**
     * "her", "its", "their" resolved to the actor they refer to; "I", "my", "we" inside a
     * quotation to its speaker.
     */
    List<Mention> pronoun(Token tok) {
        String w = tok.word().toLowerCase(Locale.ROOT);
        Optional<Actor> a = actors.at(tok.start(), tok.end());
        if (a.isEmpty() && FIRST_PERSON.contains(w)) {
            a = speakerAt(tok.start());
        }
        if (a.isEmpty()) {
            a = actors.resolvePronoun(w, tok.start());
        }
        return a.map(x -> expand(new Mention(x, tok.start(), tok.end()))).orElse(List.of());
    }

    /**
     * An object pronoun ("met with her") resolved to an actor other than those in {@code exclude}:
     * the holder itself is skipped and the search goes on further back.
     */
    Optional<Mention> pronounOther(Token tok, List<String> exclude) {
        String w = tok.word().toLowerCase(Locale.ROOT);
        int offset = tok.start();
        for (int tries = 0; tries < 6; tries++) {
            Optional<Actor> a = actors.resolvePronoun(w, offset);
            if (a.isEmpty()) {
                return Optional.empty();
            }
            if (!exclude.contains(a.get().id())) {
                return Optional.of(new Mention(a.get(), tok.start(), tok.end()));
            }
            int before = offset;
            offset = a.get().mentions().stream().mapToInt(Span::start).filter(x -> x < before).max().orElse(-1);
            if (offset < 0) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * The antecedent of the relative pronoun at {@code who}: the actor named right before it, or
     * before an apposition ("Castaneda, a former foreign minister who").
     */
    List<Mention> relativeAntecedent(Sentence s, int who) {
        List<Token> t = s.tokens();
        int k = who - 1;
        if (k >= 0 && t.get(k).pos().equals(",")) {
            k--;
        }
        if (k < 0) {
            return List.of();
        }
        Optional<Mention> near = named(t.get(k));
        if (near.isPresent()) {
            return expandAll(coordinationEndingAt(s, near.get()));
        }
        // an apposition: go back to the comma that opens it
        for (int c = k; c > 0 && c >= k - 10; c--) {
            if (t.get(c).pos().equals(",")) {
                return named(t.get(c - 1)).map(this::expand).orElse(List.of());
            }
        }
        return List.of();
    }

    /** "Democrats and Republicans, who": the whole coordination that {@code last} ends. */
    private List<Mention> coordinationEndingAt(Sentence s, Mention last) {
        List<Mention> before = mentions(s.start(), last.start());
        List<Mention> group = new ArrayList<>(List.of(last));
        for (int i = before.size() - 1; i >= 0; i--) {
            if (!isConjunctionGap(tokensBetween(s.tokens(), before.get(i).end(), group.get(0).start()))) {
                break;
            }
            group.add(0, before.get(i));
        }
        return group;
    }

    /**
     * The actor a mention covering {@code tok} names, with the token's span; mentions may run
     * over an apposition ("Boris Johnson, a former mayor"), so a token inside counts.
     */
    Optional<Mention> named(Token tok) {
        return actors.at(tok.start(), tok.end()).map(a -> new Mention(a, tok.start(), tok.end()));
    }

    /** "the company", "the Chinese firm", "the government" ending just before the cue, resolved. */
    private Optional<Mention> description(List<Token> t, int cue) {
        int k = cue - 1;
        while (k >= 0 && (t.get(k).pos().startsWith("RB") || t.get(k).pos().equals("MD")
                || AUXILIARIES.contains(t.get(k).word().toLowerCase(Locale.ROOT)))) {
            k--;
        }
        if (k < 1 || !t.get(k).pos().startsWith("NN")) {
            return Optional.empty();
        }
        int d = k - 1;
        while (d > 0 && d >= k - 2 && t.get(d).pos().startsWith("JJ")) {
            d--;
        }
        if (!t.get(d).word().equalsIgnoreCase("the")) {
            return Optional.empty();
        }
        String head = t.get(k).word().toLowerCase(Locale.ROOT);
        int start = t.get(d).start();
        int end = t.get(k).end();
        return actors.resolvePronoun("the " + head, start).map(a -> new Mention(a, start, end));
    }

    /**
     * The first actor mentioned in {@code [from, to)} other than those in {@code exclude}; a news
     * outlet there is the channel ("as quoted by NPR"), not what the position is about.
     */
    Optional<Mention> firstOther(int from, int to, List<String> exclude) {
        Set<String> names = new java.util.HashSet<>();
        for (String id : exclude) {
            actors.byId(id).ifPresent(a -> names.add(a.name()));
        }
        List<Mention> in = mentions(from, to);
        Optional<Mention> named = Optional.empty();
        for (int i = 0; i < in.size() && named.isEmpty(); i++) {
            Mention m = in.get(i);
            if (!exclude.contains(m.actor().id()) && !names.contains(m.actor().name())
                    && m.actor().type() != EntityType.MediaOrganization) {
                // "NATO member Estonia": the name after a title is the one meant
                while (i + 1 < in.size() && headFollows(m, in.get(i + 1))
                        && !exclude.contains(in.get(i + 1).actor().id())) {
                    m = in.get(++i);
                }
                named = Optional.of(targets.asMeant(m));
            }
        }
        // "choke off the Chinese corporation", "tariffs on American exports": an actor referred
        // to without its name counts where it stands in the clause
        int namedStart = named.map(Mention::start).orElse(to);
        for (Mention m : targets.unnamed(from, namedStart)) {
            if (exclude.contains(m.actor().id()) || names.contains(m.actor().name())) {
                // "the company" right after the company's own name is the holder, not a target
                return named;
            }
            return Optional.of(m);
        }
        return named;
    }

    /**
     * Every actor mention lying in {@code [from, to)}, in text order; of overlapping mentions the
     * longest wins, so a coalition ("Germany, France and the Netherlands") beats its first member.
     */
    List<Mention> mentions(int from, int to) {
        List<Mention> out = new ArrayList<>();
        for (Span sp : actors.mentionsWithin(from, to)) {
            Optional<Actor> a = actors.at(sp.start(), sp.end());
            if (a.isPresent()) {
                Mention m = governmentOf(new Mention(a.get(), sp.start(), sp.end()));
                if (!out.isEmpty() && out.get(out.size() - 1).end() > m.start()) {
                    Mention prev = out.get(out.size() - 1);
                    if (m.end() - m.start() > prev.end() - prev.start()) {
                        out.set(out.size() - 1, m);
                    }
                    continue;
                }
                out.add(m);
            }
        }
        return out;
    }

    /**
     * "the Obama administration's waiver": a person's name before "administration" or
     * "government" stands for the government of their country, when the article names it.
     */
    private Mention governmentOf(Mention m) {
        Actor leaving = blends.get(m.actor().id());
        if (leaving != null) {
            return new Mention(leaving, m.start(), m.end());
        }
        if (m.actor().type() != EntityType.Person || m.end() >= text.length()) {
            return m;
        }
        java.util.regex.Matcher x = ADMINISTRATION.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 20)));
        if (!x.find()) {
            return m;
        }
        java.util.regex.MatchResult r = x.toMatchResult();
        return leaders.of(m.actor()).map(g -> new Mention(g, m.start(), m.end() + r.end())).orElse(m);
    }

    /** A coalition stands for its members; anything else for itself. */
    List<Mention> expand(Mention m) {
        if (m.actor().type() != EntityType.Group || m.actor().members().isEmpty()) {
            return List.of(m);
        }
        List<Mention> out = new ArrayList<>();
        for (String id : m.actor().members()) {
            actors.byId(id).ifPresent(a -> out.add(new Mention(a, m.start(), m.end())));
        }
        return out.isEmpty() ? List.of(m) : out;
    }

    /** True when only title words stand between {@code a} and {@code b}, in the text. */
    private boolean headFollows(Mention a, Mention b) {
        String gap = text.substring(a.end(), b.start());
        if (!TITLE_GAP.matcher(gap).matches()) {
            return false;
        }
        return b.actor().type() == EntityType.Person || b.actor().type() == EntityType.Country
                || b.actor().type() == EntityType.Government;
    }

    private static final java.util.regex.Pattern TITLE_GAP = java.util.regex.Pattern.compile(
            "\\s+(member|member state|state|nation|country|ally|leader|chief|president|prime minister|minister|"
            + "senator|official|spokesman|spokeswoman)\\s+");

    private static List<Token> tokensBetween(List<Token> t, int from, int to) {
        return t.stream().filter(tok -> tok.start() >= from && tok.end() <= to).toList();
    }

    private static boolean isTitleWord(Token tok) {
        String p = tok.pos();
        return p.startsWith("NN") || p.startsWith("JJ") || p.equals("-LRB-") || p.equals("-RRB-");
    }

    /** ", and", "and", "as well as", perhaps followed by a title: "and Republican nominee". */
    private static boolean isConjunctionGap(List<Token> gap) {
        int k = 0;
        boolean separator = false;
        while (k < gap.size() && (gap.get(k).pos().equals(",") || gap.get(k).pos().equals("CC"))) {
            separator = true;
            k++;
        }
        if (!separator) {
            return false;
        }
        while (k < gap.size() && (gap.get(k).pos().equals("DT") || isTitleWord(gap.get(k)))) {
            k++;
        }
        return k == gap.size();
    }

    private static String textBetween(List<Token> t, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (Token tok : t) {
            if (tok.start() >= from && tok.end() <= to) {
                b.append(' ').append(tok.word().toLowerCase(Locale.ROOT));
            }
        }
        return b.toString();
    }
}
