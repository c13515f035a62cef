package org.geokg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.geokg.GeoKgException;
import org.geokg.TestArticles;
import org.geokg.bench.SyntheticCorpus;
import org.geokg.model.Article;
import org.geokg.model.Entity;
import org.geokg.model.EntityType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Bulk loading ends with exactly the store that loading the same articles one by one gives. */
class BulkLoaderIT {
    @TempDir
    Path dir;

    private static final SyntheticCorpus CORPUS = new SyntheticCorpus(7, 500);
    private static final List<Article> EARLIER = new ArrayList<>();
    private static final List<Article> BATCH = new ArrayList<>();
    private static DatasetGraph expected;
    private static List<String> expectedIds;

    /** The store that loading one by one gives: the first ten articles, then the batch. */
    @BeforeAll
    static void loadOneByOne() {
        for (int i = 0; i < 10; i++) {
            EARLIER.add(CORPUS.article(i));
        }
        for (int i = 5; i < 200; i++) {
            BATCH.add(CORPUS.article(i));
        }
        // Repeated ids with other content: in the input itself (in one batch and across batches) and of
        // articles already in the store. The last one of each id must win.
        BATCH.add(20, renamed(CORPUS.article(300), "synthetic-7-12"));
        BATCH.add(renamed(CORPUS.article(301), "synthetic-7-150"));
        BATCH.add(renamed(CORPUS.article(302), "synthetic-7-1"));
        BATCH.add(90, invalid("synthetic-7-2"));
        try (GeoStore oneByOne = GeoStore.inMemory()) {
            ArticleLoader single = new ArticleLoader(oneByOne);
            EARLIER.forEach(single::load);
            for (Article a : BATCH) {
                try {
                    single.load(a);
                } catch (GeoKgException e) {
                    // the invalid article: not written, as in the bulk load
                }
            }
            expected = snapshot(oneByOne);
            expectedIds = oneByOne.articleIds();
        }
    }

    /** Batches of 64 hold every replacement until the loader run ends; batches of 3 end runs early, again and again. */
    @ParameterizedTest
    @CsvSource({"PHASED, 64", "PARALLEL, 64", "TRANSACTION, 64", "PHASED, 3"})
    void bulkAndOneByOneLoadingGiveIsomorphicStores(BulkLoader.Method method, int batch) {
        List<String> failures = new ArrayList<>();
        List<BulkLoader.Progress> progress = new ArrayList<>();
        BulkLoader.Result result;
        try (GeoStore bulk = GeoStore.tdb2(dir.resolve("bulk"))) {
            EARLIER.forEach(new ArticleLoader(bulk)::load);
            result = new BulkLoader(bulk, 2, batch, method).load(inputs(BATCH), new BulkLoader.Listener() {
                @Override
                public void progress(BulkLoader.Progress p) {
                    progress.add(p);
                }

                @Override
                public void failed(String label, GeoKgException error) {
                    failures.add(label + ": " + error.getMessage());
                }
            });
            assertThat(IsoMatcher.isomorphic(expected, snapshot(bulk))).isTrue();
            assertThat(bulk.articleIds()).isEqualTo(expectedIds);
        }
        assertThat(progress).hasSizeGreaterThan(2);
        assertThat(progress.get(progress.size() - 1).done()).isEqualTo(BATCH.size());
        assertThat(progress.get(0).eta()).isPositive();
        assertThat(failures).singleElement().asString().startsWith("article 90: ").contains("synthetic-7-2");
        assertThat(result.failed()).isEqualTo(1);
        // every input but the invalid one; replaced: 5..9 and 1 were in the store, 12 and 150 come twice
        assertThat(result.loaded()).isEqualTo(BATCH.size() - 1);
        assertThat(result.replaced()).isEqualTo(5 + 1 + 1 + 1);
    }

    @ParameterizedTest
    @EnumSource(BulkLoader.Method.class)
    void anArticleThatFailsTheShapesIsRefusedAndNothingOfItIsWritten(BulkLoader.Method method) {
        List<String> failures = new ArrayList<>();
        try (GeoStore store = GeoStore.tdb2(dir.resolve("refused"))) {
            BulkLoader.Result result = new BulkLoader(store, 2, 64, method).load(inputs(List.of(invalid("bad-1"))),
                    new BulkLoader.Listener() {
                        @Override
                        public void progress(BulkLoader.Progress p) {
                        }

                        @Override
                        public void failed(String label, GeoKgException error) {
                            failures.add(error.getMessage());
                        }
                    });
            assertThat(result.failed()).isEqualTo(1);
            assertThat(result.loaded()).isZero();
            assertThat(failures).singleElement().asString().contains("bad-1").contains("does not fit the shapes");
            assertThat(Txn.calculateRead(store.datasetGraph(), () -> store.datasetGraph().find().hasNext())).isFalse();
        }
    }

    private static List<BulkLoader.Input> inputs(List<Article> articles) {
        List<BulkLoader.Input> inputs = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            Article a = articles.get(i);
            inputs.add(new BulkLoader.Input("article " + i, () -> a));
        }
        return inputs;
    }

    private static Article renamed(Article a, String id) {
        return new Article(id, a.url(), a.title(), a.publisher(), a.published(), a.language(), a.text(),
                a.provenance(), a.entities(), a.positions());
    }

    /** A position holder typed as a Country is not an actor: the shapes refuse it. */
    private static Article invalid(String id) {
        Article bad = TestArticles.washingtonBansFirm(id, "Acme", "Washington");
        Entity countryHolder = new Entity("us", "Washington", EntityType.Country, List.of(), null, null,
                List.of(), List.of(), List.of());
        return new Article(id, null, bad.title(), null, null, "en", null, null,
                List.of(countryHolder, bad.entities().get(1)), bad.positions());
    }

    private static DatasetGraph snapshot(GeoStore store) {
        return Txn.calculateRead(store.datasetGraph(), () -> {
            DatasetGraph copy = DatasetGraphFactory.createGeneral();
            store.datasetGraph().find().forEachRemaining(copy::add);
            return copy;
        });
    }
}
