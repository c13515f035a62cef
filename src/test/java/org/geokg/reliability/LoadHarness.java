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
import org.geokg.store.ArticleLoader;
import org.geokg.store.GeoStore;

/**
 * Load test, run by hand (not part of the suite): 32 clients send mixed canned queries to a
 * loopback server for 60 s while one writer replaces article graphs through the Graph Store
 * Protocol with their own content, so the data a reader may see never changes. Every answer is
 * compared with the answer of the same query run serially before the load started; a reader
 * that saw half of a replacement would get a different answer. Prints errors, p50/p95/p99.
 *
 * <pre>{@code
 * java -cp target/classes:target/test-classes:$(cat cp.txt) org.geokg.reliability.LoadHarness [clients] [seconds] [articles]
 * }</pre>
 */
public final class LoadHarness {
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
            ArticleLoader loader = new ArticleLoader(store);
            for (int i = 0; i < articles; i++) {
                loader.load(corpus.article(i));
            }
            try (GeoServer server = GeoServer.start(store.datasetGraph(), ServerOptions.builder().port(0)
                    .allowUpdate(true).credentials(new Credentials("loader", password)).build())) {
                run(server, corpus, articles, clients, seconds, "Basic " + Base64.getEncoder()
                        .encodeToString(("loader:" + password).getBytes(StandardCharsets.UTF_8)));
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
                serial.put(q.getKey(), answer(http, server, q.getValue()));
                System.out.printf("serial %-22s %6.0f ms, %d rows%n", q.getKey(), (System.nanoTime() - t0) / 1e6,
                        serial.get(q.getKey()).size());
            } catch (IllegalStateException e) {
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
                        List<String> got = answer(http, server, queries.get(name));
                        latencies.add(System.nanoTime() - t0);
                        if (!got.equals(serial.get(name))) {
                            wrong.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.computeIfAbsent(name + ": " + e.getMessage(), k -> new AtomicLong()).incrementAndGet();
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
    private static List<String> answer(HttpClient http, GeoServer server, String sparql) throws Exception {
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(server.queryURL()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json").timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + r.statusCode());
        }
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(r.body()), org.apache.jena.riot.resultset.ResultSetLang.RS_JSON);
        List<String> rows = new ArrayList<>();
        rs.forEachRemaining(b -> rows.add(b.toString()));
        Collections.sort(rows);
        return rows;
    }
}
