package org.geokg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.geokg.eval.CoreNlpQuoteBaseline;
import org.geokg.eval.Corpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code geokg eval corenlp-baseline} (hidden): CoreNLP's own quote attribution over the PolNeAR
 * documents, scored like geokg, for the comparison in EVALUATION.md. Slow and memory-hungry:
 * give the JVM several GB.
 */
@Command(name = "corenlp-baseline", hidden = true, mixinStandardHelpOptions = true,
        description = "Score CoreNLP's quote attribution on the PolNeAR dev documents (the baseline of EVALUATION.md).")
public final class CoreNlpBaselineCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    EvalCommand parent;

    @Option(names = "--config", defaultValue = "light",
            description = "light (no coreference system) or coref (statistical coreference); default ${DEFAULT-VALUE}.")
    CoreNlpQuoteBaseline.Config config;

    @Option(names = "--limit", defaultValue = "0",
            description = "At most N documents, publishers in turn (0 = all).")
    int limit;

    @Option(names = "--budget-minutes", defaultValue = "0",
            description = "Start no new document after this many minutes (0 = no limit); scored on the documents run.")
    double budgetMinutes;

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Corpus c = Corpus.at(parent.corpus != null ? parent.corpus : Corpus.defaultDir());
        Path out = parent.out;
        CoreNlpQuoteBaseline.Result r = CoreNlpQuoteBaseline.run(c, config, out, limit, budgetMinutes * 60, msg -> {
            err.println(msg);
            err.flush();
        });
        if (parent.json) {
            o.println(r.scores().toJson().toPrettyString());
        } else {
            o.print(r.scores().render());
        }
        o.printf(Locale.ROOT, "%nCoreNLP %s: %d articles, pipeline loaded in %.1f s, annotated in %.1f s (%.2f s/article),"
                        + " peak heap %.2f GB; predictions: %s%n", config, r.articles(), r.loadSeconds(),
                r.annotateSeconds(), r.annotateSeconds() / Math.max(1, r.articles()), r.peakHeapBytes() / 1e9,
                r.predictions());
        o.flush();
        return 0;
    }
}
