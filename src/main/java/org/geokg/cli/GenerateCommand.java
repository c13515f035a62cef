package org.geokg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.geokg.bench.CorpusWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code geokg generate}: a synthetic corpus for benchmarks and tests, written to a folder. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Write N synthetic articles (seeded, deterministic): 20,000 actors with Zipf-like popularity, "
                + "10-30 positions per article over all kinds, dates over five years, aliases and coalitions.",
                "json writes curated Article JSON; txt writes the same content as plain text for the extractor."})
public final class GenerateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--articles", required = true, paramLabel = "N", description = "How many articles.")
    int articles;

    @Option(names = "--seed", defaultValue = "42", description = "Generator seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--format", defaultValue = "json", description = "json or txt (default: ${DEFAULT-VALUE}).")
    CorpusWriter.Format format;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "Folder to write into (created if missing).")
    Path output;

    @Override
    public Integer call() {
        if (articles < 1) {
            throw new ParameterException(spec.commandLine(), "--articles must be at least 1, was " + articles);
        }
        long started = System.nanoTime();
        long bytes = new CorpusWriter(seed, format).write(articles, output);
        spec.commandLine().getOut().printf("wrote %d %s articles (%.1f MB) to %s in %.1f s%n", articles,
                format.name().toLowerCase(), bytes / 1e6, output, (System.nanoTime() - started) / 1e9);
        return ExitCodes.OK;
    }
}
