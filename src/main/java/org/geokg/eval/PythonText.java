package org.geokg.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The few Python {@code str} operations that the reference scorer ({@code score.py}) relies on,
 * with Python's semantics: whitespace as {@code str.split()} sees it, {@code strip(chars)},
 * {@code casefold()}, {@code isupper()} of one character and NFKC. Names only match the way
 * score.py matches them when these agree exactly, so they are kept in one place.
 */
final class PythonText {
    private PythonText() {
    }

    /** Python's {@code str.isspace()} for one code point (bidi class WS, B or S, or category Zs). */
    static boolean isSpace(int cp) {
        if (cp < 128) {
            return cp == ' ' || (cp >= '\t' && cp <= '\r') || (cp >= 0x1c && cp <= 0x1f);
        }
        return cp == 0x85 || cp == 0xa0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200a)
                || cp == 0x2028 || cp == 0x2029 || cp == 0x202f || cp == 0x205f || cp == 0x3000;
    }

    /** {@code s.split()}: the non-empty runs between whitespace. */
    static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            while (i < n && isSpace(s.codePointAt(i))) {
                i += Character.charCount(s.codePointAt(i));
            }
            int start = i;
            while (i < n && !isSpace(s.codePointAt(i))) {
                i += Character.charCount(s.codePointAt(i));
            }
            if (i > start) {
                out.add(s.substring(start, i));
            }
        }
        return out;
    }

    /** {@code s.strip()}: whitespace removed from both ends. */
    static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    /** {@code s.strip(chars)}: every character of {@code chars} removed from both ends. */
    static String strip(String s, String chars) {
        int start = 0;
        int end = s.length();
        while (start < end && chars.indexOf(s.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && chars.indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(start, end);
    }

    /**
     * {@code s.casefold()}. Full case folding is, for all but a handful of code points, the
     * upper-case mapping (which expands "ß" to "SS" as folding does) followed by the simple
     * lower-case mapping of each code point; the exceptions are handled first.
     */
    static String casefold(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp == 0x1e9e) {
                out.append("ss");
            } else if (cp == 0x130) {
                out.append("i\u0307");
            } else if (cp == 0x131 || (cp >= 0x13a0 && cp <= 0x13f5)) {
                out.appendCodePoint(cp);
            } else if (cp >= 0x13f8 && cp <= 0x13fd) {
                out.appendCodePoint(cp - 8);
            } else if (cp >= 0xab70 && cp <= 0xabbf) {
                out.appendCodePoint(cp - 0xab70 + 0x13a0);
            } else {
                new String(Character.toChars(cp)).toUpperCase(Locale.ROOT).codePoints()
                        .forEach(u -> out.appendCodePoint(Character.toLowerCase(u)));
            }
        });
        return out.toString();
    }

    /** {@code s[:1].isupper()}: the first character is an upper-case letter. */
    static boolean startsUpper(String s) {
        return !s.isEmpty() && Character.isUpperCase(s.codePointAt(0));
    }

    /** {@code unicodedata.normalize('NFKC', s)}. */
    static String nfkc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC);
    }
}
