package org.geokg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionBase1;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Admission control and whole answers over real HTTP: queries beyond the slots wait and all
 * succeed, a full queue answers 503 with Retry-After, and a query cut by its timeout is a clean
 * 503, never a 200 whose body stops short. Slowness comes from a SPARQL function that sleeps,
 * so the tests do not depend on how fast this machine is.
 */
class QueryAdmissionIT {
    private static final String SLOW = "urn:geokg-test:slow";
    /** Calls of the slow function running now, and the most seen at once. */
    private static final AtomicInteger RUNNING = new AtomicInteger();
    private static final AtomicInteger PEAK = new AtomicInteger();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private DatasetGraph dataset;
    private GeoServer server;

    /** {@code slow(ms)}: sleeps that long and returns it, counting how many calls overlap. */
    public static final class Slow extends FunctionBase1 {
        @Override
        public NodeValue exec(NodeValue millis) {
            PEAK.accumulateAndGet(RUNNING.incrementAndGet(), Math::max);
            try {
                Thread.sleep(millis.getInteger().longValueExact());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                RUNNING.decrementAndGet();
            }
            return millis;
        }
    }

    @BeforeAll
    static void registerSlowFunction() {
        FunctionRegistry.get().put(SLOW, Slow.class);
    }

    @BeforeEach
    void data() {
        RUNNING.set(0);
        PEAK.set(0);
        dataset = DatabaseMgr.createDatasetGraph();
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        Txn.executeWrite(dataset, () -> dataset.add(new Quad(NodeFactory.createURI("http://example.org/g"),
                NodeFactory.createURI("http://example.org/s"), NodeFactory.createURI("http://example.org/p"),
                NodeFactory.createLiteralString("o"))));
    }

    @AfterEach
    void stop() {
        if (server != null)
            server.close();
        dataset.close();
    }

    @Test
    void queriesBeyondTheSlotsWaitTheirTurnAndAllSucceedWhileOtherRequestsAreServed() throws Exception {
        server = GeoServer.start(dataset, ServerOptions.builder().port(0).maxConcurrentQueries(2)
                .queryTimeout(Duration.ofSeconds(20)).allowUpdate(true).credentials(new Credentials("editor", "s3cret-pass"))
                .build());
        // more clients than Fuseki's default 20 Jetty threads: waiting queries must not starve the server
        int clients = 32;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            long start = System.nanoTime();
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                String q = "SELECT ?i (<" + SLOW + ">(600) AS ?slept) { BIND(" + i + " AS ?i) }";
                answers.add(pool.submit(() -> query(q)));
            }
            awaitRunning(2);
            Thread.sleep(300);
            // a Graph Store write is no query: it is not queued behind them
            long putStart = System.nanoTime();
            HttpResponse<String> put = http.send(HttpRequest.newBuilder(URI.create(server.graphStoreURL()
                            + "?graph=" + URLEncoder.encode("http://example.org/g2", StandardCharsets.UTF_8)))
                    .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                            "editor:s3cret-pass".getBytes(StandardCharsets.UTF_8)))
                    .header("Content-Type", "application/n-triples").timeout(Duration.ofSeconds(30))
                    .PUT(HttpRequest.BodyPublishers.ofString("<http://example.org/s2> <http://example.org/p> \"o2\" .\n"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            Duration putTook = Duration.ofNanos(System.nanoTime() - putStart);
            for (int i = 0; i < clients; i++) {
                HttpResponse<String> r = answers.get(i).get(60, TimeUnit.SECONDS);
                assertThat(r.statusCode()).as("query %d: %s", i, r.body()).isEqualTo(200);
                JsonNode row = json.readTree(r.body()).at("/results/bindings/0");
                assertThat(row.at("/i/value").asInt()).isEqualTo(i);
                assertThat(row.at("/slept/value").asInt()).isEqualTo(600);
            }
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertThat(put.statusCode()).isBetween(200, 299);
            // Without room in Jetty's pool the write waited behind a dozen undispatched queries (over 3.6 s).
            assertThat(putTook).as("the write while 30 queries wait").isLessThan(Duration.ofMillis(2500));
            assertThat(PEAK.get()).as("queries running at once").isEqualTo(2);
            assertThat(took).as("32 queries of 0.6 s through 2 slots").isGreaterThanOrEqualTo(Duration.ofMillis(9600));
        } finally {
            pool.shutdownNow();
        }
        assertThat(query("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }").body()).contains("\"2\"");
    }

    @Test
    void aFullQueueIsRefusedWith503AndRetryAfter() throws Exception {
        server = GeoServer.start(dataset, ServerOptions.builder().port(0).maxConcurrentQueries(1).maxQueuedQueries(1)
                .queryTimeout(Duration.ofSeconds(20)).build());
        String slow = "SELECT (<" + SLOW + ">(1500) AS ?slept) {}";
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<HttpResponse<String>> running = pool.submit(() -> query(slow));
            awaitRunning(1);
            Future<HttpResponse<String>> waiting = pool.submit(() -> query(slow));
            Thread.sleep(300);

            HttpResponse<String> refused = query(slow);

            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(refused.body()).contains("queue is full");
            assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(
                    s -> assertThat(Long.parseLong(s)).isBetween(1L, 20L));
            assertThat(running.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
            assertThat(waiting.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        } finally {
            pool.shutdownNow();
        }
        assertThat(PEAK.get()).isEqualTo(1);
    }

    @Test
    void aQueryCutByItsTimeoutIsACleanErrorNotATruncatedAnswer() throws Exception {
        server = GeoServer.start(dataset, ServerOptions.builder().port(0).queryTimeout(Duration.ofMillis(1000)).build());
        // 40 rows, 100 ms each: the first rows are ready long before the timeout, the last after it.
        // Streamed, the 200 and the first rows would have gone out and the body then stopped short.
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < 40; i++)
            values.append(' ').append(i);
        String runaway = "SELECT ?i (<" + SLOW + ">(100) AS ?slept) { VALUES ?i {" + values + " } }";

        HttpResponse<String> cut = query(runaway);

        assertThat(cut.statusCode()).as(cut.body()).isEqualTo(503);
        assertThat(cut.body()).contains("timed out").doesNotContain("bindings");
        HttpResponse<String> next = query("SELECT ?i (<" + SLOW + ">(10) AS ?slept) { VALUES ?i { 1 2 3 } }");
        assertThat(next.statusCode()).isEqualTo(200);
        assertThat(json.readTree(next.body()).at("/results/bindings").size()).isEqualTo(3);
    }

    private void awaitRunning(int n) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (RUNNING.get() < n && System.nanoTime() < until)
            Thread.sleep(10);
        assertThat(RUNNING.get()).isEqualTo(n);
    }

    private HttpResponse<String> query(String sparql) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.queryURL()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json").timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
