package org.geokg.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.geokg.rdf.GK;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every shape against its fixtures in {@code src/test/resources/shapes}: each fixture is added to
 * {@code base.ttl} (a small valid article graph); {@code *-valid.ttl} must pass, and
 * {@code *-bad-*.ttl} must fail with only the message its first line names ({@code # expect: ...}).
 */
class ShapesTest {
    private static final String EXPECT = "# expect: ";

    static Stream<Path> fixtures() throws IOException, URISyntaxException {
        Path dir = Path.of(ShapesTest.class.getResource("/shapes/base.ttl").toURI()).getParent();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().matches(".+-(valid|bad)(-.+)?\\.ttl")).sorted().toList();
        }
        assertThat(files).as("shape fixtures").hasSizeGreaterThan(20);
        return files.stream();
    }

    @Test
    void everyShapeHasAValidAndABadFixture() throws Exception {
        Graph shapes = RDFParser.source(ShapesTest.class.getResourceAsStream(ShaclValidator.SHAPES_RESOURCE)).lang(Lang.TURTLE).toGraph();
        List<String> names = fixtures().map(p -> p.getFileName().toString()).toList();
        List<Node> shapeNodes = shapes.find(Node.ANY, RDF.type.asNode(), SHACL.NodeShape).mapWith(Triple::getSubject)
                .filterKeep(Node::isURI).toList();
        assertThat(shapeNodes).hasSizeGreaterThanOrEqualTo(12);
        for (Node shape : shapeNodes) {
            String prefix = shape.getLocalName().replaceFirst("Shape$", "").toLowerCase(java.util.Locale.ROOT);
            assertThat(names).as("fixtures for " + shape.getLocalName())
                    .anyMatch(n -> n.startsWith(prefix + "-valid"))
                    .anyMatch(n -> n.startsWith(prefix + "-bad-"));
        }
    }

    @Test
    void baseGraphPasses() throws Exception {
        ShaclValidator.standard().check(graph(), "base");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void fixtureFailsOnlyWithItsMessage(Path fixture) throws Exception {
        String name = fixture.getFileName().toString();
        String first = Files.readAllLines(fixture, StandardCharsets.UTF_8).get(0);
        assertThat(first).as("first line of " + name).startsWith(EXPECT);
        String expected = first.substring(EXPECT.length()).strip();
        Graph g = graph(fixture);
        if (name.contains("-valid")) {
            assertThat(expected).isEqualTo("valid");
            ValidationReport report = ShaclValidator.standard().validate(g);
            assertThat(report.getEntries()).extracting(ReportEntry::message).isEmpty();
        } else {
            assertThatThrownBy(() -> ShaclValidator.standard().check(g, "t1"))
                    .isInstanceOf(ValidationException.class)
                    .hasMessageContaining(expected)
                    .satisfies(ex -> assertThat(((ValidationException) ex).getReport().getEntries())
                            .extracting(ReportEntry::message)
                            .isNotEmpty()
                            .allSatisfy(m -> assertThat(m).startsWith(expected)));
        }
    }

    @Test
    void messageNamesTheResourceAndPropertyWithPrefixes() throws Exception {
        Path bad = Path.of(ShapesTest.class.getResource("/shapes/position-bad-two-targets.ttl").toURI());
        Graph g = graph(bad);
        assertThatThrownBy(() -> ShaclValidator.standard().check(g, "t1"))
                .isInstanceOf(ValidationException.class)
                .hasMessageStartingWith("Article t1 does not fit the shapes (1 problem):")
                .hasMessageContaining("gkid:article/t1/position/1 gk:target: A position may have at most one target");
    }

    @Test
    void warningsDoNotFailTheCheck() throws Exception {
        Graph g = graph();
        RDFParser.fromString("""
                @prefix gk: <https://w3id.org/geokg/ontology#> .
                @prefix schema: <https://schema.org/> .
                <https://w3id.org/geokg/id/government/XX> a gk:Government, gk:Actor ;
                    schema:name "Ruritania" ;
                    gk:mentionedIn <https://w3id.org/geokg/id/article/t1> .
                """, Lang.TURTLE).parse(g);
        ShaclValidator.standard().check(g, "t1");
        assertThat(ShaclValidator.standard().validate(g).getEntries())
                .extracting(ReportEntry::message)
                .singleElement().asString().contains("not linked to the country it governs");
    }

    @Test
    void theReadmeExampleIsAValidArticleGraph() throws IOException {
        String readme = Files.readString(Path.of("ontology", "README.md"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("```turtle\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertThat(m.find()).as("a ```turtle block in ontology/README.md").isTrue();
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(m.group(1), Lang.TURTLE).parse(g);
        assertThat(g.size()).isGreaterThan(60);
        ShaclValidator.standard().check(g, "example-no-spy");
        assertThat(ShaclValidator.standard().validate(g).conforms()).isTrue();

        // The example's offsets must really point into its own text.
        String text = g.find(Node.ANY, SchemaDO.text.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm();
        List<Triple> starts = g.find(Node.ANY, GK.start.asNode(), Node.ANY).toList();
        assertThat(starts).hasSize(7);
        for (Triple t : starts) {
            int start = Integer.parseInt(t.getObject().getLiteralLexicalForm());
            int end = Integer.parseInt(g.find(t.getSubject(), GK.end.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm());
            String covered = g.find(t.getSubject(), GK.text.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm();
            assertThat(text.substring(start, end)).as("text of " + t.getSubject()).isEqualTo(covered);
        }
    }

    private static Graph graph(Path... extra) throws Exception {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(Path.of(ShapesTest.class.getResource("/shapes/base.ttl").toURI())).parse(g);
        for (Path p : extra) {
            RDFParser.source(p).parse(g);
        }
        return g;
    }
}
