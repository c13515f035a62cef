package org.geokg.extract.source;

import org.geokg.extract.RawArticle;

/**
 * Plain text to a raw article. The text stays exactly as read (offsets refer to it); the first
 * non-blank line is taken as the headline when it looks like one: short, and not ending like a
 * sentence of running text.
 */
final class PlainTextReader {
    private static final int MAX_HEADLINE = 200;

    private PlainTextReader() {
    }

    static RawArticle read(String id, String text) {
        return new RawArticle(id, headline(text), null, null, null, "en", text);
    }

    static String headline(String text) {
        int seen = 0;
        for (String line : text.split("\n", 8)) {
            String l = line.strip();
            if (l.isEmpty()) {
                continue;
            }
            int words = l.split("\\s+").length;
            // a one- or two-word first line ("World", "Breaking news") is a section label above the headline
            if (words < 3 && seen++ == 0) {
                continue;
            }
            boolean shortEnough = l.length() <= MAX_HEADLINE && words <= 30;
            boolean sentenceLike = l.length() > 120 && l.endsWith(".");
            return shortEnough && !sentenceLike ? l : null;
        }
        return null;
    }
}
