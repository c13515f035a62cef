package org.geokg.eval;

/** A {@code [start, end)} character range of a gold or predicted span. */
record Range(int start, int end) implements Comparable<Range> {

    int length() {
        return Math.max(0, end - start);
    }

    @Override
    public int compareTo(Range o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
    }
}
