package org.geokg.extract.actor;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.geokg.extract.text.Token;

/**
 * Tells names of products and vehicles ("Space Shuttle Atlantis", "Internet Explorer 9 (IE9)
 * browser", "versions of Firefox") from names of actors: the tagger often calls them
 * organisations, but a browser or a spacecraft states no position and holds no office.
 */
final class Products {
    /** A name with a version number written into it ("IE6", "Win95"). */
    private static final Pattern VERSIONED_NAME = Pattern.compile("\\p{Lu}[\\p{L}]+\\d{1,2}");
    /** Words that make a name a vehicle's or a product's when they are part of it. */
    private static final Set<String> IN_NAME = Set.of("shuttle", "orbiter", "orbiters", "spacecraft", "airliner",
            "browser", "smartphone");
    /** Nouns that a product's name modifies or is the version of. */
    private static final Set<String> AFTER_NAME = Set.of("browser", "browsers", "smartphone", "smartphones",
            "console", "consoles", "spacecraft", "orbiter");
    private static final Set<String> VERSION = Set.of("version", "versions", "release", "releases");

    private Products() {
    }

    /** How often the article writes a name in the plural before the plural reads as a kind of thing. */
    private static final int PLURALS = 3;

    /**
     * The capitalised words that the article writes in the plural often enough ("the Zeniths
     * were sold out", "two Zeniths") to be the names of a kind of thing, in the singular: a
     * camera or a car is written so, a person is not (a family, "the Lindqvists", is rarely named
     * that often). Counted once per article.
     */
    static Set<String> pluralNames(List<Token> all) {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        for (Token t : all) {
            String w = t.word();
            if (w.length() > 4 && w.endsWith("s") && Character.isUpperCase(w.charAt(0)) && t.pos().startsWith("NN")) {
                counts.merge(w.substring(0, w.length() - 1), 1, Integer::sum);
            }
        }
        counts.values().removeIf(n -> n < PLURALS);
        return counts.keySet();
    }

    /** True when the name at tokens [first, last] names a product or a vehicle. */
    static boolean isProduct(List<Token> all, int first, int last) {
        for (int k = first; k <= last; k++) {
            String w = all.get(k).word();
            // a name with a version number written into it ("IE6", "Win95")
            if (IN_NAME.contains(w.toLowerCase(Locale.ROOT)) || VERSIONED_NAME.matcher(w).matches()) {
                return true;
            }
        }
        for (int k = last + 1; k < Math.min(all.size(), last + 5); k++) {
            String w = all.get(k).word().toLowerCase(Locale.ROOT);
            if (AFTER_NAME.contains(w)) {
                return true;
            }
            if (w.equals(",") || w.equals(".") || all.get(k).pos().startsWith("VB")) {
                break;
            }
        }
        // "the latest versions of Internet Explorer"
        return first >= 2 && all.get(first - 1).word().equalsIgnoreCase("of")
                && VERSION.contains(all.get(first - 2).word().toLowerCase(Locale.ROOT));
    }
}
