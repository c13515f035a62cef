package org.geokg.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.geokg.store.GeoStore;
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
        try (GeoStore store = storeOptions.open()) {
            return new BatchLoad(threads, out, err).run(inputs, store, storeOptions.location());
        }
    }
}
