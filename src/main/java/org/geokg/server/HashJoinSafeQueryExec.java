package org.geokg.server;

import java.util.Iterator;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.util.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A query execution whose {@link #close()} survives Jena 5.6.0's hash-join close bug
 * (apache/jena GH-3516: {@code AbstractIterHashJoin.closeSubIterator} dereferences a hash table
 * that is built lazily, so closing a join that never started throws NullPointerException).
 * Closing happens after the answer was sent or refused, so the exception has nothing left to
 * spoil; letting it through turned a finished request into an HTTP 500. Any other exception
 * from close passes unchanged.
 */
final class HashJoinSafeQueryExec implements QueryExec {
    private static final Logger LOG = LoggerFactory.getLogger(HashJoinSafeQueryExec.class);
    private static final String HASH_JOIN = "org.apache.jena.sparql.engine.join.AbstractIterHashJoin";

    private final QueryExec delegate;

    HashJoinSafeQueryExec(QueryExec delegate) {
        this.delegate = delegate;
    }

    /** Whether {@code e} is the GH-3516 failure: thrown by the hash join's close of its sub-iterators. */
    static boolean isHashJoinCloseBug(NullPointerException e) {
        StackTraceElement[] frames = e.getStackTrace();
        return frames.length > 0 && frames[0].getClassName().equals(HASH_JOIN)
                && frames[0].getMethodName().equals("closeSubIterator");
    }

    @Override
    public void close() {
        try {
            delegate.close();
        } catch (NullPointerException e) {
            if (!isHashJoinCloseBug(e))
                throw e;
            LOG.info("Closing a query execution hit Jena GH-3516 (hash join closed before it started); ignored: {}", e.getMessage());
        }
    }

    @Override
    public DatasetGraph getDataset() {
        return delegate.getDataset();
    }

    @Override
    public Context getContext() {
        return delegate.getContext();
    }

    @Override
    public Query getQuery() {
        return delegate.getQuery();
    }

    @Override
    public String getQueryString() {
        return delegate.getQueryString();
    }

    @Override
    public RowSet select() {
        return delegate.select();
    }

    @Override
    public Graph construct(Graph graph) {
        return delegate.construct(graph);
    }

    @Override
    public Iterator<Triple> constructTriples() {
        return delegate.constructTriples();
    }

    @Override
    public Iterator<Quad> constructQuads() {
        return delegate.constructQuads();
    }

    @Override
    public DatasetGraph constructDataset(DatasetGraph dataset) {
        return delegate.constructDataset(dataset);
    }

    @Override
    public Graph describe(Graph graph) {
        return delegate.describe(graph);
    }

    @Override
    public Iterator<Triple> describeTriples() {
        return delegate.describeTriples();
    }

    @Override
    public boolean ask() {
        return delegate.ask();
    }

    @Override
    public JsonArray execJson() {
        return delegate.execJson();
    }

    @Override
    public Iterator<JsonObject> execJsonItems() {
        return delegate.execJsonItems();
    }

    @Override
    public void abort() {
        delegate.abort();
    }

    @Override
    public boolean isClosed() {
        return delegate.isClosed();
    }
}
