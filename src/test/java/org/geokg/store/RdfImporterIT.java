package org.geokg.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.geokg.TestArticles;
import org.geokg.rdf.ArticleMapper;
import org.geokg.rdf.GK;
import org.geokg.rdf.Iris;
import org.geokg.validate.ShaclValidator;
import org.geokg.validate.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An RDF file whose article graph breaks an actor-type constraint (the ones the load path checks
 * in Java, not with SHACL) is refused whole by the load path, with the same message as full
 * SHACL gives, and nothing of the file is written.
 */
class RdfImporterIT {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "an actor also typed {0}")
    @ValueSource(strings = {"Government", "Country"})
    void aFileWithAnActorOfTwoTypesOrTypedCountryIsRefusedWhole(String extraType) throws Exception {
        ArticleMapper mapper = new ArticleMapper();
        DatasetGraph file = DatasetGraphFactory.createGeneral();
        file.addGraph(Iris.articleGraph("ok1"), mapper.toGraph(TestArticles.washingtonBansFirm("ok1", "Zenith Chips", "US")));
        Graph bad = mapper.toGraph(TestArticles.washingtonBansFirm("bad1", "Acme Semiconductors", "Washington"));
        Node firm = bad.find(Node.ANY, RDF.type.asNode(), GK.Company.asNode()).next().getSubject();
        bad.add(firm, RDF.type.asNode(), (extraType.equals("Country") ? GK.Country : GK.Government).asNode());
        file.addGraph(Iris.articleGraph("bad1"), bad);
        Path trig = dir.resolve("two-articles.trig");
        try (OutputStream out = Files.newOutputStream(trig)) {
            RDFDataMgr.write(out, file, Lang.TRIG);
        }
        String expected = extraType.equals("Country")
                ? "rdf:type = gk:Country: A country is a place, not an actor"
                : "rdf:type: An actor must have exactly one actor type";

        String full = messageOf(() -> ShaclValidator.standard().check(bad, "bad1"));
        try (GeoStore store = GeoStore.tdb2(dir.resolve("db"))) {
            RdfImporter importer = new RdfImporter(new ArticleLoader(store), ShaclValidator.forLoading());
            assertThatThrownBy(() -> importer.load(trig)).isInstanceOf(ValidationException.class)
                    .hasMessage(full)
                    .hasMessageStartingWith("Article bad1 does not fit the shapes (1 problem):")
                    .hasMessageContaining(firm.getURI().replace(Iris.ID, "gkid:") + " " + expected);
            assertThat(store.articleIds()).isEmpty();
        }
    }

    @Test
    void theSameFileWithoutTheBadTypeLoads() throws Exception {
        ArticleMapper mapper = new ArticleMapper();
        DatasetGraph file = DatasetGraphFactory.createGeneral();
        file.addGraph(Iris.articleGraph("ok1"), mapper.toGraph(TestArticles.washingtonBansFirm("ok1", "Zenith Chips", "US")));
        file.addGraph(Iris.articleGraph("ok2"), mapper.toGraph(TestArticles.washingtonBansFirm("ok2", "Acme", "Washington")));
        Path trig = dir.resolve("ok.trig");
        try (OutputStream out = Files.newOutputStream(trig)) {
            RDFDataMgr.write(out, file, Lang.TRIG);
        }
        try (GeoStore store = GeoStore.tdb2(dir.resolve("db"))) {
            new RdfImporter(new ArticleLoader(store), ShaclValidator.forLoading()).load(trig);
            assertThat(store.articleIds()).containsExactlyInAnyOrderElementsOf(List.of("ok1", "ok2"));
        }
    }

    private static String messageOf(Runnable check) {
        try {
            check.run();
        } catch (ValidationException e) {
            return e.getMessage();
        }
        throw new AssertionError("full SHACL accepted a graph it must refuse");
    }
}
