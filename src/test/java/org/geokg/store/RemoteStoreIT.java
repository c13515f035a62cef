package org.geokg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.geokg.bench.SyntheticCorpus;
import org.geokg.cli.ExitCodes;
import org.geokg.cli.Main;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Load, query and export against a second, real Fuseki: {@code geokg serve --allow-update} on an
 * in-memory store, in its own JVM, compared with the same commands on a local TDB2 store.
 */
class RemoteStoreIT {
    @TempDir
    static Path dir;

    private static Process server;
    private static String url;
    private static Path credentials;
    private static Path corpus;

    private record Run(int code, String out, String err) {
    }

    @BeforeAll
    static void startSecondServer() throws Exception {
        credentials = Files.writeString(dir.resolve("creds"), "loader:pa55word\n");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        server = new ProcessBuilder(java, "-Xmx512m", "-cp", classpath, "org.geokg.cli.Main", "serve", "--store", "mem:",
                "--port", Integer.toString(port), "--allow-update", "--credentials-file", credentials.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("server.log").toFile()).start();
        url = "http://127.0.0.1:" + port + "/geokg";
        awaitPing("http://127.0.0.1:" + port + "/$/ping", Duration.ofSeconds(60));

        corpus = dir.resolve("corpus");
        assertThat(geokg("generate", "--articles", "6", "--seed", "5", "-o", corpus.toString()).code()).isZero();
    }

    @AfterAll
    static void stopSecondServer() throws InterruptedException {
        if (server != null) {
            server.destroy();
            server.waitFor();
        }
    }

    @Test
    void loadQueryAndExportWorkAgainstTheRemoteStoreAsAgainstALocalOne() throws Exception {
        String local = dir.resolve("local").toString();
        assertThat(geokg("load", "--store", local, corpus.toString()).code()).isZero();

        Run load = geokg("load", "--store", url, "--store-credentials", credentials.toString(), corpus.toString());
        assertThat(load.code()).as(load.err()).isZero();
        assertThat(load.out()).contains("loaded 6 articles");
        // loading again replaces each graph whole: the same store, every article marked replaced
        Run again = geokg("load", "--store", url, "--store-credentials", credentials.toString(), corpus.toString());
        assertThat(again.out()).contains("synthetic-5-0, ").contains("(replaced)");

        assertThat(geokg("export", "--store", url, "-f", "nq").out())
                .isEqualTo(geokg("export", "--store", local, "-f", "nq").out())
                .contains("<https://w3id.org/geokg/graph/synthetic-5-3>");
        assertThat(geokg("export", "--store", url, "-f", "ttl", "--article", "synthetic-5-2").out())
                .isEqualTo(geokg("export", "--store", local, "-f", "ttl", "--article", "synthetic-5-2").out());

        String holder = "holder=" + SyntheticCorpus.actorName(0);
        Run remoteQuery = geokg("query", "--store", url, "positions-of-holder", "-p", holder, "-f", "csv");
        assertThat(remoteQuery.code()).as(remoteQuery.err()).isZero();
        assertThat(remoteQuery.out().lines().count()).isGreaterThan(1);
        assertThat(remoteQuery.out()).isEqualTo(geokg("query", "--store", local, "positions-of-holder", "-p", holder,
                "-f", "csv").out());
        assertThat(geokg("stats", "--store", url).out()).contains("articles:  6");
    }

    @Test
    void writingWithoutCredentialsIsRefusedWithAStoreError() {
        Run run = geokg("load", "--store", url, corpus.resolve("synthetic-5-1.json").toString());
        assertThat(run.code()).isEqualTo(ExitCodes.STORE);
        assertThat(run.err()).contains("cannot write graph").contains(url);
    }

    @Test
    void aStoreUrlIsRefusedWhereOnlyALocalStoreWorks() {
        Run run = geokg("load", "--bulk", "--store", url, corpus.toString());
        assertThat(run.code()).isEqualTo(ExitCodes.STORE);
        assertThat(run.err()).contains("is a remote server");
    }

    private static Run geokg(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    private static void awaitPing(String ping, Duration limit) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(server.isAlive()).as("second server exited; see server.log").isTrue();
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(ping)).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new AssertionError("second server did not answer " + ping + " within " + limit);
    }

}
