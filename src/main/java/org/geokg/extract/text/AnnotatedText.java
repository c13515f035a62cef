package org.geokg.extract.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A text with its sentences and tokens, as the annotator produced them. Every offset refers to
 * {@link #text()} unchanged. Token indexes run over the whole document, so
 * {@code tokens().get(t.index()) == t}.
 */
public record AnnotatedText(String text, List<Sentence> sentences) {

    public AnnotatedText {
        sentences = List.copyOf(sentences);
    }

    /** All tokens in text order; builds a new list, so call it once per document, not in a loop. */
    public List<Token> tokens() {
        List<Token> all = new ArrayList<>();
        for (Sentence s : sentences) {
            all.addAll(s.tokens());
        }
        return all;
    }

    /** The sentence containing {@code offset}, or the nearest one before it; null for an empty text. */
    public Sentence sentenceAt(int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        Sentence found = null;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (s.start() <= offset) {
                found = s;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found != null ? found : (sentences.isEmpty() ? null : sentences.get(0));
    }

    /**
     * Offsets where paragraphs start: the first non-blank character of the text and of every
     * block after a line break. News files put one paragraph per line or separate them by blank
     * lines; both count.
     */
    public List<Integer> paragraphStarts() {
        List<Integer> starts = new ArrayList<>();
        boolean atLineStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                atLineStart = true;
            } else if (atLineStart && !Character.isWhitespace(c)) {
                starts.add(i);
                atLineStart = false;
            }
        }
        return Collections.unmodifiableList(starts);
    }

    /** The text covered by {@code [start, end)}. */
    public String slice(int start, int end) {
        return text.substring(start, end);
    }
}
