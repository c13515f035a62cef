package org.geokg.extract.position;

import java.util.List;
import java.util.Set;
import org.geokg.extract.text.Token;

/**
 * A noun cue owned by its agent and naming nothing it is aimed at ("Trump's threats, the bloc
 * says", "McConnell's trip was more important", "its proposals") speaks of an act as already
 * known: the article reports the act itself elsewhere, or not at all, and the noun alone states no
 * new position. With a complement ("Obama's visit to Rangoon", "Britain's decision to leave the
 * Union") the noun does report one.
 */
final class GivenAct {
    /** Words that may stand between the owner and the noun: adjectives, nouns, years, adverbs. */
    private static final Set<String> MODIFIER_TAGS = Set.of("JJ", "JJR", "JJS", "NN", "NNS", "NNP", "CD", "VBN",
            "HYPH", "RB");
    private static final int MAX_MODIFIERS = 4;

    private GivenAct() {
    }

    /**
     * Whether the one-word noun cue at token {@code noun} follows a possessive mark or pronoun
     * ("Trump's", "its") and takes no complement: no preposition or "to" comes right after it.
     */
    static boolean bare(List<Token> t, int noun) {
        if (noun + 1 < t.size() && (t.get(noun + 1).pos().equals("IN") || t.get(noun + 1).pos().equals("TO"))) {
            return false;
        }
        return owned(t, noun);
    }

    /** Whether the noun at token {@code noun} follows a possessive mark or pronoun ("Trump's", "its"). */
    private static boolean owned(List<Token> t, int noun) {
        for (int k = noun - 1; k >= 0 && k >= noun - MAX_MODIFIERS - 1; k--) {
            String pos = t.get(k).pos();
            if (pos.equals("POS") || pos.equals("PRP$")) {
                return true;
            }
            if (!MODIFIER_TAGS.contains(pos)) {
                return false;
            }
        }
        return false;
    }
}
