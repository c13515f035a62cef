package org.geokg.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.geokg.TestArticles;
import org.geokg.store.ArticleLoader;
import org.geokg.store.GeoStore;
import org.geokg.store.RdfImporter;
import org.geokg.validate.ShaclValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExporterIT {
    @TempDir
    Path dir;

    private static void loadSamples(GeoStore store, boolean reversed) {
        ArticleLoader loader = new ArticleLoader(store);
        var a = TestArticles.read("input/good-minimal.json");
        var b = TestArticles.washingtonBansFirm("b1", "Acme Semiconductors", "Washington");
        if (reversed) {
            loader.load(b);
            loader.load(a);
        } else {
            loader.load(a);
            loader.load(b);
        }
    }

    private static String export(GeoStore store, ExportFormat f, String article) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Exporter(store).write(f, article, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void turtleIsByteIdenticalWhateverTheLoadOrder() {
        try (GeoStore one = GeoStore.tdb2(dir.resolve("one")); GeoStore two = GeoStore.inMemory()) {
            loadSamples(one, false);
            loadSamples(two, true);
            String a = export(one, ExportFormat.TTL, null);
            assertThat(a).startsWith("PREFIX").contains("gk:Position");
            assertThat(export(two, ExportFormat.TTL, null)).isEqualTo(a);
        }
    }

    @Test
    void trigAndNquadsExportsLoadBackIntoAnIsomorphicStore() throws Exception {
        for (ExportFormat f : new ExportFormat[] {ExportFormat.TRIG, ExportFormat.NQ}) {
            try (GeoStore source = GeoStore.tdb2(dir.resolve("src-" + f)); GeoStore target = GeoStore.tdb2(dir.resolve("dst-" + f))) {
                loadSamples(source, false);
                Path file = dir.resolve("export." + f.name().toLowerCase());
                Files.writeString(file, export(source, f, null));
                new RdfImporter(new ArticleLoader(target), ShaclValidator.standard()).load(file);
                assertThat(IsoMatcher.isomorphic(copy(source), copy(target))).as(f.name()).isTrue();
                assertThat(target.articleIds()).containsExactly("b1", "test-minimal");
            }
        }
    }

    @Test
    void anExportWithoutLookupKeysImportsWithThemSoNamesAreFoundInAnyCase() throws Exception {
        try (GeoStore source = GeoStore.inMemory(); GeoStore target = GeoStore.tdb2(dir.resolve("dst-keys"))) {
            loadSamples(source, false);
            // an export of a geokg that wrote no keys: the same quads without gk:nameKey and gk:topicKey
            String nq = export(source, ExportFormat.NQ, null).lines()
                    .filter(l -> !l.contains("ontology#nameKey>") && !l.contains("ontology#topicKey>"))
                    .collect(java.util.stream.Collectors.joining("\n", "", "\n"));
            Path file = dir.resolve("old.nq");
            Files.writeString(file, nq);
            new RdfImporter(new ArticleLoader(target), ShaclValidator.standard()).load(file);
            assertThat(IsoMatcher.isomorphic(copy(source), copy(target))).isTrue();
            var rows = new org.geokg.query.QueryRunner(target).select(org.geokg.query.QueryRegistry.standard()
                    .get("positions-of-holder").bind(java.util.Map.of("holder", "WASHINGTON")));
            assertThat(rows).isNotEmpty();
        }
    }

    @Test
    void turtleOfOneArticleHoldsOnlyThatArticle() {
        try (GeoStore store = GeoStore.inMemory()) {
            loadSamples(store, false);
            String ttl = export(store, ExportFormat.TTL, "b1");
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.fromString(ttl, Lang.TURTLE).parse(g);
            Graph expected = Txn.calculateRead(store.datasetGraph(),
                    () -> copyGraph(store.datasetGraph().getGraph(org.geokg.rdf.Iris.articleGraph("b1"))));
            assertThat(g.isIsomorphicWith(expected)).isTrue();
            assertThat(ttl).doesNotContain("Ruritania");
        }
    }

    @Test
    void jsonLdParsesBackToTheSameQuads() {
        try (GeoStore store = GeoStore.inMemory()) {
            loadSamples(store, false);
            String json = export(store, ExportFormat.JSONLD, null);
            DatasetGraph back = DatasetGraphFactory.createGeneral();
            RDFParser.fromString(json, Lang.JSONLD).parse(back);
            assertThat(IsoMatcher.isomorphic(copy(store), back)).isTrue();
        }
    }

    private static Graph copyGraph(Graph g) {
        Graph c = GraphFactory.createDefaultGraph();
        g.find().forEachRemaining(c::add);
        return c;
    }

    private static DatasetGraph copy(GeoStore store) {
        return Txn.calculateRead(store.datasetGraph(), () -> {
            DatasetGraph c = DatasetGraphFactory.createGeneral();
            store.datasetGraph().find().forEachRemaining(c::add);
            return c;
        });
    }
}
