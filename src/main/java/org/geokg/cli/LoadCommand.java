package org.geokg.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.geokg.store.ArticleStore;
import org.geokg.store.BulkLoader;
import org.geokg.store.GeoStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code geokg load}: reads articles and loads each into its own named graph. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Load articles into the store, one transaction per article (or in batches with --bulk); loading an article again replaces it.",
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

    @Option(names = "--threads", defaultValue = "2",
            description = "Threads for extracting raw articles, and with --bulk for reading and checking all (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--bulk", description = "Load many articles at once: checked in parallel and written by one run "
            + "of Jena's TDB2 bulk loader (articles already stored are replaced in batches after it); the result is the "
            + "same as loading one by one. Prints progress and an ETA.")
    boolean bulk;

    @Option(names = "--batch", defaultValue = "" + BulkLoader.DEFAULT_BATCH, paramLabel = "N",
            description = "With --bulk: articles between progress lines, and most replacements of stored articles held "
                    + "before they are written; with --bulk-method transaction, articles per transaction (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--bulk-method", defaultValue = "phased", paramLabel = "METHOD",
            description = "With --bulk: phased (Jena's default bulk loader), parallel, or transaction "
                    + "(one plain write transaction per batch) (default: ${DEFAULT-VALUE}).")
    BulkLoader.Method method;

    @Override
    public Integer call() {
        if (threads < 1 || batch < 1) {
            throw new ParameterException(spec.commandLine(), "--threads and --batch must be at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BatchLoad batchLoad = new BatchLoad(threads, out, err);
        if (bulk) {
            try (GeoStore store = storeOptions.openLocal()) {
                return batchLoad.runBulk(inputs, store, storeOptions.location(), batch, method);
            }
        }
        try (ArticleStore store = storeOptions.open()) {
            return batchLoad.run(inputs, store, storeOptions.location());
        }
    }
}
