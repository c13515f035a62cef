package org.geokg.eval;

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

    private EntityAliases() {
    }

    static List<String> of(Entity e) {
        Set<String> out = new LinkedHashSet<>(e.aliases());
        for (Span m : e.mentions()) {
            String text = m.text() == null ? "" : m.text().strip().replaceAll("\\s+", " ");
            if (namesSomething(text) && !text.equals(e.name())) {
                out.add(text);
            }
        }
        return List.copyOf(out);
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
