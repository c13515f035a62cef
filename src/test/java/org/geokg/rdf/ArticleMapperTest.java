package org.geokg.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.geokg.TestArticles;
import org.geokg.input.ArticleReader;
import org.geokg.model.Article;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden-file tests of the mapping: each folder under src/test/resources/mapping holds an
 * input.json and the expected.ttl it must map to, compared as graphs (isomorphism), never as
 * text. Run with -Dgeokg.regenerate=true to rewrite the expected files after a deliberate change.
 */
class ArticleMapperTest {
    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(TestArticles.resource("mapping"))) {
            return dirs.map(d -> d.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void mapsArticleToExpectedGraph(String name) throws IOException {
        Path dir = TestArticles.resource("mapping/" + name);
        Article article = ArticleReader.read(dir.resolve("input.json"));
        Graph actual = new ArticleMapper().toGraph(article);
        Path expectedFile = dir.resolve("expected.ttl");
        if (Boolean.getBoolean("geokg.regenerate")) {
            Path source = Path.of("src/test/resources/mapping", name, "expected.ttl");
            try (OutputStream os = Files.newOutputStream(source)) {
                actual.getPrefixMapping().setNsPrefixes(Prefixes.standard());
                RDFDataMgr.write(os, actual, RDFFormat.TURTLE_PRETTY);
            }
            return;
        }
        Graph expected = RDFDataMgr.loadGraph(expectedFile.toString());
        assertThat(actual.isIsomorphicWith(expected))
                .withFailMessage(() -> "mapping of " + name + " differs from expected.ttl; got:\n" + turtle(actual))
                .isTrue();
    }

    private static String turtle(Graph g) {
        var out = new java.io.ByteArrayOutputStream();
        g.getPrefixMapping().setNsPrefixes(Prefixes.standard());
        RDFDataMgr.write(out, g, RDFFormat.TURTLE_PRETTY);
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
