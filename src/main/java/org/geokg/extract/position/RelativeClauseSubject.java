package org.geokg.extract.position;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.geokg.extract.text.Token;

/**
 * A restrictive relative clause between a subject and its verb: in "leaders who have been the
 * fiercest critics of Russia have embraced the plan" the leaders embrace it, not Russia, which
 * is only named inside the clause. Finds the relative pronoun whose clause ends right before the
 * verb group of a cue, so that the holder is looked for at the pronoun's antecedent.
 */
final class RelativeClauseSubject {
    /** How far back from the verb group the relative pronoun may stand, in tokens. */
    private static final int WINDOW = 20;
    private static final Set<String> VERB_GROUP = Set.of("has", "have", "had", "is", "are", "was", "were", "be",
            "been", "being", "does", "do", "did");
    private static final Set<String> RELATIVES = Set.of("who", "which", "that");

    private RelativeClauseSubject() {
    }

    /**
     * The index of the relative pronoun whose clause (with a finite verb of its own) ends right
     * before the verb group of the cue at {@code cue}, or -1 when the cue's verb is not the main
     * verb after such a clause. A comma, colon, semicolon or coordination on the way means another
     * frame (an apposition, a second verb of the clause) and gives -1.
     */
    static int pronounBefore(List<Token> t, int cue) {
        if (!t.get(cue).pos().startsWith("VB")) {
            return -1;
        }
        int g = cue - 1;
        while (g >= 0 && (t.get(g).pos().startsWith("RB") || t.get(g).pos().equals("MD")
                || VERB_GROUP.contains(t.get(g).word().toLowerCase(Locale.ROOT)))) {
            g--;
        }
        // the clause must end in a word of its own, not in a verb ("who have embraced" is the clause's verb)
        if (g < 2 || !(t.get(g).pos().startsWith("NN") || t.get(g).pos().equals("CD")
                || t.get(g).pos().equals("PRP"))) {
            return -1;
        }
        boolean finite = false;
        for (int k = g - 1; k >= 1 && k >= g - WINDOW; k--) {
            Token tok = t.get(k);
            String p = tok.pos();
            if (p.equals(",") || p.equals(":") || p.equals("CC") || p.equals(".") || p.equals("-LRB-")) {
                return -1;
            }
            if (p.equals("VBD") || p.equals("VBZ") || p.equals("VBP") || p.equals("MD")) {
                finite = true;
            } else if ((p.equals("WP") || p.equals("WDT"))
                    && RELATIVES.contains(tok.word().toLowerCase(Locale.ROOT))) {
                return finite && t.get(k - 1).pos().startsWith("NN") ? k : -1;
            }
        }
        return -1;
    }
}
