package org.geokg.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.geokg.bench.SyntheticCorpus;
import org.geokg.input.ArticleReader;
import org.geokg.model.Article;
import org.geokg.rdf.ArticleMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The load path's validator ({@link ShaclValidator#forLoading()}: actor-type constraints checked
 * in Java, the rest by SHACL) against full SHACL ({@link ShaclValidator#standard()}): on every
 * shape fixture, on graphs that break each moved constraint, and on valid articles, both give the
 * same results and the same message.
 */
class ShaclValidatorAgreementTest {
    private static final ShaclValidator FULL = ShaclValidator.standard();
    private static final ShaclValidator LOAD = ShaclValidator.forLoading();
    private static final String ACTOR = """
            @prefix gk: <https://w3id.org/geokg/ontology#> .
            @prefix schema: <https://schema.org/> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix ex: <https://example.org/> .
            <https://w3id.org/geokg/id/person/ann-lee> schema:name "Ann Lee" ;
                gk:mentionedIn <https://w3id.org/geokg/id/article/t1> ;
            """;

    @Test
    void theLoadPathMovesOnlyTheActorTypeConstraintsAndThePublishedShapesKeepThem() {
        assertThat(FULL.directlyChecked()).isZero();
        assertThat(LOAD.directlyChecked()).isEqualTo(2);
        Graph published = RDFParser.source(ShaclValidator.class.getResourceAsStream(ShaclValidator.SHAPES_RESOURCE))
                .lang(Lang.TURTLE).toGraph();
        ShapesSplit.Result split = ShapesSplit.split(published);
        assertThat(split.direct()).extracting(DirectConstraint::kind)
                .containsExactlyInAnyOrder(DirectConstraint.Kind.QUALIFIED_IN, DirectConstraint.Kind.NOT_IN);
        assertThat(split.direct()).extracting(DirectConstraint::path).containsOnly(RDF.type.asNode());
        // the split works on a copy: the published graph still has both, the SHACL half neither
        assertThat(published.contains(Node.ANY, SHACL.qualifiedValueShape, Node.ANY)).isTrue();
        assertThat(published.contains(Node.ANY, SHACL.not, Node.ANY)).isTrue();
        assertThat(split.shaclShapes().contains(Node.ANY, SHACL.qualifiedValueShape, Node.ANY)).isFalse();
        assertThat(split.shaclShapes().contains(Node.ANY, SHACL.not, Node.ANY)).isFalse();
        assertThat(split.shaclShapes().size()).isLessThan(published.size());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "sh:targetClass ex:C ; sh:property [ sh:path ex:p ; sh:not [ sh:in ( ex:X ) ] ; sh:maxCount 1 ; sh:message \"m\" ] .",
        "sh:targetNode ex:n ; sh:property [ sh:path ex:p ; sh:not [ sh:in ( ex:X ) ] ; sh:message \"m\" ] .",
        "sh:targetClass ex:C ; sh:property [ sh:path ex:p ; sh:not [ sh:class ex:X ] ; sh:message \"m\" ] .",
        "sh:targetClass ex:C ; sh:property [ sh:path ( ex:p ex:q ) ; sh:not [ sh:in ( ex:X ) ] ; sh:message \"m\" ] .",
        "sh:targetClass ex:C ; sh:property [ sh:path ex:p ; sh:qualifiedValueShape [ sh:in ( ex:X ) ] ; "
                + "sh:qualifiedMinCount 1 ; sh:qualifiedValueShapesDisjoint true ; sh:message \"m\" ] ."
    })
    void aPropertyShapeWithAnythingMoreStaysWithShacl(String shape) {
        Graph shapes = RDFParser.fromString("""
                @prefix sh: <http://www.w3.org/ns/shacl#> .
                @prefix ex: <https://example.org/> .
                ex:S a sh:NodeShape ;
                """ + shape, Lang.TURTLE).toGraph();
        ShapesSplit.Result split = ShapesSplit.split(shapes);
        assertThat(split.direct()).isEmpty();
        assertThat(split.shaclShapes().isIsomorphicWith(shapes)).isTrue();
    }

    @Test
    void aPlainValueListMovesAndIsCheckedInJava() {
        Graph shapes = RDFParser.fromString("""
                @prefix sh: <http://www.w3.org/ns/shacl#> .
                @prefix ex: <https://example.org/> .
                ex:S a sh:NodeShape ; sh:targetClass ex:C ;
                    sh:property [ sh:path ex:p ; sh:not [ sh:in ( ex:X ex:Y ) ] ; sh:message "no X or Y" ] .
                """, Lang.TURTLE).toGraph();
        ShaclValidator v = ShaclValidator.splitting(shapes);
        assertThat(v.directlyChecked()).isEqualTo(1);
        Graph data = RDFParser.fromString("""
                @prefix ex: <https://example.org/> .
                ex:a a ex:C ; ex:p ex:Y, ex:Z .
                ex:b a ex:D ; ex:p ex:X .
                """, Lang.TURTLE).toGraph();
        assertThat(lines(v.validate(data))).isEqualTo(lines(new ShaclValidator(shapes).validate(data)))
                .singleElement().asString().contains("https://example.org/Y").endsWith("no X or Y");
    }

    static Stream<Path> fixtures() throws Exception {
        return ShapesTest.fixtures();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void everyFixtureGetsTheSameResultsFromBoth(Path fixture) throws Exception {
        assertSameAnswer(graph(Files.readString(fixture)));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "a gk:Person, gk:Company, gk:Actor .",
        "a gk:Actor .",
        "a gk:Person, gk:Actor, gk:Country .",
        "a gk:Country, gk:Actor .",
        "a ex:Minister, gk:Actor . ex:Minister rdfs:subClassOf gk:Person .",
        "a ex:Minister, gk:Actor . ex:Minister rdfs:subClassOf ex:Official . ex:Official rdfs:subClassOf gk:Person ."
    })
    void anActorBreakingAnActorTypeConstraintIsRefusedByBoth(String types) throws Exception {
        Graph g = graph(ACTOR + types);
        String message = assertSameAnswer(g);
        assertThat(message).startsWith("Article t1 does not fit the shapes")
                .containsPattern("gkid:person/ann-lee rdf:type( = gk:Country)?: (An actor must have exactly one actor type"
                        + "|A country is a place, not an actor)");
    }

    @Test
    void theMessagesNameTheResourceThePropertyAndTheValue() throws Exception {
        String message = assertSameAnswer(graph(ACTOR + "a gk:Person, gk:Company, gk:Actor, gk:Country ."));
        assertThat(message).contains("(2 problems)")
                .contains("gkid:person/ann-lee rdf:type: An actor must have exactly one actor type")
                .contains("gkid:person/ann-lee rdf:type = gk:Country: A country is a place, not an actor");
    }

    @Test
    void theExampleArticlesPassBoth() throws IOException {
        List<Path> examples;
        try (Stream<Path> s = Files.list(Path.of("examples"))) {
            examples = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(examples).isNotEmpty();
        ArticleMapper mapper = new ArticleMapper();
        for (Path p : examples) {
            Article a = ArticleReader.read(p);
            assertThat(assertSameAnswer(mapper.toGraph(a))).as(p.toString()).isNull();
        }
    }

    @Test
    void generatedArticlesPassBoth() {
        SyntheticCorpus corpus = new SyntheticCorpus(7, 200);
        ArticleMapper mapper = new ArticleMapper();
        for (int i = 0; i < 20; i++) {
            assertThat(assertSameAnswer(mapper.toGraph(corpus.article(i)))).isNull();
        }
    }

    /**
     * Checks that both validators report the same results and throw the same message (or both
     * pass), and returns that message, or null when the graph passes.
     */
    private static String assertSameAnswer(Graph g) {
        assertThat(lines(LOAD.validate(g))).isEqualTo(lines(FULL.validate(g)));
        String full = messageOf(FULL, g);
        String load = messageOf(LOAD, g);
        assertThat(load).isEqualTo(full);
        return full;
    }

    private static String messageOf(ShaclValidator v, Graph g) {
        try {
            v.check(g, "t1");
            return null;
        } catch (ValidationException e) {
            return e.getMessage();
        }
    }

    private static List<String> lines(ValidationReport report) {
        List<String> lines = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            lines.add(e.focusNode() + " " + e.resultPath() + " " + e.value() + " " + e.severity().level() + " "
                    + e.sourceConstraintComponent() + " " + e.message());
        }
        lines.sort(null);
        return lines;
    }

    private static Graph graph(String extra) throws Exception {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(Path.of(ShaclValidatorAgreementTest.class.getResource("/shapes/base.ttl").toURI())).parse(g);
        RDFParser.fromString(extra, Lang.TURTLE).parse(g);
        return g;
    }
}
