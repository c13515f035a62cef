package org.geokg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.geokg.GeoKgException;
import org.geokg.input.ArticleReader;
import org.geokg.model.Article;
import org.geokg.store.ArticleLoader;
import org.geokg.store.GeoStore;
import org.geokg.store.LoadResult;
import org.geokg.store.RdfImporter;
import org.geokg.validate.ShaclValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code geokg load}: reads articles and loads each into its own named graph. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Load articles into the store, one transaction per article; loading an article again replaces it.",
                "Accepts Article JSON files, directories (searched recursively), '-' for JSON on standard input, "
                        + "and TriG/N-Quads files written by 'geokg export'.",
                "A file that fails to parse or validate is reported and not written; the others are loaded."})
public final class LoadCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR|-", description = "What to load.")
    List<String> inputs;

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
                    for (LoadResult r : loadOne(f, loader, importer)) {
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

    private List<LoadResult> loadOne(Path f, ArticleLoader loader, RdfImporter importer) {
        if (f.toString().equals("-")) {
            return List.of(loader.load(ArticleReader.read(System.in, "<stdin>")));
        }
        String ext = InputFiles.extension(f);
        if (InputFiles.RDF_EXTENSIONS.contains(ext)) {
            return importer.load(f);
        }
        Article article = ArticleSource.read(f);
        return List.of(loader.load(article));
    }
}
