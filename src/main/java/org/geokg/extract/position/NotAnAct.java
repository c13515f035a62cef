package org.geokg.extract.position;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.geokg.extract.text.Token;
import org.geokg.model.PositionKind;

/**
 * Cue words used in a way that reports no act of their own: a cue that is avoided ("avoids
 * condemning", "refrained from criticising", "stopped short of backing"), a comparison ("it was
 * like pushing on an open door"), "meet" with a standard rather than a person ("meet the bar",
 * "met its targets"), "leave" with a result ("left many nations feeling safe") and an act only
 * supposed ({@link Supposition}).
 */
final class NotAnAct {
    /** Verbs whose gerund or infinitive complement is an act not done. */
    private static final Set<String> AVOIDING = Set.of("avoid", "refrain", "fail", "stop", "decline", "hesitate",
            "neglect", "omit", "resist", "shy");
    /** Words that may stand between an avoiding verb and the cue: "avoided publicly", "refrained from", "short of". */
    private static final Set<String> AVOIDING_LINKS = Set.of("from", "to", "short", "of", "away", "publicly",
            "openly", "directly", "explicitly", "even");
    /** What one meets that is no one: a standard, a target, a deadline. */
    private static final Set<String> STANDARDS = Set.of("bar", "target", "targets", "goal", "goals", "deadline",
            "deadlines", "standard", "standards", "requirement", "requirements", "criteria", "criterion", "threshold",
            "obligation", "obligations", "expectations", "expectation", "demand", "demands", "need", "needs",
            "condition", "conditions", "benchmark", "benchmarks", "commitment", "commitments", "quota", "mark",
            "level", "levels", "challenge", "challenges", "cost", "costs", "end", "fate");

    private NotAnAct() {
    }

    /** Whether the cue {@code m} in {@code t} reports no act of its kind. */
    static boolean at(List<Token> t, KindCues.Match m) {
        return avoided(t, m.first()) || compared(t, m.first()) || metStandard(t, m) || leftInAState(t, m)
                || Supposition.at(t, m.first());
    }

    /** "avoids condemning", "refrained from criticising", "stopped short of endorsing", "failed to condemn". */
    static boolean avoided(List<Token> t, int cue) {
        if (!t.get(cue).pos().startsWith("VB")) {
            return false;
        }
        for (int k = cue - 1; k >= 0 && k >= cue - 4; k--) {
            Token tok = t.get(k);
            String lemma = tok.lemma().toLowerCase(Locale.ROOT);
            if (tok.pos().startsWith("VB") && AVOIDING.contains(lemma)) {
                return true;
            }
            if (!AVOIDING_LINKS.contains(tok.word().toLowerCase(Locale.ROOT)) && !tok.pos().equals("TO")
                    && !tok.pos().startsWith("RB")) {
                return false;
            }
        }
        return false;
    }

    /** "like pushing on an open door", "as if threatening": a comparison, not a deed. */
    static boolean compared(List<Token> t, int cue) {
        if (cue < 1 || !t.get(cue).pos().equals("VBG")) {
            return false;
        }
        String before = t.get(cue - 1).word().toLowerCase(Locale.ROOT);
        return before.equals("like") || before.equals("if") && cue >= 2
                && t.get(cue - 2).word().equalsIgnoreCase("as");
    }

    /** "meet the bar", "met its spending targets": meeting a standard is no talk with anyone. */
    static boolean metStandard(List<Token> t, KindCues.Match m) {
        if (m.entry().kind() != PositionKind.CONSULT || m.entry().noun() || m.entry().lemmas().size() > 1
                || !t.get(m.first()).lemma().equalsIgnoreCase("meet")) {
            return false;
        }
        for (int k = m.last() + 1; k < t.size() && k <= m.last() + 5; k++) {
            Token tok = t.get(k);
            String p = tok.pos();
            if (p.equals("NN") || p.equals("NNS")) {
                // the head is the last noun of the object phrase: "its defense spending targets"
                if (k + 1 < t.size() && t.get(k + 1).pos().startsWith("NN")) {
                    continue;
                }
                return STANDARDS.contains(tok.word().toLowerCase(Locale.ROOT));
            }
            if (!(p.equals("DT") || p.equals("PRP$") || p.startsWith("JJ") || p.equals("CD") || p.equals("POS"))) {
                return false;
            }
        }
        return false;
    }

    /** "left many nations feeling safe", "left them vulnerable": leaving someone in a state rejects nothing. */
    static boolean leftInAState(List<Token> t, KindCues.Match m) {
        if (m.entry().kind() != PositionKind.REJECT || m.entry().noun() || m.entry().lemmas().size() > 1
                || !t.get(m.first()).lemma().equalsIgnoreCase("leave")) {
            return false;
        }
        boolean object = false;
        for (int k = m.last() + 1; k < t.size() && k <= m.last() + 6; k++) {
            String p = t.get(k).pos();
            if (p.startsWith("NN") || p.equals("PRP")) {
                object = true;
                continue;
            }
            boolean bare = k + 1 >= t.size() || !t.get(k + 1).pos().startsWith("NN");
            if (object && (p.equals("VBG") || (p.equals("JJ") || p.equals("VBN")) && bare)) {
                // "feeling safe", "vulnerable", but not "last year"
                return true;
            }
            if (object || !(p.equals("DT") || p.equals("PRP$") || p.startsWith("JJ") || p.equals("CD"))) {
                return false;
            }
        }
        return false;
    }
}
