package org.geokg.eval;

import java.util.List;

/**
 * A span as the scorer sees it in a gold or prediction line: its ranges (from {@code pieces} when
 * present, else {@code start}/{@code end}; empty when it has no offsets), its text and the texts
 * of its pieces, and, for a predicted source, the {@code entity}/{@code name}/{@code aliases} that
 * may name it instead of offsets.
 */
record SpanRef(List<Range> ranges, String text, List<String> pieceTexts, String entity, String name,
               List<String> aliases) {

    SpanRef {
        ranges = List.copyOf(ranges);
        pieceTexts = List.copyOf(pieceTexts);
        aliases = List.copyOf(aliases);
    }

    boolean hasOffsets() {
        return !ranges.isEmpty();
    }
}
