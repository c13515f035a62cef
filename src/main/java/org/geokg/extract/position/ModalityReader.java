package org.geokg.extract.position;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.geokg.extract.text.Token;
import org.geokg.model.Modality;

/**
 * Reads the modality of a position from the words before its cue: "is expected to" and "is set
 * to" make it expected, "has not decided whether to" undecided, "will", "plans to", "is willing
 * to" intended; anything else is asserted (done or said). Also tells a negated cue ("did not
 * criticise"), which states no position of that kind.
 */
final class ModalityReader {
    private static final Set<String> INTENDED = Set.of("will", "would", "'ll", "’ll", "plan", "intend", "want",
            "willing", "ready", "prepared", "aim", "hope", "seek", "going", "shall", "promise", "pledge", "vow",
            "offer", "propose", "determined", "try");
    private static final Set<String> EXPECTED = Set.of("expected", "expect", "likely", "set", "poised", "due",
            "reportedly", "reported", "slated", "scheduled", "may", "might", "could");
    private static final Set<String> UNDECIDED = Set.of("whether", "undecided", "consider", "considering", "weigh",
            "weighing", "mull", "mulling");
    private static final Set<String> NEGATION = Set.of("not", "n't", "never", "no", "nor", "without");
    private static final Set<String> DECIDE = Set.of("decide", "decision", "determine");

    private ModalityReader() {
    }

    /** The modality of the cue at {@code cue}, from at most six tokens before it in the sentence. */
    static Modality modality(List<Token> t, int cue) {
        boolean negated = false;
        boolean decide = false;
        for (int k = cue - 1; k >= 0 && k >= cue - 6; k--) {
            Token tok = t.get(k);
            String w = tok.word().toLowerCase(Locale.ROOT);
            String l = tok.lemma() == null ? w : tok.lemma().toLowerCase(Locale.ROOT);
            if (tok.pos().equals(",") || tok.pos().equals(":") || tok.pos().equals(".")) {
                break;
            }
            if (NEGATION.contains(w)) {
                negated = true;
            }
            if (DECIDE.contains(l)) {
                decide = true;
            }
            if (UNDECIDED.contains(w) || UNDECIDED.contains(l) || decide && negated) {
                return Modality.UNDECIDED;
            }
            if (EXPECTED.contains(w)) {
                return Modality.EXPECTED;
            }
            if (INTENDED.contains(w) || INTENDED.contains(l)) {
                return Modality.INTENDED;
            }
        }
        // headline infinitive: "Theresa May to Confront Trump"
        if (cue > 0 && t.get(cue - 1).word().equals("to") && cue - 2 >= 0 && t.get(cue - 2).pos().startsWith("NNP")) {
            return Modality.EXPECTED;
        }
        return Modality.ASSERTED;
    }

    /** True when a negation word stands within three tokens before the cue ("did not back"). */
    static boolean negated(List<Token> t, int cue) {
        for (int k = cue - 1; k >= 0 && k >= cue - 3; k--) {
            String w = t.get(k).word().toLowerCase(Locale.ROOT);
            if (NEGATION.contains(w)) {
                return true;
            }
            if (t.get(k).pos().equals(",")) {
                break;
            }
        }
        return false;
    }
}
