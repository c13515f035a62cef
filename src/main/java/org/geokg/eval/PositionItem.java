package org.geokg.eval;

/**
 * The fields of a gold or predicted position that the scorer compares, as written (null when
 * absent): holder and target are names, kind and polarity are compared case-insensitively.
 */
record PositionItem(String holder, String kind, String target, String polarity) {
}
