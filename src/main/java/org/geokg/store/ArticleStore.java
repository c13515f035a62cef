package org.geokg.store;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.Quad;

/**
 * Where the article graphs live, as loading, querying and exporting see it: the embedded TDB2
 * {@link GeoStore} (on disk or in memory), or a {@link RemoteStore} reached over SPARQL 1.1 and the
 * Graph Store Protocol. Queries see the union of all article graphs as their default graph.
 */
public interface ArticleStore extends AutoCloseable {
    /** What and where the store is, for messages. */
    String description();

    /** Ids of the loaded articles, sorted. */
    List<String> articleIds();

    /** Whether an article with this id is loaded. */
    boolean containsArticle(String articleId);

    /** Replaces the graphs of these articles (already validated) with the given ones; one result per article, by id. */
    List<LoadResult> replaceAll(Map<String, Graph> graphs);

    /** Runs a query over the union of the article graphs and hands its execution to {@code answer}. */
    <T> T query(Query query, long timeoutSeconds, Function<QueryExecution, T> answer);

    /** Every quad of one article's graph, or of all article graphs when {@code articleId} is null; in no order. */
    void quads(String articleId, Consumer<Quad> sink);

    @Override
    void close();
}
