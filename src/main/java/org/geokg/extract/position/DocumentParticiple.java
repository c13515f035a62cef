package org.geokg.extract.position;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.geokg.extract.text.Token;

/**
 * A participle that says what a document does: in "the council issued a statement welcoming the
 * plan" or "Congress passed a resolution condemning the attack" the statement's author welcomes
 * or condemns, so the holder is the subject of the verb that made the document.
 */
final class DocumentParticiple {
    /** Things written or voted that carry their author's position. */
    private static final Set<String> DOCUMENTS = Set.of("statement", "letter", "resolution", "report", "paper",
            "declaration", "communique", "communiqué", "message", "note", "motion", "bill", "memo", "petition",
            "editorial", "speech", "decree", "order");
    /** How many words the document's phrase may have before the participle ("a two-page policy paper"). */
    private static final int REACH = 6;

    private DocumentParticiple() {
    }

    /**
     * The index of the finite verb whose object is a document that the participle at {@code cue}
     * follows, or -1 when the cue is no such participle.
     */
    static int governingVerb(List<Token> t, int cue) {
        if (cue < 2 || !t.get(cue).pos().equals("VBG")
                || !DOCUMENTS.contains(t.get(cue - 1).word().toLowerCase(Locale.ROOT))) {
            return -1;
        }
        for (int k = cue - 2; k >= 0 && k >= cue - 1 - REACH; k--) {
            String p = t.get(k).pos();
            if (p.equals("VBD") || p.equals("VBZ") || p.equals("VBP")
                    || p.equals("VBN") && k > 0 && Set.of("has", "have", "had").contains(t.get(k - 1).word())) {
                return k;
            }
            if (!(p.startsWith("NN") || p.startsWith("JJ") || p.equals("DT") || p.equals("CD") || p.equals("HYPH")
                    || p.equals("PRP$"))) {
                return -1;
            }
        }
        return -1;
    }
}
