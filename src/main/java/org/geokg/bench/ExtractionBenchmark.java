package org.geokg.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.geokg.GeoKgException;
import org.geokg.eval.Speed;
import org.geokg.eval.SpeedMeter;
import org.geokg.extract.ArticleSources;
import org.geokg.extract.Extractor;
import org.geokg.extract.RawArticle;
import org.geokg.extract.source.SourceReaders;
import org.geokg.model.Article;

/**
 * The extraction row of the benchmark: generated articles, in the plain text that
 * {@code geokg generate --format txt} writes, through {@link Extractor}, measured by
 * {@link SpeedMeter} as {@code geokg eval} measures: start-up (a ready extractor that has
 * extracted one sentence), an untimed warm-up pass, then timed passes on 1 and 2 threads.
 * It runs in a fresh JVM of its own, so that start-up includes loading CoreNLP, the peak heap is
 * extraction's alone, and the models do not stay in the heap of the loads that follow.
 *
 * <pre>{@code
 * ExtractionBenchmark.Figures f = ExtractionBenchmark.inChildJvm(42, 200, "2g", Duration.ofMinutes(10),
 *         Path.of("target/bench"), log);
 * }</pre>
 */
public final class ExtractionBenchmark {
    /** The thread counts of the timed passes, in order. */
    static final List<Integer> THREADS = List.of(1, 2);

    /** Targets of issue #3, printed beside the figures. */
    static final double TARGET_ARTICLES_600_PER_SECOND = 20;
    static final double TARGET_STARTUP_SECONDS = 5;
    static final long TARGET_PEAK_HEAP_MB = 1536;

    /**
     * One timed pass over the articles on some threads. {@code articlesOf600WordsPerCpuSecond} is the
     * word throughput per CPU second of the whole process: on a shared machine the steadier figure,
     * and on two idle cores the wall-clock rate of the two-thread pass would be at most twice it.
     */
    public record Pass(int threads, int extracted, int failures, double seconds, double cpuSeconds,
                       double articlesPerSecond, double articlesOf600WordsPerSecond, double cpuSecondsPerArticle,
                       double articlesOf600WordsPerCpuSecond) {
        static Pass of(Speed s, SpeedMeter.Pass p) {
            return new Pass(s.threads(), p.articles().size(), s.failures(), s.extractionSeconds(), s.extractionCpuSeconds(),
                    s.articlesPerSecond(), s.articlesOf600WordsPerSecond(), s.cpuSecondsPerArticle(),
                    s.extractionCpuSeconds() > 0 ? s.words() / 600.0 / s.extractionCpuSeconds() : 0);
        }
    }

    /**
     * The whole row. {@code source} says what was extracted ("generated, seed 42" or a folder);
     * {@code startupSeconds} is the time to a ready extractor, {@code jvmUptimeAtReadySeconds}
     * the JVM's age at that moment (start-up as a user sees it) and {@code startupCpuSeconds} the CPU time
     * the JVM had used by then, which a busy machine does not inflate; the heap figures cover the whole run.
     */
    public record Figures(String source, int articles, double wordsPerArticle, double startupSeconds, double jvmUptimeAtReadySeconds,
                          double startupCpuSeconds, List<Pass> passes, long peakHeapMb, long liveHeapMb, long maxHeapMb) {
    }

    private ExtractionBenchmark() {
    }

    /**
     * Runs the benchmark on articles 0..count-1 of {@code seed} in a new JVM with {@code heap} (e.g.
     * "2g"), forwarding its output to {@code log}, and waits for it at most {@code limit}. The figures
     * come back through a file in {@code scratch}.
     */
    public static Figures inChildJvm(long seed, int count, String heap, Duration limit, Path scratch, PrintWriter log)
            throws IOException {
        return inChildJvm(seed, count, null, heap, limit, scratch, log);
    }

    /**
     * As above, but with {@code folder} not null the articles are the first {@code count} article files
     * ({@code .txt}, {@code .html}, {@code .htm}, by name) of that folder, as {@code geokg extract} reads
     * them: news text rather than generated text, whose made-up names cost the tagger more per word.
     */
    public static Figures inChildJvm(long seed, int count, Path folder, String heap, Duration limit, Path scratch,
            PrintWriter log) throws IOException {
        if (folder != null) {
            articleFiles(folder, count);   // a missing or empty folder fails here, before a JVM is started
        }
        Files.createDirectories(scratch);
        Path result = scratch.resolve("extraction.json");
        Files.deleteIfExists(result);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = List.of(java, "-Xmx" + heap, "-cp", System.getProperty("java.class.path"),
                ExtractionBenchmark.class.getName(), Long.toString(seed), Integer.toString(count), result.toString(),
                folder == null ? "" : folder.toAbsolutePath().toString());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        Deque<String> tail = new ArrayDeque<>();
        Thread forward = new Thread(() -> forward(p, log, tail), "geokg-bench-extraction-log");
        forward.setDaemon(true);
        forward.start();
        try {
            if (!p.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new GeoKgException("the extraction benchmark did not finish within " + limit.toSeconds() + " s");
            }
            forward.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            throw new GeoKgException("the extraction benchmark was interrupted", e);
        }
        if (p.exitValue() != 0 || !Files.exists(result)) {
            String last;
            synchronized (tail) {
                last = String.join("\n", tail);
            }
            throw new GeoKgException("the extraction benchmark's JVM exited with code " + p.exitValue()
                    + " and no figures; its last lines:\n" + last);
        }
        return new ObjectMapper().readValue(result.toFile(), Figures.class);
    }

    private static void forward(Process p, PrintWriter log, Deque<String> tail) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                synchronized (tail) {
                    tail.addLast(line);
                    if (tail.size() > 20) {
                        tail.removeFirst();
                    }
                }
                log.println("  " + line);
                log.flush();
            }
        } catch (IOException e) {
            log.println("  (output of the extraction benchmark lost: " + e.getMessage() + ")");
            log.flush();
        }
    }

    /**
     * The child JVM's entry: {@code SEED COUNT RESULT.json FOLDER} (FOLDER empty for generated articles). Exits by returning (or by an uncaught
     * exception, with a non-zero code), so that nothing below the command line calls System.exit.
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            throw new IllegalArgumentException("usage: ExtractionBenchmark SEED COUNT RESULT.json FOLDER");
        }
        Path folder = args[3].isEmpty() ? null : Path.of(args[3]);
        Figures f = run(Long.parseLong(args[0]), Integer.parseInt(args[1]), folder, System.err::println);
        new ObjectMapper().writeValue(Path.of(args[2]).toFile(), f);
    }

    private static Figures run(long seed, int count, Path folder, Consumer<String> log) throws IOException {
        // first thing in the JVM, so that start-up is what a user of the extractor waits for
        SpeedMeter.Ready ready = SpeedMeter.start(() -> Extractor.create()::extract);
        double startupCpu = ProcStatus.cpuSeconds();
        log.accept(String.format(Locale.ROOT, "extractor ready in %.2f s (JVM up %.2f s, %.2f CPU s)",
                ready.startupSeconds(), ready.jvmUptimeSeconds(), startupCpu));
        List<RawArticle> raws = folder == null ? articles(seed, count) : articles(folder, count);
        String source = folder == null ? "generated, seed " + seed : folder.toString();
        log.accept(String.format(Locale.ROOT, "%d articles, %.0f words on average; warm-up pass (not timed)", raws.size(),
                (double) SpeedMeter.words(raws) / raws.size()));
        SpeedMeter.extract(raws, ready.extractor(), THREADS.get(THREADS.size() - 1), s -> { });
        List<Pass> passes = new ArrayList<>();
        Speed last = null;
        for (int threads : THREADS) {
            SpeedMeter.Pass pass = SpeedMeter.extract(raws, ready.extractor(), threads, s -> { });
            last = SpeedMeter.speed(raws, threads, ready, pass);
            passes.add(Pass.of(last, pass));
            log.accept(String.format(Locale.ROOT, "%d thread(s): %d articles in %.1f s, %.1f articles/s (%.1f 600-word"
                    + " articles/s), %.3f CPU s per article", threads, pass.articles().size(), pass.seconds(),
                    last.articlesPerSecond(), last.articlesOf600WordsPerSecond(), last.cpuSecondsPerArticle()));
            for (String failure : pass.failures()) {
                log.accept("failed: " + failure);
            }
        }
        return new Figures(source, raws.size(), last.wordsPerArticle(), ready.startupSeconds(), ready.jvmUptimeSeconds(),
                startupCpu, passes, last.peakHeapBytes() / (1024 * 1024), last.liveHeapBytes() / (1024 * 1024),
                last.maxHeapBytes() / (1024 * 1024));
    }

    /** The generated articles as the extractor reads their text files. */
    static List<RawArticle> articles(long seed, int count) {
        SyntheticCorpus corpus = new SyntheticCorpus(seed, CorpusWriter.ACTORS);
        ArticleSources sources = new ArticleSources();
        List<RawArticle> raws = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Article a = corpus.article(i);
            raws.add(sources.read(a.id() + ".txt", a.id(), CorpusWriter.text(a)));
        }
        return raws;
    }

    /** The first {@code count} article files of {@code folder}, by name, as the extractor reads them. */
    static List<RawArticle> articles(Path folder, int count) throws IOException {
        ArticleSources sources = new ArticleSources();
        List<RawArticle> raws = new ArrayList<>();
        for (Path file : articleFiles(folder, count)) {
            raws.add(sources.read(file));
        }
        return raws;
    }

    private static List<Path> articleFiles(Path folder, int count) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new GeoKgException(folder + ": no such folder of articles for the extraction row");
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(Files::isRegularFile)
                    .filter(f -> SourceReaders.isRawArticle(f.getFileName().toString()))
                    .sorted().limit(count).toList();
        }
        if (files.isEmpty()) {
            throw new GeoKgException(folder + ": no .txt or .html article files for the extraction row");
        }
        return files;
    }

    /** Prints the row as a section of the benchmark's table, with the targets. */
    static void printTable(Figures f, PrintWriter out) {
        out.printf(Locale.ROOT, "%nextraction: %d articles (%s; %.0f words on average), in a fresh JVM: extractor"
                + " ready after %.2f s (JVM up %.2f s, %.2f CPU s); heap peak %d MB (sum of pool peaks), live after GC %d MB,"
                + " max %d MB%n", f.articles(), f.source(), f.wordsPerArticle(), f.startupSeconds(), f.jvmUptimeAtReadySeconds(),
                f.startupCpuSeconds(), f.peakHeapMb(), f.liveHeapMb(), f.maxHeapMb());
        out.printf("%-8s %9s %8s %9s %9s %9s %11s %10s %12s%n", "threads", "articles", "failed", "s", "CPU s", "art/s",
                "600w art/s", "CPU s/art", "600w/CPU s");
        for (Pass p : f.passes()) {
            out.printf(Locale.ROOT, "%-8d %9d %8d %9.1f %9.1f %9.1f %11.1f %10.3f %12.2f%n", p.threads(), p.extracted(),
                    p.failures(), p.seconds(), p.cpuSeconds(), p.articlesPerSecond(), p.articlesOf600WordsPerSecond(),
                    p.cpuSecondsPerArticle(), p.articlesOf600WordsPerCpuSecond());
        }
        double best = f.passes().stream().mapToDouble(Pass::articlesOf600WordsPerSecond).max().orElse(0);
        out.printf(Locale.ROOT, "targets: >= %.0f 600-word articles/s %s; start-up <= %.0f s %s; peak heap <= %d MB %s%n",
                TARGET_ARTICLES_600_PER_SECOND, met(best >= TARGET_ARTICLES_600_PER_SECOND), TARGET_STARTUP_SECONDS,
                met(f.jvmUptimeAtReadySeconds() <= TARGET_STARTUP_SECONDS), TARGET_PEAK_HEAP_MB,
                met(f.peakHeapMb() <= TARGET_PEAK_HEAP_MB));
    }

    private static String met(boolean met) {
        return met ? "(met)" : "(NOT MET)";
    }
}
