package org.geokg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.geokg.GeoKgException;
import org.geokg.input.ArticleReader;
import org.geokg.extract.BatchExtractor;
import org.geokg.store.ArticleLoader;
import org.geokg.store.GeoStore;
import org.geokg.store.LoadResult;
import org.geokg.store.RdfImporter;
import org.geokg.validate.ShaclValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code geokg load}: reads articles and loads each into its own named graph. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Load articles into the store, one transaction per article; loading an article again replaces it.",
                "Accepts Article JSON files, raw articles (.txt, .html, or JSON with text only) which are extracted "
                        + "on the way in, directories (searched recursively), '-' for JSON on standard input, "
                        + "and TriG/N-Quads files written by 'geokg export'.",
                "A file that fails to parse or validate is reported and not written; the others are loaded."})
public final class LoadCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR|-", description = "What to load.")
    List<String> inputs;

    @Option(names = "--threads", defaultValue = "2", description = "Threads for extracting raw articles (default: ${DEFAULT-VALUE}).")
    int threads;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> files = InputFiles.expand(inputs);
        if (files.isEmpty()) {
            err.println("geokg: no article files found in " + String.join(" ", inputs));
            return ExitCodes.BAD_INPUT;
        }
        long started = System.nanoTime();
        Map<Path, BatchExtractor.Result> extracted = extractAll(files, err);
        int loaded = 0;
        int failed = 0;
        long triples = 0;
        try (GeoStore store = storeOptions.open()) {
            ArticleLoader loader = new ArticleLoader(store);
            RdfImporter importer = new RdfImporter(loader, ShaclValidator.standard());
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
                } catch (GeoKgException e) {
                    failed++;
                    err.println("geokg: " + e.getMessage());
                }
                out.flush();
            }
        }
        double secs = (System.nanoTime() - started) / 1e9;
        out.printf("loaded %d article%s (%d triples) in %.1f s into %s%s%n", loaded, loaded == 1 ? "" : "s", triples, secs,
                storeOptions.location(), failed > 0 ? "; " + failed + " file" + (failed == 1 ? "" : "s") + " failed" : "");
        return failed > 0 ? ExitCodes.BAD_INPUT : ExitCodes.OK;
    }

    /** Raw articles are extracted first, in parallel; the store is then written one article at a time. */
    private Map<Path, BatchExtractor.Result> extractAll(List<Path> files, PrintWriter err) {
        List<Path> raw = new ArrayList<>();
        for (Path f : files) {
            try {
                if (!f.toString().equals("-") && ArticleSource.needsExtraction(f)) {
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
