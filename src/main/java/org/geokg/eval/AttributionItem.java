package org.geokg.eval;

/**
 * One gold or predicted attribution line. {@code source} is null when the line has none (absent,
 * null or an empty object); {@code direct} is null when the line leaves it to the quote-mark rule.
 */
record AttributionItem(String doc, SpanRef source, SpanRef content, Boolean direct) {
    private static final String QUOTE_CHARS = "\"\u201c\u201d";

    /** The line's own flag, else true when its content (or one of its pieces) holds a quote mark. */
    boolean isDirect() {
        if (direct != null) {
            return direct;
        }
        if (content == null) {
            return false;
        }
        for (String t : content.pieceTexts().isEmpty()
                ? java.util.List.of(content.text() == null ? "" : content.text()) : content.pieceTexts()) {
            for (int i = 0; i < QUOTE_CHARS.length(); i++) {
                if (t.indexOf(QUOTE_CHARS.charAt(i)) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    boolean hasContent() {
        return content != null && content.hasOffsets();
    }
}
