package org.geokg.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.geokg.extract.RawArticle;
import org.geokg.model.Article;

/**
 * Runs an extractor over the corpus articles that the chosen tasks' gold files cover (in
 * parallel), writes the three kinds of prediction file, scores them with {@link Scorer} and
 * measures speed. An article whose extraction fails is reported and scored as an empty prediction,
 * so one bad article cannot hide the figures of the others.
 *
 * <pre>{@code
 * EvalReport r = CorpusEvaluation.run(Corpus.at(dir), EnumSet.allOf(Task.class), Path.of("target/eval"), 2,
 *         () -> Extractor.create()::extract, System.err::println);
 * }</pre>
 */
public final class CorpusEvaluation {
    private CorpusEvaluation() {
    }

    public static EvalReport run(Corpus corpus, Set<Task> tasks, Path out, int threads,
                                 Supplier<Function<RawArticle, Article>> extractorFactory, Consumer<String> progress) {
        return run(corpus, tasks, out, threads, false, extractorFactory, progress);
    }

    /**
     * As above; with {@code warmUp}, every article is extracted once before the timed pass, so the
     * throughput is that of a JVM whose code is compiled (the "after start-up" figure).
     */
    public static EvalReport run(Corpus corpus, Set<Task> tasks, Path out, int threads, boolean warmUp,
                                 Supplier<Function<RawArticle, Article>> extractorFactory, Consumer<String> progress) {
        Map<Task, List<String>> docsByTask = new EnumMap<>(Task.class);
        Set<String> docs = new LinkedHashSet<>();
        for (Task t : tasks) {
            docsByTask.put(t, corpus.docs(t));
            docs.addAll(docsByTask.get(t));
        }
        List<RawArticle> raws = new ArrayList<>();
        for (String d : docs) {
            raws.add(corpus.article(d));
        }

        SpeedMeter.Ready ready = SpeedMeter.start(extractorFactory);
        progress.accept(String.format("extractor ready in %.1f s; extracting %d articles with %d thread(s)",
                ready.startupSeconds(), raws.size(), threads));

        if (warmUp) {
            progress.accept("warm-up pass (not timed)");
            SpeedMeter.extract(raws, ready.extractor(), threads, s -> { });
        }
        SpeedMeter.Pass pass = SpeedMeter.extract(raws, ready.extractor(), threads, progress);
        Map<String, Article> articles = pass.articles();
        List<String> failures = pass.failures();
        Speed speed = SpeedMeter.speed(raws, threads, ready, pass);

        Map<Task, Scores> scores = new EnumMap<>(Task.class);
        Map<Task, Path> files = new EnumMap<>(Task.class);
        for (Task t : tasks) {
            Path file = out.resolve(t.id() + ".jsonl");
            PredictionFiles.write(file, lines(t, docsByTask.get(t), articles));
            files.put(t, file);
            scores.put(t, Scorer.score(t, corpus.gold(t), file));
        }
        return new EvalReport(scores, files, speed, failures);
    }

    private static List<?> lines(Task task, List<String> docs, Map<String, Article> articles) {
        List<Object> out = new ArrayList<>();
        for (String d : docs) {
            Article a = articles.get(d);
            if (a == null) {
                continue;
            }
            switch (task) {
                case ATTRIBUTIONS -> out.addAll(Predictions.attributions(d, a));
                case MENTIONS -> out.add(Predictions.mentions(d, a));
                case POSITIONS -> out.add(Predictions.positions(d, a));
            }
        }
        return out;
    }
}
