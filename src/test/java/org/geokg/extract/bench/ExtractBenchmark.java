package org.geokg.extract.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.geokg.extract.Extractor;
import org.geokg.extract.RawArticle;

/**
 * Prints extraction speed: start-up time (models and gazetteer), then articles per second on N
 * threads over the shared corpus articles after a warm-up round, and the heap in use. A
 * benchmark, not a test.
 *
 * <pre>
 * java -Xmx1500m -cp ... org.geokg.extract.bench.ExtractBenchmark ../shared 2 3
 * </pre>
 * Arguments: shared folder, threads, rounds over the corpus.
 */
public final class ExtractBenchmark {
    private ExtractBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path shared = Path.of(args.length > 0 ? args[0] : "../shared");
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        List<RawArticle> articles = read(shared.resolve("corpus/articles"));
        long words = articles.stream().mapToLong(a -> a.text().split("\\s+").length).sum();

        long t0 = System.nanoTime();
        long cpu0 = cpu();
        Extractor extractor = Extractor.create();
        extractor.extract(new RawArticle("warm", null, null, null, null, null, "Paris is in France."));
        double startup = (System.nanoTime() - t0) / 1e9;
        double startupCpu = (cpu() - cpu0) / 1e9;

        run(extractor, articles, threads); // warm-up: JIT and caches
        long t1 = System.nanoTime();
        long cpu1 = cpu();
        for (int r = 0; r < rounds; r++) {
            run(extractor, articles, threads);
        }
        double secs = (System.nanoTime() - t1) / 1e9;
        double cpuSecs = (cpu() - cpu1) / 1e9;
        int n = articles.size() * rounds;
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long heap = (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
        System.out.printf(Locale.ROOT, "articles: %d (mean %d words), threads: %d, rounds: %d%n", articles.size(),
                words / articles.size(), threads, rounds);
        System.out.printf(Locale.ROOT, "start-up: %.2f s wall clock, %.2f s CPU%n", startup, startupCpu);
        System.out.printf(Locale.ROOT, "throughput: %.1f articles/s, %.0f words/s (wall clock)%n", n / secs,
                words * rounds / secs);
        // the machine may be shared: CPU time per article tells what the threads would do alone
        System.out.printf(Locale.ROOT, "CPU: %.3f s per article, so %.1f articles/s on %d otherwise idle cores%n",
                cpuSecs / n, threads * n / cpuSecs, threads);
        System.out.printf(Locale.ROOT, "heap in use after GC: %d MB (max %d MB)%n", heap, rt.maxMemory() / (1024 * 1024));
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static void run(Extractor extractor, List<RawArticle> articles, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> fs = new ArrayList<>();
            for (RawArticle a : articles) {
                fs.add(pool.submit(() -> extractor.extract(a)));
            }
            for (Future<?> f : fs) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private static List<RawArticle> read(Path dir) throws IOException {
        List<RawArticle> list = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.sorted().toList()) {
                list.add(new RawArticle(p.getFileName().toString().replace(".txt", ""), null, null, null, null, null,
                        Files.readString(p)));
            }
        }
        return list;
    }
}
