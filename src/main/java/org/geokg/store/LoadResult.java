package org.geokg.store;

/** What loading one article did: its id, how many triples its graph holds, and whether it replaced an earlier load. */
public record LoadResult(String articleId, long triples, boolean replaced) {
}
