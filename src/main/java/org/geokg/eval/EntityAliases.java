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

    private static final Set<String> QUANTIFIERS = Set.of("many", "some", "few", "several", "most", "another",
            "various", "numerous");

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

    /**
     * {@link #isNamed(Entity)}, and not a description whose one capital is the first letter of the
     * sentence it opens ("Foreign policy analysts said", "Another slide shows"): the capital is the
     * sentence's, not a name's.
     */
    static boolean isNamed(Entity e, String text) {
        return isNamed(e) && (text == null || !capitalOnlyAtOpening(e, text));
    }

    private static boolean capitalOnlyAtOpening(Entity e, String text) {
        String name = e.name() == null ? "" : e.name().strip();
        if (e.mentions().isEmpty() || !openingCapitalOnly(name)
                || e.aliases().stream().anyMatch(a -> namesSomething(a.strip()) && !openingCapitalOnly(a.strip()))) {
            return false;
        }
        for (Span m : e.mentions()) {
            String words = m.text() == null ? "" : m.text().strip();
            if (namesSomething(words) && (!openingCapitalOnly(words) || !opensSentence(text, m.start()))) {
                return false;
            }
        }
        // "Critics said": a one-word name may be a proper noun at the opening; a phrase ending in a
        // lower-case head ("policy analysts") is a description
        return name.contains(" ") && Character.isLowerCase(name.charAt(name.length() - 1));
    }

    /** "Foreign policy analysts": a capital first letter and no other capital. */
    private static boolean openingCapitalOnly(String words) {
        return !words.isEmpty() && Character.isUpperCase(words.charAt(0))
                && words.substring(1).chars().noneMatch(Character::isUpperCase);
    }

    /** Whether the text before {@code start}, quote marks and blanks aside, ends a sentence or paragraph. */
    private static boolean opensSentence(String text, int start) {
        int i = Math.min(start, text.length()) - 1;
        while (i >= 0 && (Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '\n'
                || "\"'\u201c\u201d\u2018\u2019".indexOf(text.charAt(i)) >= 0)) {
            i--;
        }
        return i < 0 || ".!?\n".indexOf(text.charAt(i)) >= 0;
    }

    private static boolean namesSomething(String text) {
        if (text.length() < 2 || PRONOUNS.contains(text.toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (QUANTIFIERS.contains(text.split("\\s+")[0].toLowerCase(Locale.ROOT))) {
            // "many European countries", "some officials": a quantity of a kind, not someone named
            return false;
        }
        // a name has a capital letter somewhere after an optional leading article
        String rest = text.replaceFirst("^(?i)the\\s+", "");
        return rest.chars().anyMatch(Character::isUpperCase);
    }
}
