package org.geokg.query;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.geokg.store.ArticleStore;

/**
 * Runs SPARQL over an {@link ArticleStore}'s union graph (locally inside a read transaction), with a timeout,
 * and writes the answer in one of the {@link ResultFormat}s.
 */
public final class QueryRunner {
    public static final long DEFAULT_TIMEOUT_SECONDS = 60;

    private final ArticleStore store;
    private final long timeoutSeconds;

    public QueryRunner(ArticleStore store) {
        this(store, DEFAULT_TIMEOUT_SECONDS);
    }

    public QueryRunner(ArticleStore store, long timeoutSeconds) {
        this.store = store;
        this.timeoutSeconds = timeoutSeconds;
    }

    /** All rows of a SELECT query, each as a map-like solution detached from the store. */
    public List<QuerySolution> select(Query query) {
        requireSelect(query);
        return store.query(query, timeoutSeconds, qe -> {
            try {
                List<QuerySolution> rows = new ArrayList<>();
                ResultSet rs = qe.execSelect();
                List<String> vars = rs.getResultVars();
                rs.forEachRemaining(row -> {
                    // Copy values out so rows stay readable after the read transaction ends.
                    QuerySolutionMap copy = new QuerySolutionMap();
                    for (String v : vars) {
                        if (row.contains(v)) {
                            copy.add(v, row.get(v));
                        }
                    }
                    rows.add(copy);
                });
                return rows;
            } catch (QueryCancelledException e) {
                throw timedOut(e);
            }
        });
    }

    /** Runs any query form and writes its answer: SELECT/ASK in {@code format}, graphs as Turtle. */
    public void write(Query query, ResultFormat format, OutputStream out) {
        store.query(query, timeoutSeconds, qe -> {
            try {
                if (query.isSelectType()) {
                    ResultSetRewindable rs = ResultSetFactory.makeRewindable(qe.execSelect());
                    writeSelect(rs, query, format, out);
                } else if (query.isAskType()) {
                    boolean b = qe.execAsk();
                    if (format == ResultFormat.JSON) {
                        ResultSetFormatter.outputAsJSON(out, b);
                    } else {
                        writeText(out, Boolean.toString(b) + System.lineSeparator());
                    }
                } else {
                    Model m = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
                    m.setNsPrefixes(org.geokg.rdf.Prefixes.standard());
                    RDFDataMgr.write(out, m, RDFFormat.TURTLE_PRETTY);
                }
                return null;
            } catch (QueryCancelledException e) {
                throw timedOut(e);
            }
        });
    }

    private void writeSelect(ResultSetRewindable rs, Query query, ResultFormat format, OutputStream out) {
        switch (format) {
            case CSV -> ResultSetMgr.write(out, rs, ResultSetLang.RS_CSV);
            case TSV -> ResultSetMgr.write(out, rs, ResultSetLang.RS_TSV);
            case JSON -> ResultSetMgr.write(out, rs, ResultSetLang.RS_JSON);
            case TABLE -> ResultSetFormatter.out(out, rs, query.getPrologue());
        }
    }

    private QueryException timedOut(QueryCancelledException e) {
        return new QueryException("the query ran past its timeout of " + timeoutSeconds + " s and was stopped", e);
    }

    private static void requireSelect(Query q) {
        if (!q.isSelectType()) {
            throw new QueryException("expected a SELECT query");
        }
    }

    private static void writeText(OutputStream out, String s) {
        try {
            out.write(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.flush();
        } catch (java.io.IOException e) {
            throw new QueryException("cannot write the answer: " + e.getMessage(), e);
        }
    }
}
