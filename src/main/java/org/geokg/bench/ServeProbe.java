package org.geokg.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.geokg.GeoKgException;

/**
 * Starts {@code geokg serve} on a store in a separate JVM (the way a user runs it, on loopback,
 * read-only) and measures the time until its SPARQL endpoint answers a query. {@link #close()}
 * stops that process; nothing else is touched.
 */
public final class ServeProbe implements AutoCloseable {
    private final Process process;
    private final int port;
    private final double startSeconds;

    private ServeProbe(Process process, int port, double startSeconds) {
        this.process = process;
        this.port = port;
        this.startSeconds = startSeconds;
    }

    /**
     * Starts the server on {@code store} with {@code heap} (e.g. "2g") and a per-query timeout, and waits
     * for it to answer, at most {@code limit}.
     */
    public static ServeProbe start(Path store, String heap, Duration queryTimeout, Duration limit, Path log) {
        int port = freePort();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = List.of(java, "-Xmx" + heap, "-cp", System.getProperty("java.class.path"),
                "org.geokg.cli.Main", "serve", "--store", store.toString(), "--port", Integer.toString(port),
                "--timeout", Long.toString(Math.max(1, queryTimeout.toSeconds())));
        long t0 = System.nanoTime();
        Process p;
        try {
            p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new GeoKgException("cannot start geokg serve: " + e.getMessage(), e);
        }
        URI ask = URI.create("http://127.0.0.1:" + port + "/geokg/sparql?query="
                + URLEncoder.encode("ASK { ?s ?p ?o }", StandardCharsets.UTF_8));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = t0 + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new GeoKgException("geokg serve exited with code " + p.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(ask).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return new ServeProbe(p, port, (System.nanoTime() - t0) / 1e9);
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            sleep(25);
        }
        p.destroy();
        throw new GeoKgException("geokg serve did not answer within " + limit.toSeconds() + " s; see " + log);
    }

    /** Seconds from starting the JVM to the first answered query. */
    public double startSeconds() {
        return startSeconds;
    }

    public URI queryEndpoint() {
        return URI.create("http://127.0.0.1:" + port + "/geokg/sparql");
    }

    /** The server process's peak resident memory so far, MB. */
    public long peakRssMb() {
        return ProcStatus.peakRssMb(process.pid());
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new GeoKgException("no free TCP port for the benchmark server: " + e.getMessage(), e);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
