package org.geokg.gazetteer;

import java.text.Normalizer;
import java.util.Locale;

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
    private NameKey() {
    }

    /** The key of {@code text}; empty for null or blank text. */
    public static String of(String text) {
        if (text == null) {
            return "";
        }
        String s = text;
        if (!isAscii(s)) {
            s = Normalizer.normalize(s, Normalizer.Form.NFKC);
            s = Normalizer.normalize(s, Normalizer.Form.NFD);
            // Upper then lower folds "ß" to "ss"; the build script folds the same way.
            s = s.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        }
        // One pass instead of regular expressions: the gazetteer keys some 10,000 names on load.
        StringBuilder key = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (isMark(cp) || isDropped(cp)) {
                continue;
            }
            if (isSeparator(cp)) {
                space = key.length() > 0;
                continue;
            }
            if (space) {
                key.append(' ');
                space = false;
            }
            key.appendCodePoint(cp >= 'A' && cp <= 'Z' ? cp + ('a' - 'A') : cp);
        }
        if (key.length() > 4 && key.substring(0, 4).equals("the ")) {
            key.delete(0, 4);
        }
        return key.toString();
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    /** Dots and apostrophe variants: "U.S." is "US", "People’s" is "Peoples". */
    private static boolean isDropped(int cp) {
        return cp == '.' || cp == '\'' || cp == '\u2019' || cp == '\u2018' || cp == '\u02bc' || cp == '`'
                || cp == '\u00b4';
    }

    /** White space, hyphens, dashes and underscores all separate words alike. */
    private static boolean isSeparator(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == '-' || cp == '_'
                || (cp >= 0x2010 && cp <= 0x2015);
    }
}
