package org.geokg.extract.position;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.geokg.extract.text.Token;

/**
 * An act only supposed, not reported: a sentence that opens by asking the reader to suppose
 * ("Say Mexico demanded proof", "Suppose the union refused", "Imagine Berlin objected", "What if
 * Paris agreed") or a condition right before the cue in its clause ("if Rome were to back it",
 * "unless Madrid agrees"). No one holds a position by being imagined doing something.
 */
final class Supposition {
    /** Imperatives that open a supposition. */
    private static final Set<String> SUPPOSING = Set.of("say", "suppose", "supposing", "imagine", "assume");
    /** Conjunctions that make their clause a condition. */
    private static final Set<String> CONDITIONS = Set.of("if", "unless");
    /** What the subject of a supposed clause may start with: a name, a determiner, a pronoun, a noun. */
    private static final Set<String> SUBJECT_TAGS = Set.of("NNP", "NNPS", "NN", "NNS", "DT", "PRP", "PRP$");
    private static final int CLAUSE_REACH = 8;

    private Supposition() {
    }

    /** Whether the cue at token {@code cue} names an act the text only supposes. */
    static boolean at(List<Token> t, int cue) {
        return opensSupposition(t, cue) || conditional(t, cue);
    }

    private static boolean opensSupposition(List<Token> t, int cue) {
        int first = 0;
        while (first < t.size() && isQuote(t.get(first))) {
            first++;
        }
        if (first + 1 >= cue) {
            return false;
        }
        Token open = t.get(first);
        String word = open.word().toLowerCase(Locale.ROOT);
        if (word.equals("what") && t.get(first + 1).word().equalsIgnoreCase("if")) {
            return true;
        }
        return SUPPOSING.contains(word) && Character.isUpperCase(open.word().charAt(0))
                && (open.pos().equals("VB") || open.pos().equals("VBP") || open.pos().equals("VBG"))
                && SUBJECT_TAGS.contains(t.get(first + 1).pos());
    }

    /** "if Rome were to back it": "if" or "unless" before the cue with no clause break between. */
    private static boolean conditional(List<Token> t, int cue) {
        for (int k = cue - 1; k >= 0 && k >= cue - CLAUSE_REACH; k--) {
            Token tok = t.get(k);
            String pos = tok.pos();
            if (pos.equals(",") || pos.equals(":") || pos.equals(".") || pos.equals("CC")) {
                return false;
            }
            if (pos.equals("IN") && CONDITIONS.contains(tok.word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isQuote(Token t) {
        return t.pos().equals("``") || t.pos().equals("''");
    }
}
