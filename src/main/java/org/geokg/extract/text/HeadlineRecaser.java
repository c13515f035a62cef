package org.geokg.extract.text;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lower-cases the capitals of title-case lines (headlines, section heads) that are not names,
 * so that the tagger does not read "Theresa May to Confront Trump Over Huawei's Role" as one
 * organisation. A word counts as a name when the body of the same text writes it capitalised
 * in the middle of a sentence; acronyms and the line's first word stay as they are. The result
 * has exactly the length of the input, so every offset stays valid.
 */
final class HeadlineRecaser {
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}'’.-]*");
    private static final Pattern LINE = Pattern.compile("[^\\n]+");
    /** Punctuation that a sentence goes on after ("Paris, London"). */
    private static final Pattern MID_SENTENCE_GAP = Pattern.compile("[,;:(\"“‘'-]+");
    /** Words that are lower case in running text whatever the body shows. */
    private static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "the", "to", "of", "in", "on", "at", "for",
            "with", "over", "by", "from", "into", "as", "and", "or", "but", "after", "before", "amid", "against",
            "about", "under", "up", "out", "off", "says", "said", "say", "is", "are", "was", "were", "be", "will",
            "would", "can", "could", "may", "might", "should", "not", "no", "its", "his", "her", "their", "new",
            "than", "this", "that", "these", "those", "who", "what", "why", "how", "when", "where", "if", "while",
            "between", "during", "through", "without", "within", "despite", "toward", "towards", "via", "per", "set",
            "has", "have", "had", "does", "do", "did", "gets", "get", "won't", "can't", "don't");

    /** Modal verbs that are also common surnames or given names. */
    private static final Set<String> NAME_OR_MODAL = Set.of("may", "will");

    private HeadlineRecaser() {
    }

    static String recase(String text) {
        Set<String> names = new HashSet<>();
        Set<String> common = new HashSet<>();
        bodyWords(text, names, common);
        StringBuilder out = null;
        Matcher line = LINE.matcher(text);
        while (line.find()) {
            String l = line.group();
            if (!isTitleCase(l)) {
                continue;
            }
            List<MatchResult> words = WORD.matcher(l).results().toList();
            boolean previousKept = false;
            for (int i = 0; i < words.size(); i++) {
                MatchResult w = words.get(i);
                String word = w.group();
                boolean capital = Character.isUpperCase(word.charAt(0));
                boolean keep = i == 0 || !capital || isAcronym(word)
                        || names.contains(stem(word))
                        || !FUNCTION_WORDS.contains(word.toLowerCase(Locale.ROOT))
                                && !common.contains(word.toLowerCase(Locale.ROOT))
                        || previousKept && isSurnameNotModal(l, w, i + 1 < words.size() ? words.get(i + 1) : null);
                if (keep && capital && i > 0 && i + 1 < words.size() && isInfinitiveVerb(l, words, i, names)) {
                    keep = false;
                }
                previousKept = keep && capital && !FUNCTION_WORDS.contains(word.toLowerCase(Locale.ROOT));
                if (!keep) {
                    if (out == null) {
                        out = new StringBuilder(text);
                    }
                    int at = line.start() + w.start();
                    out.setCharAt(at, Character.toLowerCase(text.charAt(at)));
                }
            }
        }
        return out == null ? text : out.toString();
    }

    /**
     * Whether a capitalised "May" or "Will" right after a name is a surname ("Theresa May to
     * Visit", "Brian May's Guitar") rather than a modal verb: a modal is followed by a bare verb,
     * never by "to", a possessive or the end of the line.
     */
    private static boolean isSurnameNotModal(String line, MatchResult word, MatchResult next) {
        String w = stem(word.group()).toLowerCase(Locale.ROOT);
        if (!NAME_OR_MODAL.contains(w)) {
            return false;
        }
        if (word.group().endsWith("'s") || word.group().endsWith("’s")) {
            return true;
        }
        if (next == null) {
            return true;
        }
        String gap = line.substring(word.end(), next.start()).trim();
        return !gap.isEmpty() || next.group().equalsIgnoreCase("to");
    }

    /**
     * Whether word {@code i} is a verb after the infinitive marker ("Willing to Sign", "to
     * Confront Trump"): it follows a lower-case-able "to", the body never writes it as a name, it
     * is no acronym, and it does not end the line (a destination ends it: "Trip to Cuba").
     */
    private static boolean isInfinitiveVerb(String line, List<MatchResult> words, int i, Set<String> names) {
        MatchResult previous = words.get(i - 1);
        String word = words.get(i).group();
        return previous.group().equalsIgnoreCase("to")
                && line.substring(previous.end(), words.get(i).start()).equals(" ")
                && !names.contains(stem(word)) && !isAcronym(word) && !word.contains("'") && !word.contains("’");
    }

    /** A line is title case when it has three or more longer words and nearly all are capitalised. */
    static boolean isTitleCase(String line) {
        Matcher w = WORD.matcher(line);
        int content = 0;
        int capital = 0;
        while (w.find()) {
            String word = w.group();
            if (word.length() < 4) {
                continue;
            }
            content++;
            if (Character.isUpperCase(word.charAt(0)) && !isAcronym(word)) {
                capital++;
            }
        }
        return content >= 3 && capital >= content - 1 && capital * 10 >= content * 8;
    }

    /**
     * Collects, from ordinary (not title-case) lines, the capitalised words that follow a
     * lower-case word or a comma (names) and the words written in lower case (common words).
     */
    private static void bodyWords(String text, Set<String> names, Set<String> common) {
        Matcher line = LINE.matcher(text);
        while (line.find()) {
            String l = line.group();
            if (isTitleCase(l)) {
                continue;
            }
            Matcher w = WORD.matcher(l);
            char prev = '.';
            int prevEnd = 0;
            while (w.find()) {
                String word = w.group();
                String gap = l.substring(prevEnd, w.start()).trim();
                boolean midSentence = gap.isEmpty() ? Character.isLetterOrDigit(prev) : MID_SENTENCE_GAP.matcher(gap).matches();
                if (midSentence && Character.isUpperCase(word.charAt(0))) {
                    names.add(stem(word));
                } else if (Character.isLowerCase(word.charAt(0))) {
                    common.add(word);
                }
                // a word ending in a full stop ("Mr.", "U.S.") may end the sentence: the
                // capital after it is ambiguous and does not count as a name
                prev = word.charAt(word.length() - 1);
                prevEnd = w.end();
            }
        }
    }

    private static boolean isAcronym(String word) {
        int upper = 0;
        for (int i = 0; i < word.length(); i++) {
            if (Character.isUpperCase(word.charAt(i))) {
                upper++;
            }
        }
        return upper >= 2;
    }

    /** The word without a possessive ending, so "Huawei's" in a headline finds "Huawei" in the body. */
    private static String stem(String word) {
        String w = word;
        if (w.endsWith("'s") || w.endsWith("’s")) {
            w = w.substring(0, w.length() - 2);
        }
        while (!w.isEmpty() && !Character.isLetter(w.charAt(w.length() - 1))) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }
}
