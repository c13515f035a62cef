package org.geokg.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.geokg.TestArticles;
import org.geokg.model.Article;
import org.geokg.model.Entity;
import org.geokg.model.EntityType;
import org.geokg.query.QueryRunner;
import org.geokg.rdf.Iris;
import org.geokg.rdf.Prefixes;
import org.geokg.validate.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading into a real TDB2 store on disk. */
class ArticleLoaderIT {
    @TempDir
    Path dir;

    @Test
    void loadsEachArticleIntoItsOwnGraphAndKeepsItAfterReopening() {
        Article a = TestArticles.read("input/good-minimal.json");
        try (GeoStore store = GeoStore.tdb2(dir.resolve("db"))) {
            LoadResult r = new ArticleLoader(store).load(a);
            assertThat(r.replaced()).isFalse();
            assertThat(r.triples()).isGreaterThan(20);
        }
        try (GeoStore store = GeoStore.tdb2(dir.resolve("db"))) {
            assertThat(store.articleIds()).containsExactly("test-minimal");
            long n = Txn.calculateRead(store.datasetGraph(),
                    () -> store.datasetGraph().getGraph(Iris.articleGraph("test-minimal")).size());
            assertThat(n).isGreaterThan(20);
        }
    }

    @Test
    void loadingTheSameArticleTwiceLeavesTheStoreUnchanged() {
        Article a = TestArticles.read("input/good-minimal.json");
        try (GeoStore store = GeoStore.tdb2(dir.resolve("db"))) {
            ArticleLoader loader = new ArticleLoader(store);
            loader.load(a);
            DatasetGraph before = snapshot(store);
            LoadResult again = loader.load(a);
            assertThat(again.replaced()).isTrue();
            assertThat(IsoMatcher.isomorphic(before, snapshot(store))).isTrue();
        }
    }

    @Test
    void reloadingAChangedArticleReplacesItsGraphWhole() {
        try (GeoStore store = GeoStore.inMemory()) {
            ArticleLoader loader = new ArticleLoader(store);
            loader.load(TestArticles.washingtonBansFirm("a1", "Acme Semiconductors", "Washington"));
            loader.load(TestArticles.washingtonBansFirm("a1", "Zenith Chips", "Washington"));
            List<String> firms = names(store, "SELECT ?n { ?f a gk:Company ; schema:name ?n }");
            assertThat(firms).containsExactly("Zenith Chips");
        }
    }

    @Test
    void anArticleThatFailsTheShapesIsNotWritten() {
        try (GeoStore store = GeoStore.inMemory()) {
            ArticleLoader loader = new ArticleLoader(store);
            loader.load(TestArticles.read("input/good-minimal.json"));
            DatasetGraph before = snapshot(store);
            // A role whose title is blank cannot be built, so break the graph the shapes check instead:
            // a position holder typed as a Country is not an actor.
            Article bad = TestArticles.washingtonBansFirm("a2", "Acme", "Washington");
            Entity countryHolder = new Entity("us", "Washington", EntityType.Country, List.of(), null, null,
                    List.of(), List.of(), List.of());
            Article invalid = new Article(bad.id(), null, bad.title(), null, null, "en", null, null,
                    List.of(countryHolder, bad.entities().get(1)), bad.positions());
            assertThatThrownBy(() -> loader.load(invalid)).isInstanceOf(ValidationException.class)
                    .hasMessageContaining("a2");
            assertThat(IsoMatcher.isomorphic(before, snapshot(store))).isTrue();
        }
    }

    @Test
    void theSameGovernmentUnderDifferentNamesInTwoArticlesIsOneResource() {
        try (GeoStore store = GeoStore.tdb2(dir.resolve("db"))) {
            ArticleLoader loader = new ArticleLoader(store);
            loader.load(TestArticles.washingtonBansFirm("a1", "Acme Semiconductors", "Washington"));
            loader.load(TestArticles.washingtonBansFirm("a2", "Zenith Chips", "the United States"));
            loader.load(TestArticles.washingtonBansFirm("a3", "Orbit Networks", "US"));

            List<String> governments = names(store, "SELECT DISTINCT ?g { ?g a gk:Government }");
            assertThat(governments).containsExactly(Iris.government("US").getURI());
            List<String> labels = names(store,
                    "SELECT ?l { <" + Iris.government("US").getURI() + "> schema:name|skos:altLabel ?l } ORDER BY ?l");
            assertThat(labels).contains("United States", "Washington", "the United States", "US");
        }
    }

    @Test
    void entriesThatNameOneResourceTwiceStillPassTheShapes() {
        try (GeoStore store = GeoStore.inMemory()) {
            LoadResult r = new ArticleLoader(store).load(TestArticles.read("mapping/same-resource-twice/input.json"));
            assertThat(r.triples()).isPositive();
            List<String> flintNames = names(store,
                    "SELECT ?n { <" + Iris.ID + "org/flint> schema:name ?n }");
            assertThat(flintNames).containsExactly("FLINT");
            List<String> fords = names(store, "SELECT ?f { ?f schema:name \"Ford\" } ORDER BY ?f");
            assertThat(fords).containsExactly(Iris.ID + "org/ford", Iris.ID + "person/ford");
        }
    }

    private static DatasetGraph snapshot(GeoStore store) {
        return Txn.calculateRead(store.datasetGraph(), () -> {
            DatasetGraph copy = DatasetGraphFactory.createGeneral();
            store.datasetGraph().find().forEachRemaining(copy::add);
            return copy;
        });
    }

    static List<String> names(GeoStore store, String query) {
        ParameterizedSparqlString pss = new ParameterizedSparqlString(query);
        pss.setNsPrefixes(Prefixes.standard());
        return new QueryRunner(store).select(pss.asQuery()).stream()
                .map(QuerySolution.class::cast)
                .map(r -> {
                    Node n = r.get(r.varNames().next()).asNode();
                    return n.isURI() ? n.getURI() : n.getLiteralLexicalForm();
                })
                .toList();
    }
}
