package org.geokg.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The embedded server over real HTTP: union queries, GSP, refusal of writes, auth, timeout, UI. */
class GeoServerIT {

    private static final String EX = "http://example.org/";
    private static final Node GRAPH_A = NodeFactory.createURI(EX + "graph/a");
    private static final Node GRAPH_B = NodeFactory.createURI(EX + "graph/b");
    private static final Node NAME = NodeFactory.createURI("https://schema.org/name");
    private static final String COUNT_NAMES = "SELECT (COUNT(*) AS ?n) { ?s <https://schema.org/name> ?name }";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private DatasetGraph dataset;
    private GeoServer server;

    @BeforeEach
    void twoNamedGraphs() {
        // TDB2 in memory, as GeoStore does on disk: the default graph for queries is the union.
        dataset = DatabaseMgr.createDatasetGraph();
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        Txn.executeWrite(dataset, () -> {
            dataset.add(new Quad(GRAPH_A, node("actor/us-government"), NAME, NodeFactory.createLiteralString("US government")));
            dataset.add(new Quad(GRAPH_B, node("actor/eu"), NAME, NodeFactory.createLiteralString("European Union")));
        });
    }

    @AfterEach
    void stop() {
        if (server != null)
            server.close();
        dataset.close();
    }

    @Test
    void selectWithoutGraphSeesTheUnionOfNamedGraphsAsSparqlJson() throws Exception {
        server = GeoServer.start(dataset, ServerOptions.builder().port(0).build());

        HttpResponse<String> resp = query(server, "SELECT ?name { ?s <https://schema.org/name> ?name } ORDER BY ?name");

        assertThat(resp.statusCode()).isEqualTo(200);
        assertThat(resp.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/sparql-results+json"));
        List<String> names = new ArrayList<>();
        json.readTree(resp.body()).at("/results/bindings").forEach(b -> names.add(b.at("/name/value").asText()));
        assertThat(names).containsExactly("European Union", "US government");
    }

    @Test
    void refusesADatasetWhoseEngineWouldIgnoreTheUnionFlag() {
        DatasetGraph plain = DatasetGraphFactory.createTxnMem();
        plain.getContext().set(TDB2.symUnionDefaultGraph, true);

        assertThatThrownBy(() -> GeoServer.start(plain, ServerOptions.builder().port(0).build()))
                .isInstanceOf(ServerException.class)
                .hasMessageContaining("union default graph").hasMessageContaining("TDB2");
    }

    @Test
    void queryIsAlsoServedAtTheQueryEndpointAndByPost() throws Exception {
        server = GeoServer.start(dataset, ServerOptions.builder().port(0).build());

        HttpResponse<String> resp = send(HttpRequest.newBuilder(URI.create(server.datasetURL() + "/query"))
                .header("Content-Type", "application/sparql-query")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(COUNT_NAMES)));

        assertThat(resp.statusCode()).isEqualTo(200);
        assertThat(countOf(resp)).isEqualTo(2);
    }

    @Test
    void graphStoreGetReturnsOneNamedGraph() throws Exception {
        server = GeoServer.start(dataset, ServerOptions.builder().port(0).build());

        for (String endpoint : List.of("/data", "/get")) {
            HttpResponse<String> resp = send(HttpRequest.newBuilder(URI.create(server.datasetURL() + endpoint
                            + "?graph=" + URLEncoder.encode(GRAPH_A.getURI(), StandardCharsets.UTF_8)))
                    .header("Accept", "application/n-triples").GET());

            assertThat(resp.statusCode()).as(endpoint).isEqualTo(200);
            assertThat(resp.body()).contains("\"US government\"").doesNotContain("European Union");
        }
    }

    @Test
    void writesAreRefusedByDefaultAndTheDataIsUnchanged() throws Exception {
        server = GeoServer.start(dataset, ServerOptions.builder().port(0).build());
        String turtle = "<" + EX + "x> <https://schema.org/name> \"intruder\" .";
        String graphParam = "?graph=" + URLEncoder.encode(EX + "graph/c", StandardCharsets.UTF_8);

        List<HttpResponse<String>> attempts = List.of(
                sendOnNewConnection(HttpRequest.newBuilder(URI.create(server.datasetURL() + "/update"))
                        .header("Content-Type", "application/sparql-update")
                        .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { GRAPH <" + EX + "graph/c> { <" + EX + "x> <https://schema.org/name> \"intruder\" } }"))),
                sendOnNewConnection(HttpRequest.newBuilder(URI.create(server.datasetURL() + "/sparql"))
                        .header("Content-Type", "application/sparql-update")
                        .POST(HttpRequest.BodyPublishers.ofString("CLEAR ALL"))),
                sendOnNewConnection(HttpRequest.newBuilder(URI.create(server.datasetURL()))
                        .header("Content-Type", "application/sparql-update")
                        .POST(HttpRequest.BodyPublishers.ofString("CLEAR ALL"))),
                sendOnNewConnection(HttpRequest.newBuilder(URI.create(server.graphStoreURL() + graphParam))
                        .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString(turtle))),
                sendOnNewConnection(HttpRequest.newBuilder(URI.create(server.graphStoreURL() + graphParam))
                        .header("Content-Type", "text/turtle").POST(HttpRequest.BodyPublishers.ofString(turtle))),
                sendOnNewConnection(HttpRequest.newBuilder(URI.create(server.graphStoreURL() + "?graph="
                        + URLEncoder.encode(GRAPH_A.getURI(), StandardCharsets.UTF_8))).DELETE()),
                sendOnNewConnection(HttpRequest.newBuilder(URI.create(server.serverURL() + "/$/datasets?dbName=other&dbType=mem"))
                        .POST(HttpRequest.BodyPublishers.noBody())));

        for (HttpResponse<String> resp : attempts)
            assertThat(resp.statusCode()).as(resp.request().method() + " " + resp.request().uri()).isBetween(400, 499);
        assertThat(Txn.calculateRead(dataset, () -> dataset.stream().count())).isEqualTo(2);
        assertThat(countOf(query(server, COUNT_NAMES))).isEqualTo(2);
    }

    @Test
    void updateNeedsTheRightPasswordWhenAllowed() throws Exception {
        server = GeoServer.start(dataset, ServerOptions.builder().port(0)
                .allowUpdate(true).credentials(new Credentials("editor", "s3cret-pass")).build());
        String update = "INSERT DATA { GRAPH <" + EX + "graph/c> { <" + EX + "actor/un> <https://schema.org/name> \"United Nations\" } }";

        HttpResponse<String> anonymous = update(server, update, null);
        HttpResponse<String> wrong = update(server, update, basic("editor", "guess"));
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(countOf(query(server, COUNT_NAMES))).isEqualTo(2);

        HttpResponse<String> right = update(server, update, basic("editor", "s3cret-pass"));
        assertThat(right.statusCode()).as("Fuseki answers a successful update with 204 No Content").isEqualTo(204);
        assertThat(countOf(query(server, COUNT_NAMES))).isEqualTo(3);
    }

    @Test
    void graphStoreWriteNeedsLoginWhenUpdatesAreAllowed() throws Exception {
        server = GeoServer.start(dataset, ServerOptions.builder().port(0)
                .allowUpdate(true).credentials(new Credentials("editor", "s3cret-pass")).build());
        URI graphC = URI.create(server.graphStoreURL() + "?graph=" + URLEncoder.encode(EX + "graph/c", StandardCharsets.UTF_8));
        String turtle = "<" + EX + "actor/nato> <https://schema.org/name> \"NATO\" .";

        HttpResponse<String> anonymous = send(HttpRequest.newBuilder(graphC)
                .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString(turtle)));
        assertThat(anonymous.statusCode()).isEqualTo(401);

        HttpResponse<String> put = send(HttpRequest.newBuilder(graphC).header("Authorization", basic("editor", "s3cret-pass"))
                .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString(turtle)));
        assertThat(put.statusCode()).isBetween(200, 299);
        assertThat(countOf(query(server, COUNT_NAMES))).isEqualTo(3);
    }

    @Test
    void timeoutCutsARunawayQueryAndTheServerKeepsAnswering() throws Exception {
        Txn.executeWrite(dataset, () -> {
            for (int i = 0; i < 3000; i++)
                dataset.add(new Quad(GRAPH_A, node("thing/" + i), node("p"), NodeFactory.createLiteralString("v" + i)));
        });
        server = GeoServer.start(dataset, ServerOptions.builder().port(0).queryTimeout(Duration.ofMillis(500)).build());
        // 3000^3 rows: hours of work without the timeout.
        String runaway = "SELECT (COUNT(*) AS ?n) { ?a <" + EX + "p> ?x . ?b <" + EX + "p> ?y . ?c <" + EX + "p> ?z }";

        long start = System.nanoTime();
        HttpResponse<String> cut = query(server, runaway);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(cut.statusCode()).isGreaterThanOrEqualTo(400);
        assertThat(took).as("cut near the 0.5 s timeout, not after the 30 s client timeout").isLessThan(Duration.ofSeconds(20));
        HttpResponse<String> next = query(server, COUNT_NAMES);
        assertThat(next.statusCode()).isEqualTo(200);
        assertThat(countOf(next)).isEqualTo(2);
    }

    @Test
    void bindsToLoopbackByDefault() throws Exception {
        server = GeoServer.start(dataset, ServerOptions.builder().port(0).build());

        assertThat(server.serverURL()).startsWith("http://127.0.0.1:");
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.port()), 2000);
        }
        InetAddress external = externalAddress();
        if (external != null) {
            assertThatThrownBy(() -> {
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress(external, server.port()), 2000);
                }
            }).isInstanceOf(IOException.class);
        }
    }

    @Test
    void uiPageAndItsServerCallsAnswer() throws Exception {
        server = GeoServer.start(dataset, ServerOptions.builder().port(0).build());

        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(server.uiURL())).GET());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        java.util.regex.Matcher script = java.util.regex.Pattern.compile("src=\"\\./(static/[^\"]+\\.js)\"").matcher(page.body());
        assertThat(script.find()).as("index.html names its script").isTrue();
        HttpResponse<String> js = send(HttpRequest.newBuilder(URI.create(server.uiURL() + script.group(1))).GET());
        assertThat(js.statusCode()).isEqualTo(200);
        assertThat(js.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("javascript"));

        // The UI asks the server relative to its own page; those calls must reach Fuseki.
        HttpClient following = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpResponse<String> status = following.send(HttpRequest.newBuilder(URI.create(server.uiURL() + "$/server")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(status.statusCode()).isEqualTo(200);
        JsonNode datasets = json.readTree(status.body()).get("datasets");
        assertThat(datasets.get(0).get("ds.name").asText()).isEqualTo("/geokg");
        assertThat(following.send(HttpRequest.newBuilder(URI.create(server.uiURL() + "$/ping")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        HttpResponse<String> viaUi = following.send(HttpRequest.newBuilder(URI.create(server.uiURL() + "geokg/sparql"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(COUNT_NAMES, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(viaUi.statusCode()).isEqualTo(200);
        assertThat(countOf(viaUi)).isEqualTo(2);
    }

    @Test
    void aTakenPortIsReportedWithTheAddress() throws Exception {
        server = GeoServer.start(dataset, ServerOptions.builder().port(0).build());
        ServerOptions samePort = ServerOptions.builder().port(server.port()).build();

        assertThatThrownBy(() -> GeoServer.start(dataset, samePort).close())
                .isInstanceOf(ServerException.class)
                .hasMessageStartingWith("Cannot listen on 127.0.0.1:" + server.port());
        assertThat(countOf(query(server, COUNT_NAMES))).isEqualTo(2);
    }

    @Test
    void uiRedirectsStayOnThisServer() throws Exception {
        server = GeoServer.start(dataset, ServerOptions.builder().port(0).build());

        HttpResponse<String> resp = send(HttpRequest.newBuilder(URI.create(server.serverURL() + "/ui//example.com/x")).GET());

        assertThat(resp.statusCode()).isNotEqualTo(307);
        assertThat(resp.headers().firstValue("Location")).isEmpty();
    }

    private static Node node(String local) {
        return NodeFactory.createURI(EX + local);
    }

    private HttpResponse<String> query(GeoServer s, String sparql) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(s.queryURL() + "?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json").GET());
    }

    private HttpResponse<String> update(GeoServer s, String update, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(s.updateURL()))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(update));
        if (authorization != null)
            req.header("Authorization", authorization);
        return send(req);
    }

    /**
     * Jetty closes a connection after refusing a request whose body it did not read; a pooled
     * connection reused for the next request would then fail in the client, not in the server.
     */
    private static HttpResponse<String> sendOnNewConnection(HttpRequest.Builder req) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(req.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> send(HttpRequest.Builder req) throws IOException, InterruptedException {
        return http.send(req.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private long countOf(HttpResponse<String> resp) throws IOException {
        return json.readTree(resp.body()).at("/results/bindings/0/n/value").asLong(-1);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** A non-loopback address of this machine, or null if it has none. */
    private static InetAddress externalAddress() throws IOException {
        for (var nif : java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces())) {
            if (!nif.isUp() || nif.isLoopback())
                continue;
            for (var addr : java.util.Collections.list(nif.getInetAddresses())) {
                if (addr instanceof java.net.Inet4Address)
                    return addr;
            }
        }
        return null;
    }
}
