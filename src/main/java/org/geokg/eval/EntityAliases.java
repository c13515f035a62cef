package org.geokg.eval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.geokg.model.Entity;
import org.geokg.model.Span;

/**
 * The names an entity goes by in one article: its aliases plus every surface form of its mentions
 * that names it ("Vice President Biden", "the Obama administration"). The position scorer
 * recognises an entity by its name set, which the gold builds from the article's own wording, so
 * the prediction must carry that wording too. Pronouns and lower-case descriptions ("he", "the
 * company") are left out: they name nothing on their own and would join unrelated entities.
 */
final class EntityAliases {
    private static final Set<String> PRONOUNS = Set.of("he", "she", "it", "they", "i", "we", "you", "him", "her",
            "them", "his", "hers", "its", "their", "theirs", "our", "ours", "us", "me", "my", "who", "this", "that",
            "these", "those");

    private static final int MAX_TITLE_WORDS = 6;
    private static final Set<String> BOUNDARIES = Set.of("and", "or", "but", "by", "with", "in", "to", "for",
            "from", "at", "on", "as", "after", "before", "said", "says", "say", "told", "tells", "that", "who",
            "is", "was", "are", "were", "has", "have", "had", "a", "an", "while", "when", "than", "like",
            "about", "against", "between", "including", "according");

    private EntityAliases() {
    }

    static List<String> of(Entity e, String text) {
        Set<String> out = new LinkedHashSet<>(e.aliases());
        for (Span m : e.mentions()) {
            String words = m.text() == null ? "" : m.text().strip().replaceAll("\\s+", " ");
            if (!namesSomething(words)) {
                continue;
            }
            if (!words.equals(e.name())) {
                out.add(words);
            }
            if (text != null) {
                out.addAll(titled(text, m.start(), words));
            }
        }
        return List.copyOf(out);
    }

    /**
     * The mention with the title or description before it ("Vice President Biden", "IMF chief
     * economist Jan Holm", "Britain's National Security Council"), one form per word of it: the
     * gold names an actor by the whole noun phrase, which reaches back to a clause boundary at most.
     */
    static List<String> titled(String text, int start, String words) {
        List<String> out = new ArrayList<>();
        StringBuilder prefix = new StringBuilder();
        int pos = start;
        for (int n = 0; n < MAX_TITLE_WORDS; n++) {
            int i = pos;
            while (i > 0 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\u00a0')) {
                i--;
            }
            int j = i;
            while (j > 0 && !Character.isWhitespace(text.charAt(j - 1)) && text.charAt(j - 1) != '\u00a0') {
                j--;
            }
            if (i == pos || j == i) {
                break;
            }
            String word = text.substring(j, i);
            boolean sentenceEnd = word.endsWith(".") && word.equals(word.toLowerCase(Locale.ROOT));
            if (!word.matches("[\\p{L}\\p{N}.'\u2019()-]+") || sentenceEnd
                    || BOUNDARIES.contains(word.toLowerCase(Locale.ROOT))) {
                break;
            }
            prefix.insert(0, word + " ");
            out.add(prefix + words);
            pos = j;
        }
        return out;
    }

    /** Whether the entity has a name ("Huawei", "Foreign Ministry") rather than a description ("critics"). */
    static boolean isNamed(Entity e) {
        if (namesSomething(e.name() == null ? "" : e.name().strip())) {
            return true;
        }
        return e.aliases().stream().anyMatch(a -> namesSomething(a.strip()));
    }

    private static boolean namesSomething(String text) {
        if (text.length() < 2 || PRONOUNS.contains(text.toLowerCase(Locale.ROOT))) {
            return false;
        }
        // a name has a capital letter somewhere after an optional leading article
        String rest = text.replaceFirst("^(?i)the\\s+", "");
        return rest.chars().anyMatch(Character::isUpperCase);
    }
}
