package org.geokg.extract.position;

/**
 * Whether a place in a quoted content lies inside its quotation marks: a content that joins two
 * quotations of one speaker also holds the narrator's words between them ("...," Obama said after
 * meeting Putin. "..."), which are no act of the speaker's own.
 */
final class QuoteMarks {
    private QuoteMarks() {
    }

    /**
     * True when an odd number of quotation marks stands in {@code text} between {@code from} (where
     * the quoted content starts) and {@code offset}; a doubled single quote ('') counts as one mark.
     */
    static boolean inside(String text, int from, int offset) {
        int marks = 0;
        for (int k = from; k < offset && k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == '"' || c == '\u201C' || c == '\u201D') {
                marks++;
            } else if (c == '\'' && k + 1 < offset && text.charAt(k + 1) == '\'') {
                marks++;
                k++;
            }
        }
        return marks % 2 == 1;
    }
}
