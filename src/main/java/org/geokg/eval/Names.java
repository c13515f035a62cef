package org.geokg.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * How the scorer compares surface names, as score.py does: an attribution's source is right when
 * its name is "the same name" as the gold source ({@link #sameName}: "Trump" ~ "Mr. Trump" ~
 * "Donald Trump", not "Bill Clinton" ~ "Hillary Clinton"); position holders and targets are
 * compared after {@link #normalise}.
 */
final class Names {
    static final Set<String> DETERMINERS = Set.of("the", "a", "an");
    static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame",
            "lord", "lady", "rev", "hon", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "adm",
            "president", "senator", "governor", "secretary", "minister", "chairman", "chairwoman", "speaker",
            "judge", "justice", "mayor", "ambassador", "general", "representative", "congressman",
            "congresswoman");
    static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "you", "his", "her",
            "their", "him", "them", "us", "me");
    static final String PUNCT = ".,;:!?\"'()[]{}\u201c\u201d\u2018\u2019\u00ab\u00bb-\u2013\u2014";

    private Names() {
    }

    /** The words of a name: NFKC, split on whitespace, punctuation and a possessive 's removed. */
    static List<String> tokens(String s) {
        String text = PythonText.nfkc(s == null ? "" : s).replace('\u2019', '\'');
        List<String> out = new ArrayList<>();
        for (String word : PythonText.split(text)) {
            String t = PythonText.strip(word, PUNCT);
            if (t.length() >= 2 && t.charAt(t.length() - 2) == '\''
                    && (t.charAt(t.length() - 1) == 's' || t.charAt(t.length() - 1) == 'S')) {
                t = t.substring(0, t.length() - 2);
            }
            t = PythonText.strip(t, PUNCT);
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    /** True when the name is a bare pronoun ("he", "They"): the scorer reports those apart. */
    static boolean isPronoun(String s) {
        List<String> t = tokens(s);
        return t.size() == 1 && PRONOUNS.contains(PythonText.casefold(t.get(0)));
    }

    /**
     * True when two surface names plausibly name the same entity: equal once determiners are
     * dropped, or, both ending in a capitalised word, one is a suffix of the other once
     * determiners and titles are dropped.
     */
    static boolean sameName(String a, String b) {
        List<String> ta = tokens(a);
        List<String> tb = tokens(b);
        if (ta.isEmpty() || tb.isEmpty()) {
            return false;
        }
        List<String> la = folded(ta);
        List<String> lb = folded(tb);
        if (without(la, DETERMINERS, Set.of()).equals(without(lb, DETERMINERS, Set.of()))) {
            return true;
        }
        if (PythonText.startsUpper(ta.get(ta.size() - 1)) && PythonText.startsUpper(tb.get(tb.size() - 1))) {
            List<String> ca = without(la, DETERMINERS, TITLES);
            List<String> cb = without(lb, DETERMINERS, TITLES);
            if (!ca.isEmpty() && !cb.isEmpty()) {
                // Python's sorted() is stable: on equal lengths the first is the "short" one
                List<String> shorter = cb.size() < ca.size() ? cb : ca;
                List<String> longer = shorter == ca ? cb : ca;
                return longer.subList(longer.size() - shorter.size(), longer.size()).equals(shorter);
            }
        }
        return false;
    }

    /** A name for set comparison: NFKC, case-folded, whitespace collapsed, edge punctuation and a leading "the" removed. */
    static String normalise(String s) {
        String t = PythonText.casefold(PythonText.nfkc(s).replace('\u2019', '\''));
        t = PythonText.strip(String.join(" ", PythonText.split(t)), PUNCT + " ");
        return t.startsWith("the ") ? t.substring(4) : t;
    }

    private static List<String> folded(List<String> words) {
        List<String> out = new ArrayList<>(words.size());
        for (String w : words) {
            out.add(PythonText.casefold(w));
        }
        return out;
    }

    private static List<String> without(List<String> words, Set<String> drop, Set<String> alsoDrop) {
        List<String> out = new ArrayList<>(words.size());
        for (String w : words) {
            if (!drop.contains(w) && !alsoDrop.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }
}
