package org.geokg.reliability;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.geokg.bench.SyntheticCorpus;
import org.geokg.model.Article;
import org.geokg.query.CannedQuery;
import org.geokg.query.QueryParam;
import org.geokg.query.QueryRegistry;
import org.geokg.rdf.ArticleMapper;
import org.geokg.rdf.Iris;
import org.geokg.server.Credentials;
import org.geokg.server.GeoServer;
import org.geokg.server.ServerOptions;
import org.geokg.store.BulkLoader;
import org.geokg.store.GeoStore;

/**
 * Load test, run by hand (not part of the suite): 32 clients send mixed canned queries to a
 * loopback server for 60 s while one writer replaces article graphs through the Graph Store
 * Protocol with their own content, so the data a reader may see never changes. Every answer is
 * compared with the answer of the same query run serially before the load started; a reader
 * that saw half of a replacement would get a different answer. Prints errors by kind, wrong
 * answers, p50/p95/p99. Bounded: each client stops at the deadline, each request has a 60 s
 * client timeout, and the whole run is abandoned 120 s after the deadline.
 *
 * <p>A 503 with {@code Retry-After} (the server's query queue was full) counts as an error and
 * is not retried: the clients geokg has (Jena's HTTP query execution behind {@code --store URL},
 * the stance view's {@code fetch}, the Fuseki UI) report a 503 to their user rather than wait and
 * retry, so a harness that retried would hide what those users see.
 *
 * <pre>{@code
 * java -cp target/classes:target/test-classes:$(cat cp.txt) org.geokg.reliability.LoadHarness [clients] [seconds] [articles]
 * }</pre>
 */
public final class LoadHarness {
    /** What a client of the timed phase waits for an answer. */
    private static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(60);
    /** What the serial phase waits: long enough for the server to answer, even past its timeout. */
    private static final Duration SERIAL_WAIT = Duration.ofMinutes(10);

    private LoadHarness() {
    }

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 32;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        int articles = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        Path dir = Files.createTempDirectory("geokg-load");
        SyntheticCorpus corpus = new SyntheticCorpus(3, 200);
        String password = Base64.getEncoder().encodeToString(SecureRandom.getSeed(12));
        try (GeoStore store = GeoStore.tdb2(dir.resolve("store"))) {
            List<BulkLoader.Input> inputs = new ArrayList<>();
            for (int i = 0; i < articles; i++) {
                int n = i;
                inputs.add(new BulkLoader.Input("article " + n, () -> corpus.article(n)));
            }
            long t0 = System.nanoTime();
            BulkLoader.Result loaded = new BulkLoader(store).load(inputs, progress -> { });
            System.out.printf("loaded %d articles (%d triples) in %.1f s%n", loaded.loaded(), loaded.triples(),
                    (System.nanoTime() - t0) / 1e9);
            try (GeoServer server = GeoServer.start(store.datasetGraph(), ServerOptions.builder().port(0)
                    .allowUpdate(true).credentials(new Credentials("loader", password)).build())) {
                run(server, corpus, articles, clients, seconds, "Basic " + Base64.getEncoder()
                        .encodeToString(("loader:" + password).getBytes(StandardCharsets.UTF_8)));
            }
        } finally {
            deleteTree(dir);
        }
    }

    private static void deleteTree(Path dir) throws java.io.IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static void run(GeoServer server, SyntheticCorpus corpus, int articles, int clients, int seconds, String auth)
            throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Map<String, String> queries = queries(corpus.article(0));
        Map<String, List<String>> serial = new LinkedHashMap<>();
        for (var it = queries.entrySet().iterator(); it.hasNext(); ) {
            var q = it.next();
            long t0 = System.nanoTime();
            try {
                // Wait for the server's own answer (a query Jena cannot cancel runs on past its timeout):
                // no query of this phase may still hold a slot when the timed phase starts.
                serial.put(q.getKey(), answer(http, server, q.getValue(), SERIAL_WAIT));
                System.out.printf("serial %-22s %6.0f ms, %d rows%n", q.getKey(), (System.nanoTime() - t0) / 1e6,
                        serial.get(q.getKey()).size());
            } catch (IllegalStateException | java.io.IOException e) {
                // a query over the server's timeout alone cannot be part of a mix meant to finish
                System.out.printf("serial %-22s %s after %.0f ms: left out of the mix%n", q.getKey(), e.getMessage(),
                        (System.nanoTime() - t0) / 1e6);
                it.remove();
            }
        }
        System.out.printf("%d canned queries, %d clients, %d s, %d articles on %s%n", queries.size(), clients, seconds,
                articles, server.queryURL());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        Map<String, List<Long>> byQuery = new ConcurrentHashMap<>();
        Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
        AtomicLong wrong = new AtomicLong();
        AtomicLong writes = new AtomicLong();
        List<String> names = new ArrayList<>(queries.keySet());
        ExecutorService pool = Executors.newFixedThreadPool(clients + 1);
        pool.submit(() -> {
            ArticleMapper mapper = new ArticleMapper();
            for (int i = 0; System.nanoTime() < deadline; i = (i + 1) % articles) {
                Article a = corpus.article(i);
                ByteArrayOutputStream nt = new ByteArrayOutputStream();
                RDFDataMgr.write(nt, mapper.toGraph(a), Lang.NTRIPLES);
                URI graph = URI.create(server.graphStoreURL() + "?graph="
                        + URLEncoder.encode(Iris.articleGraph(a.id()).getURI(), StandardCharsets.UTF_8));
                try {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(graph).header("Authorization", auth)
                            .header("Content-Type", "application/n-triples").timeout(Duration.ofSeconds(60))
                            .PUT(HttpRequest.BodyPublishers.ofByteArray(nt.toByteArray())).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() / 100 == 2) {
                        writes.incrementAndGet();
                    } else {
                        errors.computeIfAbsent("write HTTP " + r.statusCode(), k -> new AtomicLong()).incrementAndGet();
                    }
                } catch (Exception e) {
                    errors.computeIfAbsent("write " + e.getClass().getSimpleName(), k -> new AtomicLong()).incrementAndGet();
                }
            }
            return null;
        });
        for (int c = 0; c < clients; c++) {
            Random rnd = new Random(c);
            pool.submit(() -> {
                while (System.nanoTime() < deadline) {
                    String name = names.get(rnd.nextInt(names.size()));
                    long t0 = System.nanoTime();
                    try {
                        List<String> got = answer(http, server, queries.get(name), CLIENT_TIMEOUT);
                        long took = System.nanoTime() - t0;
                        latencies.add(took);
                        byQuery.computeIfAbsent(name, k -> Collections.synchronizedList(new ArrayList<>())).add(took);
                        if (!got.equals(serial.get(name))) {
                            wrong.incrementAndGet();
                        }
                    } catch (Exception e) {
                        if (!(e instanceof IllegalStateException)) {
                            System.out.printf("  %s failed after %.0f ms: %s%n", name, (System.nanoTime() - t0) / 1e6, e);
                        }
                        String kind = String.valueOf(e.getMessage()).replaceAll("Retry-After \\d+ s", "Retry-After");
                        errors.computeIfAbsent(name + ": " + e.getClass().getSimpleName() + " " + kind,
                                k -> new AtomicLong()).incrementAndGet();
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        // the clients stop at the deadline; a query started just before it may run up to the server's timeout
        if (!pool.awaitTermination(seconds + 120L, TimeUnit.SECONDS)) {
            pool.shutdownNow();
            System.out.println("clients did not stop in time");
        }
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("queries answered: %d (%.0f/s), graph replacements: %d, errors: %d %s, wrong answers: %d,"
                + "%n", sorted.size(), sorted.size() / (double) seconds,
                writes.get(), errors.values().stream().mapToLong(AtomicLong::get).sum(), errors, wrong.get());
        System.out.printf("latency ms: p50 %.1f, p95 %.1f, p99 %.1f, max %.1f%n", pct(sorted, 50), pct(sorted, 95),
                pct(sorted, 99), sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1e6);
        for (String name : names) {
            List<Long> mine = new ArrayList<>(byQuery.getOrDefault(name, List.of()));
            Collections.sort(mine);
            System.out.printf("  %-22s %4d answered, p50 %8.1f ms, max %8.1f ms%n", name, mine.size(), pct(mine, 50),
                    mine.isEmpty() ? 0 : mine.get(mine.size() - 1) / 1e6);
        }
    }

    private static double pct(List<Long> sorted, int p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100)) / 1e6;
    }

    /** Every canned query, bound with values from one article so that most have answers. */
    private static Map<String, String> queries(Article a) {
        Map<String, String> out = new LinkedHashMap<>();
        for (CannedQuery q : QueryRegistry.standard().all()) {
            Map<String, String> values = new HashMap<>();
            for (QueryParam p : q.params()) {
                values.put(p.name(), switch (p.type()) {
                    case IRI -> Iris.article(a.id()).getURI();
                    case DATE -> "2021-06-01";
                    case INTEGER -> "5";
                    case STRING -> a.entities().get(0).name();
                });
            }
            out.put(q.name(), q.bind(values).serialize());
        }
        return out;
    }

    /** The answer as a sorted list of rows, so that rows tied under ORDER BY compare equal. */
    private static List<String> answer(HttpClient http, GeoServer server, String sparql, Duration timeout)
            throws Exception {
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(server.queryURL()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json").timeout(timeout)
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            String body = new String(r.body(), StandardCharsets.UTF_8);
            String why = r.headers().firstValue("Retry-After").map(s -> "refused, Retry-After " + s + " s")
                    .orElse(body.contains("timed out") ? "query timed out" : body.lines().findFirst().orElse(""));
            throw new IllegalStateException("HTTP " + r.statusCode() + " (" + why + ")");
        }
        List<String> rows = new ArrayList<>();
        try {
            ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(r.body()),
                    org.apache.jena.riot.resultset.ResultSetLang.RS_JSON);
            rs.forEachRemaining(b -> rows.add(b.toString()));
        } catch (RuntimeException e) {
            throw new IllegalStateException("HTTP 200 with an unreadable body (" + r.body().length + " bytes): truncated?", e);
        }
        Collections.sort(rows);
        return rows;
    }
}
