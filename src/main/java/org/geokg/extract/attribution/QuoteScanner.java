package org.geokg.extract.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds double-quoted stretches of raw text, straight ({@code "}) or curly ({@code “ ”}),
 * including the quote marks. Works on characters, not tokens, so a tokenizer's quote
 * normalisation cannot shift offsets.
 *
 * <p>News style continues a quotation over several paragraphs by opening each paragraph with a
 * quote mark and closing only the last: a paragraph that opens a quote and ends without closing
 * it runs on into the next paragraph when that one starts with a quote mark. An opening mark that
 * is never closed otherwise ends at its paragraph's end, so one stray mark cannot swallow the rest
 * of the article.
 */
final class QuoteScanner {
    private static final Pattern OUTER_MARKS = Pattern.compile("^[\"“”„'`]+|[\"“”„'`]+$");
    private static final Pattern BLANKS = Pattern.compile("\\s+");

    /** A quotation {@code [start, end)} with its marks; {@code closed} is false when no closing mark was found. */
    record Quote(int start, int end, boolean closed) {
        /** Number of whitespace-separated words inside the marks. */
        int words(String text) {
            String inner = OUTER_MARKS.matcher(text.substring(start, end)).replaceAll("").trim();
            return inner.isEmpty() ? 0 : BLANKS.split(inner).length;
        }
    }

    private QuoteScanner() {
    }

    /** Blank for our purposes: Java whitespace and the no-break space news sites use. */
    static boolean isBlank(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2009' || c == '\u202F';
    }

    /**
     * Length of the quote mark at {@code i}: 1 for a double quote character, 2 for the doubled
     * apostrophe or backtick some newspapers (and their archives) print instead, 0 otherwise.
     */
    static int markLength(String text, int i) {
        char c = text.charAt(i);
        if (isQuoteMark(c)) {
            return 1;
        }
        if ((c == '\'' || c == '`') && i + 1 < text.length() && text.charAt(i + 1) == c) {
            return 2;
        }
        return 0;
    }

    static boolean isQuoteMark(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E';
    }

    static List<Quote> scan(String text) {
        List<Quote> quotes = new ArrayList<>();
        int n = text.length();
        int open = -1;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (open >= 0) {
                    int next = nextParagraphStart(text, i);
                    boolean continues = next < n && markLength(text, next) > 0 && text.charAt(next) != '\u201D'
                            || next < n && text.charAt(next) == '\u201D' && opensHere(text, next);
                    if (continues) {
                        // multi-paragraph quotation: skip the new paragraph's opening mark
                        i = next + markLength(text, next);
                        continue;
                    }
                    quotes.add(new Quote(open, trimEnd(text, i), false));
                    open = -1;
                }
                i++;
                continue;
            }
            int mark = markLength(text, i);
            if (mark > 0) {
                if (open < 0) {
                    if (c != '\u201D' || opensHere(text, i)) {
                        open = i;
                    }
                } else if (c == '\u201C' && !closesHere(text, i)) {
                    // a second opening mark inside an open quote: the first was never closed
                    quotes.add(new Quote(open, trimEnd(text, i), false));
                    open = i;
                } else {
                    quotes.add(new Quote(open, i + mark, true));
                    open = -1;
                }
                i += mark;
                continue;
            }
            i++;
        }
        if (open >= 0) {
            quotes.add(new Quote(open, trimEnd(text, n), false));
        }
        return quotes;
    }

    /** A right quote mark used as an opener: at a line start or after a space, before a letter. */
    private static boolean opensHere(String text, int i) {
        boolean before = i == 0 || isBlank(text.charAt(i - 1)) || text.charAt(i - 1) == '(';
        boolean after = i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
        return before && (after || lineStart(text, i) && ellipsisAfter(text, i + 1));
    }

    /** "” … he delivered": a quotation that opens mid-speech with an ellipsis. */
    private static boolean ellipsisAfter(String text, int k) {
        while (k < text.length() && isBlank(text.charAt(k)) && text.charAt(k) != '\n') {
            k++;
        }
        return text.startsWith("\u2026", k) || text.startsWith("...", k);
    }

    private static boolean lineStart(String text, int i) {
        int j = i - 1;
        while (j >= 0 && text.charAt(j) != '\n' && isBlank(text.charAt(j))) {
            j--;
        }
        return j < 0 || text.charAt(j) == '\n';
    }

    /** A left quote mark that in fact closes (typo): after a letter or punctuation and before a blank or end. */
    private static boolean closesHere(String text, int i) {
        boolean before = i > 0 && !isBlank(text.charAt(i - 1));
        boolean after = i + 1 >= text.length() || isBlank(text.charAt(i + 1));
        return before && after;
    }

    private static int nextParagraphStart(String text, int newline) {
        int k = newline;
        while (k < text.length() && isBlank(text.charAt(k))) {
            k++;
        }
        return k;
    }

    private static int trimEnd(String text, int end) {
        int k = end;
        while (k > 0 && isBlank(text.charAt(k - 1))) {
            k--;
        }
        return k;
    }
}
