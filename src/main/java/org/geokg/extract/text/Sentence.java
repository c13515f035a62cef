package org.geokg.extract.text;

import java.util.List;

/** One sentence: its offsets in the full text and its tokens (whose indexes are document-wide). */
public record Sentence(int index, int start, int end, List<Token> tokens) {
    public Sentence {
        tokens = List.copyOf(tokens);
    }
}
