package org.geokg.extract.position;

import java.util.List;
import java.util.Set;
import org.geokg.extract.position.ClauseActors.Mention;
import org.geokg.extract.text.Token;

/**
 * The possessor of a noun cue that has modifiers between it and its possessive mark: "Obama's
 * landmark 2012 visit", "the senator's long-awaited trip". The possessor is the agent of the act
 * the noun names (POSITIONS.md: a visit is a CONSULT of its visitor).
 */
final class NounPossessor {
    /** Modifiers that may stand between the possessive mark and the noun: adjectives, nouns, years, hyphens. */
    private static final Set<String> MODIFIER_TAGS = Set.of("JJ", "JJR", "JJS", "NN", "NNP", "CD", "VBN", "HYPH",
            "RB", ",");
    private static final int MAX_MODIFIERS = 5;

    private NounPossessor() {
    }

    /**
     * The actor whose mention ends right at the possessive mark before the noun at token
     * {@code noun}, skipping up to five modifiers; empty when there is no such mark.
     */
    static List<Mention> of(ClauseActors clauses, List<Token> t, int noun) {
        for (int k = noun - 1; k >= 1 && k >= noun - MAX_MODIFIERS - 1; k--) {
            Token tok = t.get(k);
            if (tok.pos().equals("POS")) {
                Token owner = t.get(k - 1);
                List<Mention> at = clauses.mentions(t.get(Math.max(0, k - 4)).start(), owner.end());
                if (!at.isEmpty() && at.get(at.size() - 1).end() == owner.end()) {
                    return clauses.expand(at.get(at.size() - 1));
                }
                return List.of();
            }
            if (!MODIFIER_TAGS.contains(tok.pos())) {
                return List.of();
            }
        }
        return List.of();
    }
}
