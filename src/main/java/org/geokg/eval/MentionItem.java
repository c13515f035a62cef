package org.geokg.eval;

/**
 * One gold or predicted entity mention: offsets (null when a prediction leaves them out) and its
 * type as written ("None" when absent, as Python's {@code str(None)}).
 */
record MentionItem(Integer start, Integer end, String type) {
}
