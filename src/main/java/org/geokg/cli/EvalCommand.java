package org.geokg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.geokg.eval.Corpus;
import org.geokg.eval.CorpusEvaluation;
import org.geokg.eval.EvalReport;
import org.geokg.eval.Headlines;
import org.geokg.eval.Scorer;
import org.geokg.eval.Scores;
import org.geokg.eval.Speed;
import org.geokg.eval.Task;
import org.geokg.extract.Extractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code geokg eval}: runs the extractor over the dev corpus, writes the prediction files and
 * prints the scores of score.py's tables, the headline figures against the targets, and speed.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score the extractor on the dev corpus (attributions, GUM mentions, positions), as score.py does.",
        subcommands = CoreNlpBaselineCommand.class)
public final class EvalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--corpus", paramLabel = "DIR",
            description = "Corpus folder with articles/ and gold/ (default: ${geokg.shared:-../shared}/corpus).")
    Path corpus;

    @Option(names = "--task", paramLabel = "TASK", defaultValue = "all",
            description = "attributions, mentions, positions or all (default: ${DEFAULT-VALUE}).")
    String task;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "target/eval",
            description = "Where the prediction files go (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "2",
            description = "Articles extracted in parallel (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--warm-up", description = "Extract every article once, untimed, before the timed pass.")
    boolean warmUp;

    @Option(names = "--json", description = "Print the scores and speed as JSON.")
    boolean json;

    @Option(names = "--pred", paramLabel = "FILE",
            description = "Score this prediction file against the gold of --task instead of running the extractor "
                    + "(what score.py --pred does).")
    Path pred;

    @Option(names = "--no-type-map", description = "Mentions: compare type names literally, as score.py --no-type-map.")
    boolean noTypeMap;

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Set<Task> tasks = "all".equalsIgnoreCase(task) ? EnumSet.allOf(Task.class) : EnumSet.of(Task.of(task));
        Corpus c = Corpus.at(corpus != null ? corpus : Corpus.defaultDir());
        if (pred != null) {
            if (tasks.size() != 1) {
                throw new ParameterException(spec.commandLine(), "--pred needs one --task (attributions, mentions or positions)");
            }
            Task t = tasks.iterator().next();
            Scores s = Scorer.score(t, c.gold(t), pred, !noTypeMap);
            o.print(json ? s.toJson().toPrettyString() + "\n" : s.render());
            o.flush();
            return 0;
        }
        EvalReport report = CorpusEvaluation.run(c, tasks, out, Math.max(1, threads), warmUp,
                () -> Extractor.create()::extract, msg -> {
                    err.println(msg);
                    err.flush();
                });
        if (json) {
            o.println(report.toJson().toPrettyString());
        } else {
            print(report, warmUp, o);
        }
        o.flush();
        return 0;
    }

    private static void print(EvalReport report, boolean warmUp, PrintWriter o) {
        for (Task t : Task.values()) {
            if (report.scores().containsKey(t)) {
                o.println("=== " + t.id() + " (predictions: " + report.predictions().get(t) + ")");
                o.print(report.scores().get(t).render());
                o.println();
            }
        }
        o.println("=== headline figures");
        o.printf("  %-46s %6s %8s%n", "", "value", "target");
        for (Headlines.Figure f : Headlines.of(report.scores())) {
            o.printf("  %-46s %6s %8s %s%n", f.label(), f.value() == null ? "-" : String.format(Locale.ROOT, "%.3f", f.value()),
                    String.format(Locale.ROOT, ">= %.2f", f.target()), f.met() ? "met" : "NOT MET");
        }
        Speed s = report.speed();
        o.println();
        o.println("=== speed" + (warmUp ? " (after an untimed warm-up pass)" : " (one cold pass)"));
        o.printf(Locale.ROOT, "  %d articles (%.0f words on average), %d thread(s): %.1f s, %.2f articles/s"
                        + " (%.2f 600-word articles/s)%n", s.articles(), s.wordsPerArticle(), s.threads(),
                s.extractionSeconds(), s.articlesPerSecond(), s.articlesOf600WordsPerSecond());
        o.printf(Locale.ROOT, "  CPU: %.2f s per article over all threads (%.1f articles per CPU-second)%n",
                s.cpuSecondsPerArticle(), s.cpuSecondsPerArticle() > 0 ? 1 / s.cpuSecondsPerArticle() : 0);
        o.printf(Locale.ROOT, "  start-up: extractor ready in %.1f s (JVM up %.1f s at that point)%n",
                s.startupSeconds(), s.jvmUptimeAtReadySeconds());
        o.printf(Locale.ROOT, "  heap: peak %.2f GB (sum of pool peaks), live after GC %.2f GB, max allowed %.2f GB%n",
                s.peakHeapBytes() / 1e9, s.liveHeapBytes() / 1e9, s.maxHeapBytes() / 1e9);
        for (String f : report.failures()) {
            o.println("failed: " + f);
        }
    }
}
