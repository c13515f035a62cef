package org.geokg.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.geokg.model.Article;
import org.geokg.store.ArticleLoader;
import org.geokg.store.GeoStore;

/**
 * Measures loading generated articles one by one (map, SHACL check, one write transaction each)
 * into a fresh TDB2 store on disk, and prints articles/s, triples/s and heap used. A benchmark,
 * not a test: it asserts nothing.
 */
public final class LoadBenchmark {
    private final int articles;
    private final long seed;
    private final Path dir;

    public LoadBenchmark(int articles, long seed, Path dir) {
        this.articles = articles;
        this.seed = seed;
        this.dir = dir;
    }

    public void run(PrintWriter out) throws IOException {
        SyntheticCorpus corpus = new SyntheticCorpus(seed, 20_000);
        Article[] batch = new Article[articles];
        for (int i = 0; i < articles; i++) {
            batch[i] = corpus.article(i);
        }
        deleteRecursively(dir);
        long triples = 0;
        Runtime rt = Runtime.getRuntime();
        long t0 = System.nanoTime();
        try (GeoStore store = GeoStore.tdb2(dir)) {
            ArticleLoader loader = new ArticleLoader(store);
            int warm = Math.min(50, articles / 10);
            for (int i = 0; i < articles; i++) {
                if (i == warm) {
                    t0 = System.nanoTime();
                    triples = 0;
                }
                triples += loader.load(batch[i]).triples();
            }
            double secs = (System.nanoTime() - t0) / 1e9;
            int measured = articles - warm;
            long heapMb = (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
            out.printf("load benchmark: %d generated articles (first %d as warm-up), one transaction each, TDB2 at %s%n",
                    articles, warm, dir);
            out.printf("  %-22s %10.1f%n", "articles/s", measured / secs);
            out.printf("  %-22s %10.0f%n", "triples/s", triples / secs);
            out.printf("  %-22s %10.1f%n", "triples/article", (double) triples / measured);
            out.printf("  %-22s %10.2f%n", "seconds", secs);
            out.printf("  %-22s %10d%n", "heap used (MB)", heapMb);
            out.printf("  %-22s %10d%n", "max heap (MB)", rt.maxMemory() / (1024 * 1024));
            out.flush();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        boolean scratchStore = Files.exists(dir.resolve("Data-0001"));
        try (Stream<Path> entries = Files.list(dir)) {
            if (!scratchStore && entries.findAny().isPresent()) {
                throw new org.geokg.GeoKgException("refusing to delete " + dir
                        + ": it is neither empty nor a TDB2 store; choose another --dir");
            }
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
