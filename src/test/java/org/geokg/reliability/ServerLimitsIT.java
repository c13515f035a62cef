package org.geokg.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.geokg.server.Credentials;
import org.geokg.server.GeoServer;
import org.geokg.server.ServerOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The server's size limits: a too-large request is refused unread, a too-large SELECT answer is refused
 * before it starts (other answers are cut), and the server goes on.
 */
class ServerLimitsIT {
    private static final String EX = "http://example.org/";
    private static final Node GRAPH = NodeFactory.createURI(EX + "graph/a");
    private static final String COUNT = "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private DatasetGraph dataset;
    private GeoServer server;

    @BeforeEach
    void data() {
        dataset = DatabaseMgr.createDatasetGraph();
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        Txn.executeWrite(dataset, () -> {
            for (int i = 0; i < 2000; i++) {
                dataset.add(new Quad(GRAPH, NodeFactory.createURI(EX + "s/" + i), NodeFactory.createURI(EX + "p"),
                        NodeFactory.createLiteralString("value number " + i)));
            }
        });
        server = GeoServer.start(dataset, ServerOptions.builder().port(0).allowUpdate(true)
                .credentials(new Credentials("editor", "s3cret-pass"))
                .maxRequestBytes(16 * 1024).maxResponseBytes(32 * 1024).build());
    }

    @AfterEach
    void stop() {
        server.close();
        dataset.close();
    }

    @Test
    void aRequestBodyOverTheLimitIsRefusedAndNothingIsWritten() throws Exception {
        URI graph = URI.create(server.graphStoreURL() + "?graph=" + URLEncoder.encode(EX + "graph/big", StandardCharsets.UTF_8));
        String turtle = ("<" + EX + "s> <" + EX + "p> \"" + "x".repeat(100) + "\" .\n").repeat(1000);
        // A refused request's connection is closed by Jetty: send it on a client of its own so the
        // requests after it do not reuse that connection.
        HttpResponse<String> put = HttpClient.newHttpClient().send(HttpRequest.newBuilder(graph).header("Authorization", basic())
                .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString(turtle)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(put.statusCode()).isEqualTo(413);
        assertThat(count()).isEqualTo(2000);

        HttpResponse<String> small = http.send(HttpRequest.newBuilder(graph).header("Authorization", basic())
                .header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString(turtle.substring(0, turtle.indexOf('\n') + 1))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(small.statusCode()).isBetween(200, 299);
        assertThat(count()).isEqualTo(2001);
    }

    @Test
    void anUpdateWithWrongCredentialsIsRefusedAndTheDataIsUnchanged() throws Exception {
        HttpResponse<String> wrong = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.updateURL()))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("editor:guess".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString("DROP ALL")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(count()).isEqualTo(2000);
    }

    @Test
    void aSelectAnswerOverTheLimitIsRefusedBeforeItsFirstByteAndTheServerKeepsAnswering() throws Exception {
        // about 200 KB as SPARQL JSON against a 32 KB limit: refused whole, not a 200 cut short
        HttpResponse<String> r = query("SELECT * { ?s ?p ?o }");
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("larger than the server's response limit").doesNotContain("bindings");
        assertThat(count()).isEqualTo(2000);
    }

    @Test
    void aConstructAnswerOverTheLimitIsCutAndTheServerKeepsAnswering() throws Exception {
        boolean cut;
        try {
            HttpResponse<String> r = query("CONSTRUCT WHERE { ?s ?p ?o }");
            // either an error status or a body that stops short of the full answer (about 200 KB)
            cut = r.statusCode() >= 400 || r.body().length() <= 32 * 1024;
        } catch (IOException aborted) {
            cut = true;
        }
        assertThat(cut).isTrue();
        assertThat(count()).isEqualTo(2000);
    }

    private long count() throws IOException, InterruptedException {
        HttpResponse<String> r = query(COUNT);
        assertThat(r.statusCode()).isEqualTo(200);
        String body = r.body();
        int at = body.indexOf("\"value\"");
        String v = body.substring(body.indexOf('"', body.indexOf(':', at) + 1) + 1);
        return Long.parseLong(v.substring(0, v.indexOf('"')));
    }

    private HttpResponse<String> query(String sparql) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(server.queryURL() + "?query="
                + URLEncoder.encode(sparql, StandardCharsets.UTF_8))).header("Accept", "application/sparql-results+json")
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic() {
        return "Basic " + Base64.getEncoder().encodeToString("editor:s3cret-pass".getBytes(StandardCharsets.UTF_8));
    }
}
