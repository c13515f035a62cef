package org.geokg.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.geokg.GeoKgException;

/**
 * Sends one SPARQL query over HTTP from N concurrent clients and measures latencies: a bounded
 * run (at most {@code maxRequests} requests and about {@code budget} of time, each request cut
 * after {@code requestTimeout}), after one warm-up request. Only for loopback servers the benchmark starts itself.
 */
public final class QueryLoad {
    /** Latency percentiles in milliseconds, throughput, and how many requests failed. */
    public record Figures(int clients, int requests, int errors, double p50, double p95, double p99, double qps) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI endpoint;
    private final Duration budget;
    private final int maxRequests;
    private final Duration requestTimeout;

    public QueryLoad(URI endpoint, Duration budget, int maxRequests, Duration requestTimeout) {
        if (!isLoopback(endpoint.getHost())) {
            throw new GeoKgException("the query benchmark only runs against loopback, not " + endpoint);
        }
        this.endpoint = endpoint;
        this.budget = budget;
        this.maxRequests = maxRequests;
        this.requestTimeout = requestTimeout;
    }

    /** Runs the query from {@code clients} threads; every request must answer 200 to count as a success. */
    public Figures run(String sparql, int clients) {
        String form = "query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8);
        send(form);
        long deadline = System.nanoTime() + budget.toNanos();
        AtomicInteger issued = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long started = System.nanoTime();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                running.add(pool.submit(() -> {
                    while (System.nanoTime() < deadline && issued.incrementAndGet() <= maxRequests) {
                        long t0 = System.nanoTime();
                        if (send(form)) {
                            latencies.add((System.nanoTime() - t0) / 1e6);
                        } else {
                            errors.incrementAndGet();
                        }
                    }
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GeoKgException("query benchmark interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new GeoKgException("query benchmark failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        double secs = (System.nanoTime() - started) / 1e9;
        List<Double> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return new Figures(clients, sorted.size(), errors.get(), percentile(sorted, 50), percentile(sorted, 95),
                percentile(sorted, 99), sorted.size() / secs);
    }

    private boolean send(String form) {
        HttpRequest req = HttpRequest.newBuilder(endpoint)
                .timeout(requestTimeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        try {
            HttpResponse<byte[]> resp = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
            return resp.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Nearest-rank percentile; NaN for no data. */
    static double percentile(List<Double> sorted, double p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    private static boolean isLoopback(String host) {
        return host != null && (host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]"));
    }
}
