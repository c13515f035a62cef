package org.geokg.server;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.resultset.ResultSetCompare;
import org.geokg.input.ArticleReader;
import org.geokg.query.QueryRegistry;
import org.geokg.query.QueryRunner;
import org.geokg.query.ResultFormat;
import org.geokg.store.ArticleLoader;
import org.geokg.store.GeoStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The who-opposes question asked of the examples two ways: through geokg's query runner
 * in-process and over real HTTP at the Fuseki endpoint. Both must give the same SPARQL JSON
 * answer, and it must name the seed story's opponents of Huawei.
 */
class SameAnswerOverHttpIT {
    @TempDir
    Path dir;

    @Test
    void whoOpposesHuaweiIsTheSameInProcessAndOverHttp() throws Exception {
        try (GeoStore store = GeoStore.tdb2(dir.resolve("db"))) {
            ArticleLoader loader = new ArticleLoader(store);
            try (Stream<Path> examples = Files.list(Path.of("examples"))) {
                examples.filter(p -> p.toString().endsWith(".json")).sorted()
                        .forEach(p -> loader.load(ArticleReader.read(p)));
            }
            Query query = QueryRegistry.standard().get("who-opposes").bind(Map.of("target", "Huawei"));

            ByteArrayOutputStream local = new ByteArrayOutputStream();
            new QueryRunner(store).write(query, ResultFormat.JSON, local);

            String remote;
            try (GeoServer server = GeoServer.start(store.datasetGraph(), ServerOptions.builder().port(0).build())) {
                HttpRequest req = HttpRequest.newBuilder(URI.create(server.queryURL()))
                        .header("Accept", "application/sparql-results+json")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "query=" + URLEncoder.encode(query.serialize(), StandardCharsets.UTF_8)))
                        .build();
                HttpResponse<String> resp = HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofString());
                assertThat(resp.statusCode()).isEqualTo(200);
                remote = resp.body();
            }

            ResultSetRewindable a = parse(local.toString(StandardCharsets.UTF_8));
            ResultSetRewindable b = parse(remote);
            assertThat(ResultSetCompare.equalsByTerm(a, b)).as("same rows in-process and over HTTP").isTrue();
            a.reset();
            StringBuilder holders = new StringBuilder();
            a.forEachRemaining(row -> holders.append(row.get("holder_name")).append('\n'));
            assertThat(holders.toString()).contains("United States", "Mike Pompeo", "Australia", "Japan", "New Zealand");
        }
    }

    private static ResultSetRewindable parse(String json) {
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
        return ResultSetFactory.makeRewindable(rs);
    }
}
