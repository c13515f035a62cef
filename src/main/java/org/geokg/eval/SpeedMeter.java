package org.geokg.eval;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * Measures an extractor the way {@code geokg eval} reports its {@link Speed}: start-up (creating
 * the extractor and extracting one short sentence, so that lazily loaded models count), timed
 * passes over articles on a number of threads (wall clock and the process's CPU time), words as
 * Python's {@code str.split()} counts them, and heap (sum of the pools' peaks, live after a full
 * collection). Shared by the evaluation and the benchmark so that both give the same figures.
 *
 * <pre>{@code
 * SpeedMeter.Ready ready = SpeedMeter.start(() -> Extractor.create()::extract);
 * SpeedMeter.Pass pass = SpeedMeter.extract(raws, ready.extractor(), 2, System.err::println);
 * Speed speed = SpeedMeter.speed(raws, 2, ready, pass);
 * }</pre>
 */
public final class SpeedMeter {
    /** A short text extracted once before timing, so lazily loaded models count as start-up. */
    private static final String WARM_UP = "The minister said on Monday that talks with Canada would resume.";

    /** A ready extractor, how long it took to get there, and the JVM's uptime at that moment. */
    public record Ready(Function<RawArticle, Article> extractor, double startupSeconds, double jvmUptimeSeconds) {
    }

    /** One pass over the articles: what each gave (by id), the failures, wall-clock and process CPU seconds. */
    public record Pass(Map<String, Article> articles, List<String> failures, double seconds, double cpuSeconds) {
    }

    private SpeedMeter() {
    }

    /** Creates the extractor and extracts one sentence with it, timed. */
    public static Ready start(Supplier<Function<RawArticle, Article>> factory) {
        long t0 = System.nanoTime();
        Function<RawArticle, Article> extractor = factory.get();
        extractor.apply(new RawArticle("warm-up", null, null, null, null, "en", WARM_UP));
        return new Ready(extractor, seconds(t0), ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0);
    }

    /** The words of the articles' texts, as the corpus's scorer counts them. */
    public static long words(List<RawArticle> raws) {
        long words = 0;
        for (RawArticle raw : raws) {
            words += PythonText.split(raw.text()).size();
        }
        return words;
    }

    /**
     * Extracts the articles on {@code threads} threads, timed; a failure is recorded and its article
     * left out. Progress is told every 20 articles.
     */
    public static Pass extract(List<RawArticle> raws, Function<RawArticle, Article> extractor, int threads,
                               Consumer<String> progress) {
        Map<String, Article> articles = new HashMap<>();
        List<String> failures = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long t0 = System.nanoTime();
        long cpu0 = processCpuNanos();
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
            throw new EvalException("extraction interrupted", e);
        } finally {
            pool.shutdownNow();
        }
        return new Pass(articles, failures, seconds(t0), (processCpuNanos() - cpu0) / 1e9);
    }

    /**
     * The speed of a pass, with the heap as it stands now: the pools' peaks since the JVM started
     * and what stays live after a full collection while the
     * caller still holds {@code ready}'s extractor.
     */
    public static Speed speed(List<RawArticle> raws, int threads, Ready ready, Pass pass) {
        return new Speed(raws.size(), words(raws), threads, ready.startupSeconds(), ready.jvmUptimeSeconds(),
                pass.seconds(), pass.cpuSeconds(), peakHeap(), liveHeap(), Runtime.getRuntime().maxMemory(),
                pass.failures().size());
    }

    /** The sum of the heap pools' peak usage (an upper bound: pools peak at different times). */
    public static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** Heap in use after a full collection: what the objects still referenced retain. */
    public static long liveHeap() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
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
