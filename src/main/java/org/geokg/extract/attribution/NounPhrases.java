package org.geokg.extract.attribution;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.geokg.extract.text.Token;

/**
 * Finds the noun phrase that names a speaker next to a cue, from part-of-speech tags alone:
 * "Huawei Chairman Liang Hua", "the former CIA chief", "he", "a source". Phrases are
 * {@code [first, last]} token ranges within one sentence's token list.
 */
final class NounPhrases {
    private static final Pattern CAPITALISED = Pattern.compile("[A-Z].*");
    private static final Pattern DASHES = Pattern.compile("[-–—]+");
    /** Tokens that may sit between a subject and its verb ("X has also said"). */
    private static final Set<String> VERB_PREFIX = Set.of("has", "have", "had", "'s", "’s", "is", "was", "were", "are",
            "been", "also", "later", "then", "previously", "repeatedly", "reportedly", "once", "often", "publicly",
            "privately", "again", "just", "already", "recently", "first", "further", "similarly", "initially", "even",
            "still", "never", "always", "not", "n't", "did", "does", "do", "would", "will", "could", "can", "may",
            "might", "should", "must", "flatly", "openly", "explicitly", "immediately", "quickly", "simply",
            "only", "long", "herself", "himself", "themselves", "itself");

    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "i", "we", "you", "who", "which",
            "that");

    record Range(int first, int last) {
        int start(List<Token> t) {
            return t.get(first).start();
        }

        int end(List<Token> t) {
            return t.get(last).end();
        }
    }

    private NounPhrases() {
    }

    static boolean isNominal(Token t) {
        String p = t.pos();
        return p.startsWith("NN") || p.equals("CD") || p.startsWith("JJ") || p.equals("POS") || p.equals("PRP$")
                || p.equals("DT") || p.equals("HYPH") || p.equals("FW") || p.equals("VBN") && CAPITALISED.matcher(t.word()).matches();
    }

    static boolean isNoun(Token t) {
        return t.pos().startsWith("NN") || t.pos().equals("PRP") || t.pos().equals("CD");
    }

    static boolean isPronoun(Token t) {
        return t.pos().equals("PRP") || t.pos().equals("WP") || PRONOUNS.contains(lower(t));
    }

    static String lower(Token t) {
        return t.word().toLowerCase(Locale.ROOT);
    }

    /** A dash with blanks on both sides: punctuation between phrases, not a hyphen within a name. */
    static boolean isSpacedDash(List<Token> t, int k) {
        if (k <= 0 || k + 1 >= t.size() || !DASHES.matcher(t.get(k).word()).matches()) {
            return false;
        }
        return t.get(k - 1).end() < t.get(k).start() && t.get(k).end() < t.get(k + 1).start();
    }

    /** Index left of {@code cue} after skipping auxiliaries and adverbs ("has also said"). */
    static int skipVerbPrefix(List<Token> t, int cue) {
        int k = cue - 1;
        while (k >= 0 && (VERB_PREFIX.contains(lower(t.get(k))) || t.get(k).pos().equals("RB") && k > 0
                && !t.get(k - 1).pos().equals(","))) {
            k--;
        }
        return k;
    }

    /**
     * The noun phrase ending at token {@code last} (inclusive), or null. A pronoun stands alone;
     * otherwise the phrase runs left over nominal tokens and stops after a determiner.
     */
    static Range endingAt(List<Token> t, int last) {
        if (last < 0 || last >= t.size()) {
            return null;
        }
        Token end = t.get(last);
        if (end.word().equals(")") || end.pos().equals("-RRB-")) {
            // "Gov. Pat McCrory (R)", "Sen. Claire McCaskill (D-Mo.)": a party tag closes the name
            for (int open = last - 1; open > 0 && last - open <= 6; open--) {
                Token o = t.get(open);
                if (o.word().equals("(") || o.pos().equals("-LRB-")) {
                    Range name = endingAt(t, open - 1);
                    return name == null ? null : new Range(name.first(), last);
                }
            }
            return null;
        }
        if (end.pos().equals("PRP") || end.pos().equals("WP") || end.pos().equals("WDT")) {
            return new Range(last, last);
        }
        if (!isNoun(end) || end.pos().equals("CD")) {
            return null;
        }
        int k = last;
        while (k - 1 >= 0 && last - (k - 1) < 10) {
            Token p = t.get(k - 1);
            if (t.get(k).pos().equals("DT") || t.get(k).pos().equals("PRP$")) {
                break;
            }
            if (isSpacedDash(t, k - 1)) {
                // "BRUSSELS - European leaders": a dateline is not part of the phrase
                break;
            }
            if (isNominal(p) || p.word().equals("&")) {
                k--;
            } else {
                break;
            }
        }
        // "'s" belongs to a possessor inside the phrase ("Clinton's campaign"), never at its start
        while (k < last && (t.get(k).pos().equals("POS") || t.get(k).pos().equals("HYPH"))) {
            k++;
        }
        return new Range(k, last);
    }

    /** The noun phrase starting at token {@code first}, or null. */
    static Range startingAt(List<Token> t, int first) {
        if (first < 0 || first >= t.size()) {
            return null;
        }
        Token s = t.get(first);
        if (s.pos().equals("PRP")) {
            return new Range(first, first);
        }
        if (!isNominal(s) || s.pos().equals("POS")) {
            return null;
        }
        int k = first;
        while (k + 1 < t.size() && k + 1 - first < 10) {
            Token n = t.get(k + 1);
            if (n.pos().equals("DT") || n.pos().equals("PRP$")) {
                break;
            }
            if (isSpacedDash(t, k + 1)) {
                break;
            }
            if (isNominal(n)) {
                k++;
            } else {
                break;
            }
        }
        while (k > first && !isNoun(t.get(k))) {
            k--;
        }
        return isNoun(t.get(k)) ? new Range(first, k) : null;
    }
}
