package org.geokg.eval;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
    /** A short text extracted once before timing, so lazily loaded models count as start-up. */
    private static final String WARM_UP = "The minister said on Monday that talks with Canada would resume.";

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
        long words = 0;
        for (String d : docs) {
            RawArticle raw = corpus.article(d);
            raws.add(raw);
            words += PythonText.split(raw.text()).size();
        }

        long t0 = System.nanoTime();
        Function<RawArticle, Article> extractor = extractorFactory.get();
        extractor.apply(new RawArticle("warm-up", null, null, null, null, "en", WARM_UP));
        double startup = seconds(t0);
        double uptime = ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0;
        progress.accept(String.format("extractor ready in %.1f s; extracting %d articles with %d thread(s)",
                startup, raws.size(), threads));

        if (warmUp) {
            progress.accept("warm-up pass (not timed)");
            extractAll(raws, extractor, threads, new ArrayList<>(), s -> { });
        }
        List<String> failures = new ArrayList<>();
        long t1 = System.nanoTime();
        long cpu1 = processCpuNanos();
        Map<String, Article> articles = extractAll(raws, extractor, threads, failures, progress);
        double extraction = seconds(t1);
        double cpu = (processCpuNanos() - cpu1) / 1e9;
        long peak = peakHeap();
        Speed speed = new Speed(raws.size(), words, threads, startup, uptime, extraction, cpu, peak, liveHeap(),
                Runtime.getRuntime().maxMemory(), failures.size());

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

    /** Extracts the articles on {@code threads} threads; a failure is recorded and its article left out. */
    private static Map<String, Article> extractAll(List<RawArticle> raws, Function<RawArticle, Article> extractor,
                                                  int threads, List<String> failures, Consumer<String> progress) {
        Map<String, Article> articles = new HashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Article>> futures = new ArrayList<>();
            for (RawArticle raw : raws) {
                futures.add(pool.submit(() -> extractor.apply(raw)));
            }
            for (int i = 0; i < futures.size(); i++) {
                String doc = raws.get(i).id();
                try {
                    articles.put(doc, futures.get(i).get());
                } catch (ExecutionException e) {
                    failures.add(doc + ": " + e.getCause());
                }
                if ((i + 1) % 20 == 0 || i + 1 == futures.size()) {
                    progress.accept(String.format("  %d/%d articles", i + 1, futures.size()));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EvalException("evaluation interrupted", e);
        } finally {
            pool.shutdownNow();
        }
        return articles;
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

    /** Heap in use after a full collection while the extractor is still referenced: what it retains. */
    private static long liveHeap() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** The sum of the heap pools' peak usage since the JVM started (an upper bound: pools peak at different times). */
    static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
