package org.geokg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.geokg.GeoKgException;
import org.geokg.extract.ArticleSources;
import org.geokg.extract.BatchExtractor;
import org.geokg.input.ArticleReader;
import org.geokg.store.ArticleLoader;
import org.geokg.store.ArticleStore;
import org.geokg.store.BulkLoader;
import org.geokg.store.GeoStore;
import org.geokg.store.LoadResult;
import org.geokg.store.RdfImporter;
import org.geokg.store.StoreException;
import org.geokg.validate.ShaclValidator;

/**
 * Loads the files named on a command line into an open store, with a progress line per file:
 * used by {@code geokg load} and {@code geokg serve --load}. A file that fails is reported and
 * skipped; nothing of it is written.
 */
final class BatchLoad {
    private final int threads;
    private final PrintWriter out;
    private final PrintWriter err;

    BatchLoad(int threads, PrintWriter out, PrintWriter err) {
        this.threads = threads;
        this.out = out;
        this.err = err;
    }

    /** Loads everything and returns the exit code: OK, or BAD_INPUT when any file failed. */
    int run(List<String> inputs, ArticleStore store, String location) {
        List<Path> files = InputFiles.expand(inputs);
        if (files.isEmpty()) {
            err.println("geokg: no article files found in " + String.join(" ", inputs));
            return ExitCodes.BAD_INPUT;
        }
        long started = System.nanoTime();
        Map<Path, BatchExtractor.Result> extracted = extractAll(files);
        int loaded = 0;
        int failed = 0;
        long triples = 0;
        ArticleLoader loader = new ArticleLoader(store);
        RdfImporter importer = new RdfImporter(loader, ShaclValidator.forLoading());
        int i = 0;
        for (Path f : files) {
            i++;
            try {
                for (LoadResult r : loadOne(f, loader, importer, extracted)) {
                    loaded++;
                    triples += r.triples();
                    out.printf("[%d/%d] %s: article %s, %d triples%s%n", i, files.size(), f, r.articleId(),
                            r.triples(), r.replaced() ? " (replaced)" : "");
                }
            } catch (StoreException e) {
                // the store, not the file, is at fault: the next file would fail the same way
                throw e;
            } catch (GeoKgException e) {
                failed++;
                err.println("geokg: " + named(f.toString(), e));
                err.flush();
            }
            out.flush();
        }
        double secs = (System.nanoTime() - started) / 1e9;
        out.printf("loaded %d article%s (%d triples) in %.1f s into %s%s%n", loaded, loaded == 1 ? "" : "s", triples, secs,
                location, failed > 0 ? "; " + failed + " file" + (failed == 1 ? "" : "s") + " failed" : "");
        out.flush();
        return failed > 0 ? ExitCodes.BAD_INPUT : ExitCodes.OK;
    }

    /**
     * Loads through {@link BulkLoader}: article files are read, extracted if raw, mapped and checked on
     * {@code threads} workers and written by one bulk loader run, with a progress line every batch; TriG/N-Quads
     * files and standard input are loaded after them as usual. Returns the exit code.
     */
    int runBulk(List<String> inputs, GeoStore store, String location, int batchSize, BulkLoader.Method method) {
        List<Path> files = InputFiles.expand(inputs);
        if (files.isEmpty()) {
            err.println("geokg: no article files found in " + String.join(" ", inputs));
            return ExitCodes.BAD_INPUT;
        }
        List<BulkLoader.Input> articles = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        for (Path f : files) {
            if (f.toString().equals("-") || InputFiles.RDF_EXTENSIONS.contains(InputFiles.extension(f))) {
                rest.add(f.toString());
            } else {
                articles.add(new BulkLoader.Input(f.toString(), () -> ArticleSource.read(f)));
            }
        }
        BulkLoader.Result r = new BulkLoader(store, threads, batchSize, method).load(articles, new BulkLoader.Listener() {
            @Override
            public void progress(BulkLoader.Progress p) {
                err.println("  " + p);
                err.flush();
            }

            @Override
            public void failed(String label, GeoKgException e) {
                err.println("geokg: " + named(label, e));
                err.flush();
            }

            @Override
            public void step(String what, double seconds) {
                err.printf("  %s (%.1f s)%n", what, seconds);
                err.flush();
            }
        });
        out.printf("bulk-loaded %d article%s (%d replaced, %d triples) in %.1f s (%.0f articles/s) into %s%s%n", r.loaded(),
                r.loaded() == 1 ? "" : "s", r.replaced(), r.triples(), r.seconds(), r.loaded() / Math.max(r.seconds(), 1e-9),
                location, r.failed() > 0 ? "; " + r.failed() + " file" + (r.failed() == 1 ? "" : "s") + " failed" : "");
        out.flush();
        int code = rest.isEmpty() ? ExitCodes.OK : run(rest, store, location);
        return r.failed() > 0 ? ExitCodes.BAD_INPUT : code;
    }

    /** Raw articles are extracted first, in parallel; the store is then written one article at a time. */
    private Map<Path, BatchExtractor.Result> extractAll(List<Path> files) {
        List<Path> raw = new ArrayList<>();
        ArticleSources sources = new ArticleSources();
        for (Path f : files) {
            try {
                // an unreadable file is refused before the extractor's models are loaded, which takes seconds
                if (!f.toString().equals("-") && ArticleSource.needsExtraction(f) && sources.read(f) != null) {
                    raw.add(f);
                }
            } catch (GeoKgException e) {
                // reported when the file's turn to load comes
            }
        }
        Map<Path, BatchExtractor.Result> results = new HashMap<>();
        if (raw.isEmpty()) {
            return results;
        }
        err.println("extracting " + raw.size() + " raw article" + (raw.size() == 1 ? "" : "s") + " on " + threads + " thread"
                + (threads == 1 ? "" : "s") + "...");
        err.flush();
        BatchExtractor batch = new BatchExtractor(ArticleSource.Extractors.shared(), threads);
        for (BatchExtractor.Result r : batch.run(raw, (done, total, r) -> {
            if (total > 1 && (done % 10 == 0 || done == total)) {
                err.println("  extracted " + done + "/" + total);
                err.flush();
            }
        })) {
            results.put(r.file(), r);
        }
        return results;
    }

    /** The message with the file in front, unless it already names it (SHACL reports name the article). */
    private static String named(String f, GeoKgException e) {
        String m = String.valueOf(e.getMessage());
        return m.contains(f) ? m : f + ": " + m;
    }

    private List<LoadResult> loadOne(Path f, ArticleLoader loader, RdfImporter importer,
            Map<Path, BatchExtractor.Result> extracted) {
        if (f.toString().equals("-")) {
            return List.of(loader.load(ArticleReader.read(System.in, "<stdin>")));
        }
        String ext = InputFiles.extension(f);
        if (InputFiles.RDF_EXTENSIONS.contains(ext)) {
            return importer.load(f);
        }
        BatchExtractor.Result r = extracted.get(f);
        if (r != null) {
            if (!r.ok()) {
                throw r.error();
            }
            return List.of(loader.load(r.article()));
        }
        return List.of(loader.load(ArticleSource.read(f)));
    }
}
