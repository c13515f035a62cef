package org.geokg.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.InfModel;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.reasoner.ReasonerRegistry;
import org.apache.jena.reasoner.ValidityReport;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.geokg.model.PositionKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The ontology against the codebook: the 13 kinds of {@code POSITIONS.md} (read from
 * {@code geokg.shared}) with a definition and cues each, and their PLOVER and CAMEO matches exactly as
 * the codebook's table gives them. Also checks the shapes use only declared geokg terms.
 */
class OntologyTest {
    static final String PLOVER = "https://w3id.org/geokg/plover/";
    static final String CAMEO = "https://w3id.org/geokg/cameo/";
    private static final String ID_NS = "https://w3id.org/geokg/id/";
    private static final Pattern ROW = Pattern.compile(
            "^\\|\\s*`([A-Z]+)`\\s*\\|[^|]*\\|[^|]*\\|\\s*([^|]*?)\\s*\\|\\s*([^|]*?)\\s*\\|\\s*$");

    private static Model ontology;

    /** One codebook row: close PLOVER matches, looser (parenthesised) PLOVER matches, CAMEO codes. */
    record Row(Set<String> plover, Set<String> ploverRelated, Set<String> cameo) {
    }

    @BeforeAll
    static void load() {
        ontology = RDFParser.source(OntologyTest.class.getResourceAsStream("/ontology/geokg.ttl"))
                .lang(Lang.TURTLE).toModel();
    }

    static Map<String, Row> codebook() throws IOException {
        Path file = Path.of(System.getProperty("geokg.shared", "../shared"), "corpus", "POSITIONS.md");
        assertThat(file).as("the codebook (set -Dgeokg.shared)").isRegularFile();
        Map<String, Row> rows = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            Matcher m = ROW.matcher(line);
            if (m.matches()) {
                String plover = m.group(2);
                boolean loose = plover.startsWith("(");
                Set<String> codes = plover.equals("(none)") ? Set.of() : split(plover.replaceAll("[()]", ""), "[A-Z]+");
                rows.put(m.group(1), new Row(loose ? Set.of() : codes, loose ? codes : Set.of(), split(m.group(3), "[0-9]+")));
            }
        }
        return rows;
    }

    /** The codes of a cell such as "SANCTION/COERCE" or "0x/125", keeping only well-formed ones. */
    private static Set<String> split(String cell, String codePattern) {
        return Arrays.stream(cell.split("/")).map(String::strip).filter(c -> c.matches(codePattern)).collect(Collectors.toSet());
    }

    @Test
    void theKindsAreTheCodebooksKinds() throws IOException {
        assertThat(codebook().keySet())
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(PositionKind.values()).map(Enum::name).toList());
        assertThat(ontology.listObjectsOfProperty(GKKind.scheme, SKOS.hasTopConcept).toSet())
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(PositionKind.values()).map(GKKind::of).toList());
    }

    @Test
    void eachKindMatchesPloverAndCameoAsTheCodebookSays() throws IOException {
        for (Map.Entry<String, Row> e : codebook().entrySet()) {
            Resource kind = GKKind.of(PositionKind.valueOf(e.getKey()));
            Row row = e.getValue();
            assertThat(matches(kind, SKOS.closeMatch, PLOVER)).as("PLOVER closeMatch of " + e.getKey()).isEqualTo(row.plover());
            assertThat(matches(kind, SKOS.relatedMatch, PLOVER)).as("PLOVER relatedMatch of " + e.getKey()).isEqualTo(row.ploverRelated());
            assertThat(matches(kind, SKOS.closeMatch, CAMEO)).as("CAMEO closeMatch of " + e.getKey()).isEqualTo(row.cameo());
            assertThat(row.cameo()).as("every kind has a CAMEO code").isNotEmpty();
        }
    }

    @Test
    void eachKindHasLabelDefinitionCuesAndNotation() {
        for (PositionKind k : PositionKind.values()) {
            Resource kind = ontology.getResource(GKKind.of(k).getURI());
            assertThat(kind.getProperty(SKOS.prefLabel)).as("prefLabel of " + k).isNotNull();
            assertThat(kind.getProperty(SKOS.definition)).as("definition of " + k).isNotNull();
            assertThat(kind.getProperty(SKOS.definition).getString().length()).as("definition of " + k).isGreaterThan(30);
            assertThat(kind.listProperties(SKOS.hiddenLabel).toList()).as("cues of " + k).isNotEmpty();
            assertThat(kind.listProperties(SKOS.example).toList()).as("examples of " + k).isNotEmpty();
            assertThat(kind.getProperty(SKOS.notation).getString()).isEqualTo(k.name());
        }
    }

    @Test
    void everyMatchedCodeIsDeclaredInItsScheme() {
        for (PositionKind k : PositionKind.values()) {
            Resource kind = ontology.getResource(GKKind.of(k).getURI());
            for (var p : new org.apache.jena.rdf.model.Property[] {SKOS.closeMatch, SKOS.relatedMatch}) {
                for (RDFNode code : kind.listProperties(p).mapWith(s -> s.getObject()).toList()) {
                    Resource c = code.asResource();
                    String scheme = c.getURI().startsWith(PLOVER) ? PLOVER + "scheme" : CAMEO + "scheme";
                    assertThat(ontology.contains(c, SKOS.inScheme, ontology.getResource(scheme))).as(c + " in its scheme").isTrue();
                    assertThat(c.getProperty(SKOS.notation).getString()).isEqualTo(c.getURI().substring(c.getURI().lastIndexOf('/') + 1));
                }
            }
        }
    }

    @Test
    void theShapesUseOnlyDeclaredGeokgTerms() {
        Graph shapes = RDFParser.source(OntologyTest.class.getResourceAsStream("/ontology/shapes.ttl")).lang(Lang.TURTLE).toGraph();
        Set<String> used = new HashSet<>();
        shapes.find().forEach(t -> {
            for (Node n : new Node[] {t.getSubject(), t.getPredicate(), t.getObject()}) {
                if (n.isURI() && (n.getURI().startsWith(GK.NS) || n.getURI().startsWith(GKKind.NS))) {
                    used.add(n.getURI());
                }
            }
        });
        assertThat(used).hasSizeGreaterThan(40);
        for (String iri : used) {
            assertThat(ontology.getResource(iri).hasProperty(RDF.type)).as(iri + " is declared in geokg.ttl").isTrue();
        }
    }

    @Test
    void theOntologyHasOneHeaderWithAVersion() {
        List<Resource> headers = ontology.listSubjectsWithProperty(RDF.type, OWL2.Ontology).toList();
        assertThat(headers).hasSize(1);
        assertThat(headers.get(0).getURI()).isEqualTo("https://w3id.org/geokg/ontology");
        assertThat(headers.get(0).hasProperty(OWL2.versionInfo)).isTrue();
    }

    @Test
    void theReadmeExampleIsConsistentWithTheOntology() throws IOException {
        String readme = Files.readString(Path.of("ontology", "README.md"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("```turtle\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertThat(m.find()).isTrue();
        Model data = RDFParser.fromString(m.group(1), Lang.TURTLE).toModel();
        InfModel inf = ModelFactory.createInfModel(ReasonerRegistry.getOWLMicroReasoner().bindSchema(ontology), data);
        ValidityReport report = inf.validate();
        assertThat(report.isValid()).as(() -> describe(report)).isTrue();
        // The alignments hold: the holder is a prov:Agent and the article a schema:NewsArticle by inference.
        Resource huawei = inf.getResource(ID_NS + "entity/Q160120");
        assertThat(inf.contains(huawei, RDF.type, inf.getResource("http://www.w3.org/ns/prov#Agent"))).isTrue();
        assertThat(inf.contains(huawei, RDF.type, inf.getResource("http://www.w3.org/ns/org#Organization"))).isTrue();
    }

    @Test
    void aSpanStartThatIsNotANumberIsInconsistent() {
        Model data = RDFParser.fromString("""
                @prefix gk: <https://w3id.org/geokg/ontology#> .
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                <https://w3id.org/geokg/id/article/x/span/1-2> gk:start "one" .
                """, Lang.TURTLE).toModel();
        InfModel inf = ModelFactory.createInfModel(ReasonerRegistry.getOWLMicroReasoner().bindSchema(ontology), data);
        assertThat(inf.validate().isValid()).isFalse();
    }

    private static String describe(ValidityReport report) {
        StringBuilder sb = new StringBuilder();
        report.getReports().forEachRemaining(r -> sb.append(r).append('\n'));
        return sb.toString();
    }

    private static Set<String> matches(Resource kind, org.apache.jena.rdf.model.Property p, String ns) {
        return ontology.listObjectsOfProperty(ontology.getResource(kind.getURI()), p).toList().stream()
                .map(n -> n.asResource().getURI())
                .filter(u -> u.startsWith(ns))
                .map(u -> u.substring(ns.length()))
                .collect(Collectors.toSet());
    }
}
