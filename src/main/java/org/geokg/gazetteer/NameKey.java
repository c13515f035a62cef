package org.geokg.gazetteer;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The lookup key of a name, so that spellings news uses for the same actor meet:
 * "the U.S.", "US" and "us" give "us"; "Côte d’Ivoire" and "Cote d'Ivoire" give "cote divoire".
 *
 * <p>Steps: Unicode NFKC, accents removed, case folded, dots and apostrophes removed, hyphens,
 * underscores and runs of white space made one space, a leading "the " dropped.
 * {@code scripts/build-gazetteer.py} has the same function ({@code name_key}) so the build
 * detects exactly the collisions this class would see.
 */
public final class NameKey {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern DROPPED = Pattern.compile("[.'\u2019\u2018\u02bc`\u00b4]");
    private static final Pattern SEPARATORS =
            Pattern.compile("[\\s\\-\u2010-\u2015_]+", Pattern.UNICODE_CHARACTER_CLASS);

    private NameKey() {
    }

    /** The key of {@code text}; empty for null or blank text. */
    public static String of(String text) {
        if (text == null) {
            return "";
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        s = Normalizer.normalize(s, Normalizer.Form.NFD);
        s = MARKS.matcher(s).replaceAll("");
        // Upper then lower folds "ß" to "ss"; the build script folds the same way.
        s = s.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        s = DROPPED.matcher(s).replaceAll("");
        s = SEPARATORS.matcher(s).replaceAll(" ").strip();
        if (s.startsWith("the ")) {
            s = s.substring(4);
        }
        return s;
    }
}
