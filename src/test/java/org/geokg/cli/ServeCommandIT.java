package org.geokg.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.geokg.server.ServerException;
import org.geokg.server.ServerOptions;
import org.geokg.store.GeoStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code geokg serve} run in-process over a TDB2 store in a temporary directory. */
class ServeCommandIT {
    private static final Pattern ENDPOINT = Pattern.compile("SPARQL endpoint: (\\S+)");

    @TempDir
    Path dir;

    @Test
    void servesTheStoreUntilStoppedAndPrintsItsUrls() throws Exception {
        Path db = dir.resolve("db");
        ServeCommand serve = new ServeCommand();
        StringWriter out = new StringWriter();
        CommandLine cl = new CommandLine(serve);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(new StringWriter(), true));

        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(
                () -> cl.execute("--store", db.toString(), "--port", "0", "--timeout", "5"));
        String endpoint = awaitEndpoint(out, exit);

        assertThat(endpoint).matches("http://127\\.0\\.0\\.1:\\d+/geokg/sparql");
        assertThat(out.toString()).contains("query UI:        http://127.0.0.1:").contains("/ui/")
                .contains("updates:         off").contains("query timeout:   5.0 s");
        HttpResponse<String> resp = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(endpoint + "?query="
                        + URLEncoder.encode("ASK { ?s ?p ?o }", StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(resp.statusCode()).isEqualTo(200);
        assertThat(resp.body()).contains("\"boolean\" : false");

        serve.stopRequested.countDown();
        assertThat(exit.get(30, TimeUnit.SECONDS)).isZero();
        assertThat(out.toString()).contains("stopped");
        // The store was closed and released: it opens again in this JVM.
        try (GeoStore again = GeoStore.tdb2(db)) {
            assertThat(again.articleIds()).isEmpty();
        }
    }

    @Test
    void updatesTakeCredentialsFromAFileOrTheEnvironmentAndNeverWithout() throws Exception {
        Path creds = Files.writeString(dir.resolve("creds"), "editor:s3cret\n");

        ServerOptions fromFile = parse("--allow-update", "--credentials-file", creds.toString()).options();
        assertThat(fromFile.credentials()).hasValueSatisfying(c -> assertThat(c.user()).isEqualTo("editor"));

        ServeCommand fromEnv = parse("--allow-update");
        fromEnv.environment = Map.of(ServeCommand.ENV_USER, "envuser", ServeCommand.ENV_PASSWORD, "pw")::get;
        assertThat(fromEnv.options().credentials()).hasValueSatisfying(c -> assertThat(c.user()).isEqualTo("envuser"));

        ServeCommand none = parse("--allow-update");
        none.environment = name -> null;
        assertThatThrownBy(none::options).isInstanceOf(ServerException.class).hasMessageContaining("--credentials-file");
        assertThatThrownBy(() -> parse("--credentials-file", creds.toString()).options())
                .hasMessageContaining("without --allow-update");
    }

    @Test
    void optionsDefaultToLoopbackPort3030ReadOnly() {
        ServerOptions opts = parse().options();

        assertThat(opts).isEqualTo(ServerOptions.defaults());
    }

    private static ServeCommand parse(String... args) {
        ServeCommand serve = new ServeCommand();
        new CommandLine(serve).parseArgs(args);
        return serve;
    }

    private static String awaitEndpoint(StringWriter out, CompletableFuture<Integer> exit) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            // the banner is printed line by line while the test polls: read it only once it is whole
            String printed = out.toString();
            Matcher m = ENDPOINT.matcher(printed);
            if (printed.contains("Press Ctrl-C to stop.") && m.find())
                return m.group(1);
            if (exit.isDone())
                throw new AssertionError("serve ended early with " + exit.get() + ": " + out);
            Thread.sleep(50);
        }
        throw new AssertionError("serve printed no endpoint within 30 s: " + out);
    }
}
