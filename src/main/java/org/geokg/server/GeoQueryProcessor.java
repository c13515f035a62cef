package org.geokg.server;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.Timeouts;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.web.HttpSC;

/**
 * Fuseki's SPARQL query operation with three changes, so that under load every answer is either
 * whole or a clean error:
 * <ul>
 * <li><b>Admission control</b>: a query runs only with a slot from {@link QueryAdmission}; one
 * the queue cannot take is refused with 503 and {@code Retry-After}.</li>
 * <li><b>The whole answer before the first byte</b>: Fuseki streams a SELECT answer while the
 * query still runs, so a timeout that fires after the 200 and headers went out cut the body.
 * Here the rows are collected first, inside the timeout, and sent afterwards; a timeout is
 * then always Fuseki's clean 503 "Query timed out", also when Jena missed its own cancel signal
 * and control came back after the deadline. An answer estimated larger than the response limit
 * is refused with 422 before anything is sent, instead of being cut. CONSTRUCT and DESCRIBE
 * answers Fuseki already builds in memory before sending.</li>
 * <li><b>Jena 5.6.0's hash-join close bug</b> (apache/jena GH-3516, fixed after 5.6.0 in a
 * release that needs Java 21): closing a hash join that never started throws a
 * NullPointerException. On cancellation by the timeout this surfaced as HTTP 500; it is answered
 * as the timeout it is. When it is thrown by the final close, after the whole answer was
 * collected, it is logged and the answer sent.</li>
 * </ul>
 */
final class GeoQueryProcessor extends SPARQL_QueryDataset {
    /** SPARQL JSON spends about this much around each bound value (braces, quotes, "type", "value"). */
    private static final int JSON_BYTES_PER_VALUE = 32;

    private final QueryAdmission admission;
    private final long timeoutMillis;
    private final long maxAnswerBytes;

    GeoQueryProcessor(QueryAdmission admission, long timeoutMillis, long maxAnswerBytes) {
        this.admission = admission;
        this.timeoutMillis = timeoutMillis;
        this.maxAnswerBytes = maxAnswerBytes;
    }

    @Override
    protected void execute(String queryString, HttpAction action) {
        try (QueryAdmission.Permit permit = admission.enter()) {
            super.execute(queryString, action);
        } catch (QueryAdmission.Refused refused) {
            action.log.info(String.format("[%d] refused: %s", action.id, refused.getMessage()));
            action.setResponseHeader("Retry-After", Long.toString(refused.retryAfterSeconds()));
            ServletOps.error(HttpSC.SERVICE_UNAVAILABLE_503, refused.getMessage());
        }
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        return new HashJoinSafeQueryExec(super.createQueryExec(action, query, dataset));
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec queryExec, Query query, String queryStringLog) {
        Deadline deadline = new Deadline(System.nanoTime(), timeoutMillis(action));
        try {
            QueryExecResult result;
            if (query.isSelectType()) {
                result = new QueryExecResult(wholeAnswer(queryExec.select(), deadline));
            } else if (query.isJsonType()) {
                List<JsonObject> items = new ArrayList<>();
                queryExec.execJsonItems().forEachRemaining(items::add);
                result = new QueryExecResult(items.iterator());
            } else {
                result = super.executeQuery(action, queryExec, query, queryStringLog);
            }
            deadline.check();
            return result;
        } catch (NullPointerException e) {
            if (!HashJoinSafeQueryExec.isHashJoinCloseBug(e) || !deadline.passed())
                throw e;
            // The timeout cancelled the query; the bug replaced Jena's QueryCancelledException.
            action.log.info(String.format("[%d] timed out (Jena GH-3516 NullPointerException on close)", action.id));
            QueryCancelledException cancelled = new QueryCancelledException();
            cancelled.addSuppressed(e);
            throw cancelled;
        }
    }

    /**
     * Every row, inside the query's timeout, or 422 once the estimated answer passes the limit.
     * Jena cancels a query only where its iterators look for the signal; work that does not look
     * (seen on large GROUP BY sub-selects) can run past the timeout, and its rows are then not
     * sent late as a 200 but refused as the timeout they are.
     */
    private RowSet wholeAnswer(RowSet rows, Deadline deadline) {
        List<Var> vars = rows.getResultVars();
        List<Binding> all = new ArrayList<>();
        long bytes = 0;
        while (rows.hasNext()) {
            Binding row = rows.next();
            bytes += estimatedJsonBytes(row);
            if (bytes > maxAnswerBytes)
                ServletOps.error(HttpSC.UNPROCESSABLE_ENTITY_422, "The answer is larger than the server's response limit of "
                        + maxAnswerBytes + " bytes (after " + all.size() + " rows); narrow the query or add a LIMIT");
            all.add(row);
            deadline.check();
        }
        return RowSetStream.create(vars, all.iterator());
    }

    private static long estimatedJsonBytes(Binding row) {
        long bytes = 2;
        for (var it = row.vars(); it.hasNext(); ) {
            Var var = it.next();
            Node node = row.get(var);
            bytes += JSON_BYTES_PER_VALUE + var.getVarName().length();
            if (node.isURI())
                bytes += node.getURI().length();
            else if (node.isLiteral())
                bytes += node.getLiteralLexicalForm().length() + node.getLiteralDatatypeURI().length()
                        + node.getLiteralLanguage().length();
            else
                bytes += node.toString().length();
        }
        return bytes;
    }

    /**
     * The query's timeout: the server's, or a shorter one asked for with the protocol's
     * {@code timeout} parameter (seconds), as Fuseki chooses it.
     */
    private long timeoutMillis(HttpAction action) {
        long limit = timeoutMillis;
        String asked = action.getRequestParameter("timeout");
        if (asked != null) {
            Pair<Long, Long> parsed = Timeouts.parseTimeoutStr(asked, TimeUnit.SECONDS);
            if (parsed != null && parsed.getRight() > 0)
                limit = Math.min(limit, parsed.getRight());
            else if (parsed != null && parsed.getLeft() > 0)
                limit = Math.min(limit, parsed.getLeft());
        }
        return limit;
    }

    /** When a query's time is up; measured from before Jena starts its own clock, so never earlier than Jena's. */
    private record Deadline(long startNanos, long millis) {
        boolean passed() {
            return System.nanoTime() - startNanos >= TimeUnit.MILLISECONDS.toNanos(millis);
        }

        void check() {
            if (passed())
                throw new QueryCancelledException();
        }
    }
}
