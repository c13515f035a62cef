package org.geokg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.geokg.bench.ScaleBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code geokg bench}: the scale benchmark on generated articles (figures, not a test).
 *
 * <pre>{@code
 * ./geokg bench --sizes 1000,10000 --json bench-out/bench.json
 * }</pre>
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"For each size: bulk-load N generated articles into a scratch TDB2 store, load the same quads "
                + "with Jena's phased loader (tdb2.tdbloader's default) for a ratio, start 'geokg serve' on the store "
                + "in its own JVM, and run every canned query over HTTP from 1 and 16 loopback clients.",
                "First the extraction row: generated articles as raw text through the extractor in a fresh JVM "
                        + "(start-up, articles/s on 1 and 2 threads, CPU per article, peak heap).",
                "Prints one table (articles/s, triples/s, peak RSS, ratio, store sizes, serve start-up, query p50/p95/p99 "
                        + "and q/s, growth exponents, extraction) and writes it as JSON with --json, again after each phase. Scratch "
                        + "stores go under --dir; progress goes to standard error."})
public final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--sizes", split = ",", paramLabel = "N", defaultValue = "1000",
            description = "Corpus sizes, comma separated (default: ${DEFAULT-VALUE}).")
    List<Integer> sizes;

    @Option(names = "--seed", defaultValue = "42", description = "Generator seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", defaultValue = "2", description = "Threads mapping and checking articles (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--dir", defaultValue = "target/bench", description = "Scratch folder, emptied per size (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the figures as JSON to FILE.")
    Path json;

    @Option(names = "--query-seconds", defaultValue = "8",
            description = "Time budget per query and client count (default: ${DEFAULT-VALUE} s).")
    double querySeconds;

    @Option(names = "--max-requests", defaultValue = "400",
            description = "Most requests per query and client count (default: ${DEFAULT-VALUE}).")
    int maxRequests;

    @Option(names = "--no-queries", description = "Skip serve start-up and the query runs: load figures only.")
    boolean noQueries;

    @Option(names = "--delete-store",
            description = "Delete each size's store after its queries ran, before Jena's loader builds its own, so the "
                    + "disk never holds both (a 100,000-article store is tens of GB).")
    boolean deleteStore;

    @Option(names = "--extract-articles", paramLabel = "N", defaultValue = "200",
            description = "Generated articles for the extraction row (raw text through the extractor in a fresh JVM: "
                    + "start-up, articles/s on 1 and 2 threads, heap); 0 skips it (default: ${DEFAULT-VALUE}).")
    int extractArticles;

    @Option(names = "--extract-from", paramLabel = "DIR",
            description = "Extract the first --extract-articles article files (.txt, .html) of this folder instead of "
                    + "generated articles, e.g. ../shared/corpus/articles for news text.")
    Path extractFrom;

    @Option(names = "--queries-only", paramLabel = "STORE",
            description = "Only the query phase, on this existing store of the first N generated articles of --seed "
                    + "(N: the one --sizes value), opened read-only by 'geokg serve'; nothing is loaded or deleted.")
    Path queriesOnly;

    @Override
    public Integer call() throws IOException {
        if (sizes.stream().anyMatch(n -> n < 1) || threads < 1 || maxRequests < 1 || !(querySeconds > 0)) {
            throw new ParameterException(spec.commandLine(), "--sizes, --threads, --max-requests and --query-seconds must be positive");
        }
        if (extractArticles < 0) {
            throw new ParameterException(spec.commandLine(), "--extract-articles must be 0 (skip) or more, was " + extractArticles);
        }
        if (queriesOnly != null && (sizes.size() != 1 || noQueries || deleteStore)) {
            throw new ParameterException(spec.commandLine(),
                    "--queries-only takes one --sizes value (the store's articles) and neither --no-queries nor --delete-store");
        }
        PrintWriter out = spec.commandLine().getOut();
        ScaleBenchmark bench = new ScaleBenchmark(seed, threads, dir,
                Duration.ofMillis(Math.round(querySeconds * 1000)), maxRequests, !noQueries, deleteStore, extractArticles)
                .extractingFrom(extractFrom);
        ScaleBenchmark.Partial partial = soFar -> {
            if (json != null) {
                ScaleBenchmark.writeJson(soFar, json);
            }
        };
        ScaleBenchmark.Report report = queriesOnly != null
                ? bench.runQueries(queriesOnly, sizes.get(0), spec.commandLine().getErr(), partial)
                : bench.run(sizes, spec.commandLine().getErr(), partial);
        ScaleBenchmark.printTable(report, out);
        if (json != null) {
            out.println("wrote " + json);
        }
        return ExitCodes.OK;
    }
}
