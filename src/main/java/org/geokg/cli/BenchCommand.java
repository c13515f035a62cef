package org.geokg.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.geokg.bench.LoadBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code geokg bench}: the load benchmark on generated articles (figures, not a test). */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Load N generated articles into a scratch TDB2 store and print articles/s and triples/s.")
public final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--articles", defaultValue = "1000", description = "How many articles (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--seed", defaultValue = "42", description = "Generator seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--dir", defaultValue = "target/bench-store", description = "Scratch store, deleted first (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Override
    public Integer call() throws IOException {
        new LoadBenchmark(articles, seed, dir).run(spec.commandLine().getOut());
        return ExitCodes.OK;
    }
}
