package org.geokg.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.geokg.GeoKgException;
import org.geokg.query.CannedQuery;
import org.geokg.query.QueryParam;
import org.geokg.query.QueryRegistry;
import org.geokg.store.BulkLoader;
import org.geokg.store.GeoStore;

/**
 * The scale benchmark: for each size, bulk-loads that many generated articles into a fresh TDB2
 * store; exports the same quads as N-Quads and loads them with Jena's phased TDB2 loader (what
 * {@code tdb2.tdbloader} runs by default) for a ratio; starts {@code geokg serve} on the store in
 * its own JVM and times it; runs every canned query over HTTP from 1 and 16 clients. First, unless
 * told to skip it, the extraction row ({@link ExtractionBenchmark}). Prints one table and writes the
 * figures as JSON. A benchmark, not a test: it asserts nothing.
 */
public final class ScaleBenchmark {
    /** Figures of one canned query at one size. */
    public record QueryFigures(String query, Map<String, String> params, QueryLoad.Figures oneClient,
                               QueryLoad.Figures sixteenClients) {
    }

    /** Figures of one size. */
    public record SizeFigures(int articles, long triples, double loadSeconds, double loadCpuSeconds,
                              double articlesPerSecond, double triplesPerSecond, long loadPeakRssMb,
                              double tdbloaderSeconds, double tdbloaderCpuSeconds, double tdbloaderTriplesPerSecond,
                              long tdbloaderPeakRssMb, double loadRatio, double loadCpuRatio,
                              long storeMb, long tdbloaderStoreMb, double serveStartSeconds, long servePeakRssMb, List<QueryFigures> queries) {
    }

    /** How a cost grows between two sizes: cost ∝ size^exponent. */
    public record Growth(int from, int to, double loadExponent, Map<String, Double> queryP50Exponents) {
    }

    /** The whole run; {@code extraction} is null when skipped. */
    public record Report(String machine, int threads, String heap, long seed, List<SizeFigures> sizes,
                         List<Growth> growth, ExtractionBenchmark.Figures extraction) {
    }

    /** The server cuts a query after this; such requests count as errors and bound the run. */
    public static final Duration QUERY_TIMEOUT = Duration.ofSeconds(10);

    /** Articles loaded, untimed, before the first size. */
    static final int WARM_UP = 300;

    private static final Pattern EXAMPLE_PARAM = Pattern.compile("--param\\s+([A-Za-z_][A-Za-z0-9_]*)=(\"[^\"]*\"|\\S+)");

    private final long seed;
    private final int threads;
    private final Path workDir;
    private final Duration queryBudget;
    private final int maxRequests;
    private final boolean queries;
    private final boolean deleteStore;
    private final int extractArticles;
    private ExtractionBenchmark.Figures extraction;
    private Path extractionFolder;

    /**
     * @param queries     whether to start {@code geokg serve} and run the canned queries on each store
     * @param deleteStore whether to delete our store once its queries ran, before Jena's loader builds
     *                    its own, so that the disk never holds both stores of a size at once
     * @param extractArticles how many generated articles the extraction row extracts; 0 skips it
     */
    public ScaleBenchmark(long seed, int threads, Path workDir, Duration queryBudget, int maxRequests, boolean queries,
            boolean deleteStore, int extractArticles) {
        this.seed = seed;
        this.threads = threads;
        this.workDir = workDir;
        this.queryBudget = queryBudget;
        this.maxRequests = maxRequests;
        this.queries = queries;
        this.deleteStore = deleteStore;
        this.extractArticles = extractArticles;
    }

    /**
     * Makes the extraction row read the article files of {@code folder} (news text, e.g. the
     * evaluation corpus) instead of generated articles; null goes back to generated ones.
     */
    public ScaleBenchmark extractingFrom(Path folder) {
        this.extractionFolder = folder;
        return this;
    }

    /** Told the report so far after each phase of each size, so a long run leaves figures behind as it goes. */
    public interface Partial {
        void report(Report soFar) throws IOException;
    }

    public Report run(List<Integer> sizes, PrintWriter log, Partial partial) throws IOException {
        if (extractArticles > 0) {
            log.printf("extraction: %d %s in a fresh JVM%n", extractArticles,
                    extractionFolder == null ? "generated articles" : "articles of " + extractionFolder);
            log.flush();
            extraction = ExtractionBenchmark.inChildJvm(seed, extractArticles, extractionFolder, "2g",
                    extractionLimit(extractArticles), workDir.resolve("extraction"), log);
            partial.report(report(List.of()));
        }
        warmUp(log);
        List<SizeFigures> figures = new ArrayList<>();
        Report report = null;
        for (int n : sizes) {
            figures.add(runSize(n, log, figures, partial));
            report = report(figures);
            partial.report(report);
        }
        return report;
    }

    /**
     * Only the query phase, on an existing store of the first {@code articles} generated articles
     * of this seed (which picks the per-actor subjects): serve opens it read-only in its own JVM;
     * nothing is loaded, deleted or written to the store. Load figures are left out (NaN, -1).
     */
    public Report runQueries(Path store, int articles, PrintWriter log, Partial partial) throws IOException {
        if (!Files.isDirectory(store)) {
            throw new GeoKgException("no store at " + store + " to run the queries on");
        }
        Path dir = workDir.resolve("queries-n" + articles);
        Files.createDirectories(dir);
        SizeFigures f = new SizeFigures(articles, -1, Double.NaN, Double.NaN, Double.NaN, Double.NaN, -1, Double.NaN,
                Double.NaN, Double.NaN, -1, Double.NaN, Double.NaN, sizeMb(store), -1, Double.NaN, -1, List.of());
        Report report = report(List.of(withServer(f, store, dir, log)));
        partial.report(report);
        return report;
    }

    private Report report(List<SizeFigures> figures) {
        List<Growth> growth = new ArrayList<>();
        for (int i = 1; i < figures.size(); i++) {
            growth.add(growth(figures.get(i - 1), figures.get(i)));
        }
        String machine = Runtime.getRuntime().availableProcessors() + " cores visible, " + System.getProperty("os.name")
                + " " + System.getProperty("os.arch") + ", Java " + System.getProperty("java.version");
        return new Report(machine, threads, Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB max heap", seed,
                List.copyOf(figures), growth, extraction);
    }

    /**
     * Generous: at load average 18 the row took 24 s to start and 0.16-0.3 s per article and pass;
     * this allows over three times that, so that only a hung JVM hits it.
     */
    private static Duration extractionLimit(int articles) {
        return Duration.ofSeconds(120 + 3L * articles);
    }

    /**
     * Runs both loaders once on a few articles of another seed, untimed, so that the timed runs of
     * either start with compiled code: otherwise the first load, ours, pays the JIT compilation of
     * the TDB2 code that Jena's load then reuses.
     */
    private void warmUp(PrintWriter log) throws IOException {
        Path dir = workDir.resolve("warm-up");
        deleteScratch(dir);
        Files.createDirectories(dir);
        long t0 = System.nanoTime();
        Path nq = dir.resolve("quads.nq.gz");
        try (GeoStore geo = GeoStore.tdb2(dir.resolve("store"))) {
            new BulkLoader(geo, threads, BulkLoader.DEFAULT_BATCH, BulkLoader.Method.PHASED).load(inputs(seed + 1, WARM_UP),
                    p -> { });
            exportQuads(geo.datasetGraph(), nq);
        }
        jenaLoad(nq, dir.resolve("tdbloader-store"), (fmt, args) -> { });
        deleteScratch(dir);
        log.printf("warm-up: %d articles through both loaders in %.1f s%n", WARM_UP, (System.nanoTime() - t0) / 1e9);
        log.flush();
    }

    private static List<BulkLoader.Input> inputs(long seed, int n) {
        SyntheticCorpus corpus = new SyntheticCorpus(seed, CorpusWriter.ACTORS);
        List<BulkLoader.Input> inputs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int k = i;
            inputs.add(new BulkLoader.Input("article " + i, () -> corpus.article(k)));
        }
        return inputs;
    }

    private SizeFigures runSize(int n, PrintWriter log, List<SizeFigures> before, Partial partial) throws IOException {
        Path dir = workDir.resolve("n" + n);
        deleteScratch(dir);
        Files.createDirectories(dir);
        Path store = dir.resolve("store");
        List<BulkLoader.Input> inputs = inputs(seed, n);
        log.printf("[%d] bulk load into %s (%s)%n", n, store, freeSpace(dir));
        log.flush();
        System.gc();
        ProcStatus.resetPeak();
        double cpu0 = ProcStatus.cpuSeconds();
        BulkLoader.Result loaded;
        long loadRss;
        double loadCpu;
        long triples;
        Path nq = dir.resolve("same-quads.nq.gz");
        try (GeoStore geo = GeoStore.tdb2(store)) {
            loaded = new BulkLoader(geo, threads, BulkLoader.DEFAULT_BATCH, BulkLoader.Method.PHASED).load(inputs,
                    new BulkLoader.Listener() {
                        @Override
                        public void progress(BulkLoader.Progress p) {
                            log.println("  " + p);
                            log.flush();
                        }

                        @Override
                        public void step(String what, double seconds) {
                            log.printf("  %s at %.1f s%n", what, seconds);
                            log.flush();
                        }
                    });
            loadRss = ProcStatus.peakRssMb();
            loadCpu = ProcStatus.cpuSeconds() - cpu0;
            log.printf("[%d] loaded %d articles, %d triples in %.1f s, %.1f s CPU (%.1f articles/s, %.0f triples/s), peak RSS"
                    + " %d MB; store %d MB (%s)%n", n, loaded.loaded(), loaded.triples(), loaded.seconds(), loadCpu,
                    loaded.loaded() / loaded.seconds(), loaded.triples() / loaded.seconds(), loadRss, sizeMb(store),
                    freeSpace(dir));
            log.printf("[%d] of which mapping %.3f ms and validation %.3f ms CPU per article (worker threads)%n", n,
                    loaded.mapCpuNanos() / 1e6 / n, loaded.checkCpuNanos() / 1e6 / n);
            log.flush();
            long t0 = System.nanoTime();
            triples = exportQuads(geo.datasetGraph(), nq);
            log.printf("[%d] exported %d quads to %s in %.1f s (%d MB)%n", n, triples, nq, (System.nanoTime() - t0) / 1e9,
                    Files.size(nq) / (1024 * 1024));
            log.flush();
        }
        SizeFigures f = new SizeFigures(n, triples, loaded.seconds(), loadCpu, loaded.loaded() / loaded.seconds(),
                triples / loaded.seconds(), loadRss, Double.NaN, Double.NaN, Double.NaN, -1, Double.NaN, Double.NaN,
                sizeMb(store), -1, Double.NaN, -1, List.of());
        partial.report(report(with(before, f)));
        if (queries) {
            f = withServer(f, store, dir, log);
            partial.report(report(with(before, f)));
        }
        if (deleteStore) {
            deleteScratch(store);
            log.printf("[%d] deleted our store (%s)%n", n, freeSpace(dir));
            log.flush();
        }
        // Jena's store will be about as large as ours: refuse to fill the disk rather than fail half-way.
        long needed = f.storeMb() * 1024 * 1024 * 11 / 10;
        if (dir.toFile().getUsableSpace() < needed) {
            log.printf("[%d] Jena's loader not run: it needs about %d MB and only %s%n", n, needed / (1024 * 1024),
                    freeSpace(dir));
            log.flush();
            Files.deleteIfExists(nq);
            return f;
        }
        log.printf("[%d] Jena phased loader from %s%n", n, nq);
        log.flush();
        System.gc();
        ProcStatus.resetPeak();
        Path jenaStore = dir.resolve("tdbloader-store");
        double jenaCpu0 = ProcStatus.cpuSeconds();
        double jenaSeconds = jenaLoad(nq, jenaStore, (fmt, args) -> {
            log.println("  " + String.format(fmt, args).strip());
            log.flush();
        });
        double jenaCpu = ProcStatus.cpuSeconds() - jenaCpu0;
        long jenaRss = ProcStatus.peakRssMb();
        long jenaMb = sizeMb(jenaStore);
        log.printf("[%d] Jena phased loader: %.1f s, %.1f s CPU (%.0f triples/s), peak RSS %d MB, store %d MB; ratio %.2f,"
                + " CPU ratio %.2f%n", n, jenaSeconds, jenaCpu, triples / jenaSeconds, jenaRss, jenaMb,
                f.loadSeconds() / jenaSeconds, f.loadCpuSeconds() / jenaCpu);
        log.flush();
        deleteScratch(jenaStore);
        Files.deleteIfExists(nq);
        return new SizeFigures(n, triples, f.loadSeconds(), f.loadCpuSeconds(), f.articlesPerSecond(), f.triplesPerSecond(),
                f.loadPeakRssMb(), jenaSeconds, jenaCpu, triples / jenaSeconds, jenaRss, f.loadSeconds() / jenaSeconds,
                f.loadCpuSeconds() / jenaCpu, f.storeMb(), jenaMb, f.serveStartSeconds(), f.servePeakRssMb(), f.queries());
    }

    private static List<SizeFigures> with(List<SizeFigures> before, SizeFigures current) {
        List<SizeFigures> all = new ArrayList<>(before);
        all.add(current);
        return all;
    }

    private static String freeSpace(Path dir) {
        return dir.toFile().getUsableSpace() / (1024 * 1024 * 1024) + " GB free on its disk";
    }

    /** Starts geokg serve on the closed store and runs every canned query against it. */
    private SizeFigures withServer(SizeFigures f, Path store, Path dir, PrintWriter log) {
        log.printf("[%d] starting geokg serve%n", f.articles());
        log.flush();
        List<QueryFigures> queries = new ArrayList<>();
        try (ServeProbe server = ServeProbe.start(store, "2g", QUERY_TIMEOUT, Duration.ofSeconds(120),
                dir.resolve("serve.log"))) {
            log.printf("[%d] serve answered after %.2f s%n", f.articles(), server.startSeconds());
            log.flush();
            QueryLoad load = new QueryLoad(server.queryEndpoint(), queryBudget, maxRequests, QUERY_TIMEOUT.plusSeconds(5));
            List<QuerySubjects.Subject> subjects = QuerySubjects.of(new SyntheticCorpus(seed, CorpusWriter.ACTORS), f.articles());
            for (QuerySubjects.Subject s : subjects) {
                log.printf("[%d] per-actor queries run for the %s%n", f.articles(), s.describe());
            }
            for (CannedQuery q : QueryRegistry.standard().all()) {
                // a query about an actor runs once per case (median, then the most named); others once
                boolean perActor = q.params().stream().anyMatch(p -> ACTOR_PARAMS.contains(p.name()));
                for (QuerySubjects.Subject subject : perActor ? subjects : subjects.subList(0, 1)) {
                    String row = perActor ? q.name() + " [" + subject.label() + "]" : q.name();
                    Map<String, String> params = params(q, subject);
                    String sparql = q.bind(params).serialize();
                    QueryLoad.Figures one = load.run(sparql, 1);
                    QueryLoad.Figures sixteen = load.run(sparql, 16);
                    log.printf("[%d] %-28s 1 client p50 %8.1f ms; 16 clients p95 %8.1f ms, %6.1f q/s%n", f.articles(), row,
                            one.p50(), sixteen.p95(), sixteen.qps());
                    log.flush();
                    queries.add(new QueryFigures(row, params, one, sixteen));
                }
            }
            return new SizeFigures(f.articles(), f.triples(), f.loadSeconds(), f.loadCpuSeconds(), f.articlesPerSecond(),
                    f.triplesPerSecond(), f.loadPeakRssMb(), f.tdbloaderSeconds(), f.tdbloaderCpuSeconds(),
                    f.tdbloaderTriplesPerSecond(), f.tdbloaderPeakRssMb(), f.loadRatio(), f.loadCpuRatio(), f.storeMb(),
                    f.tdbloaderStoreMb(), server.startSeconds(), server.peakRssMb(), queries);
        }
    }

    /** Parameters that name an actor: their values come from the generated corpus, not from the example. */
    static final java.util.Set<String> ACTOR_PARAMS = java.util.Set.of("actor", "holder", "person", "target");

    /**
     * The example parameters from the query's header, with names of actors replaced by the
     * subject's (an actor of the generated corpus, so that the queries have answers to compute);
     * optional parameters the example does not give keep their defaults (the first page).
     */
    static Map<String, String> params(CannedQuery q, QuerySubjects.Subject subject) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String example : q.examples()) {
            Matcher m = EXAMPLE_PARAM.matcher(example);
            while (m.find()) {
                values.put(m.group(1), m.group(2).replaceAll("^\"|\"$", ""));
            }
        }
        boolean withHolder = q.params().stream().anyMatch(p -> p.name().equals("holder"));
        for (QueryParam p : q.params()) {
            switch (p.name()) {
                case "actor", "holder" -> values.put(p.name(), subject.actor());
                case "person" -> values.put(p.name(), subject.person());
                case "target" -> values.put(p.name(), withHolder ? subject.pairTarget() : subject.target());
                default -> {
                    if (p.required()) {
                        values.putIfAbsent(p.name(), "x");
                    }
                }
            }
        }
        return values;
    }

    /**
     * Writes every quad of the store as gzipped N-Quads, unsorted, and returns how many. Gzip at its
     * fastest level: the file is a tenth the size for little CPU, and Jena's loader reads it as is.
     */
    private static long exportQuads(DatasetGraph dsg, Path file) throws IOException {
        try (OutputStream out = new BufferedOutputStream(new GZIPOutputStream(Files.newOutputStream(file), 1 << 16) {
            {
                def.setLevel(Deflater.BEST_SPEED);
            }
        }, 1 << 20)) {
            return Txn.calculateRead(dsg, () -> {
                StreamRDF w = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
                w.start();
                long[] count = {0};
                dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                    w.quad(q);
                    count[0]++;
                });
                w.finish();
                return count[0];
            });
        }
    }

    /** Loads an N-Quads file (gzipped) into a new TDB2 store with Jena's phased loader, as tdb2.tdbloader does; seconds. */
    private static double jenaLoad(Path nq, Path dir, MonitorOutput output) throws IOException {
        deleteScratch(dir);
        Files.createDirectories(dir);
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(dir.toAbsolutePath().toString()));
        try {
            long t0 = System.nanoTime();
            DataLoader loader = LoaderFactory.phasedLoader(dsg, output);
            loader.startBulk();
            loader.load(List.of(nq.toString()));
            loader.finishBulk();
            return (System.nanoTime() - t0) / 1e9;
        } finally {
            TDBInternal.expel(dsg);
        }
    }

    private static Growth growth(SizeFigures a, SizeFigures b) {
        double ratio = Math.log((double) b.articles() / a.articles());
        Map<String, Double> queries = new LinkedHashMap<>();
        for (QueryFigures qb : b.queries()) {
            for (QueryFigures qa : a.queries()) {
                if (qa.query().equals(qb.query())) {
                    queries.put(qb.query(), Math.log(qb.oneClient().p50() / qa.oneClient().p50()) / ratio);
                }
            }
        }
        return new Growth(a.articles(), b.articles(), Math.log(b.loadSeconds() / a.loadSeconds()) / ratio, queries);
    }

    private static long sizeMb(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum() / (1024 * 1024);
        }
    }

    /** Deletes a scratch folder of the benchmark (under the work folder the benchmark owns). */
    private static void deleteScratch(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** Writes the report as indented JSON. */
    public static void writeJson(Report report, Path file) throws IOException {
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), report);
    }

    /** Prints the report as one table. */
    public static void printTable(Report r, PrintWriter out) {
        out.println("machine: " + r.machine() + "; " + r.heap() + "; " + r.threads() + " mapping threads; seed " + r.seed());
        out.printf("%-9s %10s %9s %9s %10s %8s %10s %8s %8s %6s %6s %8s %8s %8s%n", "articles", "triples", "load s", "CPU s",
                "art/s", "RSS MB", "jena t/s", "jena s", "jena CPU", "ratio", "CPU r", "store MB", "jena MB", "serve s");
        for (SizeFigures s : r.sizes()) {
            out.printf("%-9d %10d %9.1f %9.1f %10.1f %8d %10.0f %8.1f %8.1f %6.2f %6.2f %8d %8d %8.2f%n", s.articles(),
                    s.triples(), s.loadSeconds(), s.loadCpuSeconds(), s.articlesPerSecond(), s.loadPeakRssMb(),
                    s.tdbloaderTriplesPerSecond(), s.tdbloaderSeconds(), s.tdbloaderCpuSeconds(), s.loadRatio(),
                    s.loadCpuRatio(), s.storeMb(), s.tdbloaderStoreMb(), s.serveStartSeconds());
        }
        out.printf("%n%-9s %-28s %9s %9s %9s %9s | %9s %9s %9s %9s %6s%n", "articles", "query", "1c p50", "1c p95",
                "1c p99", "1c q/s", "16c p50", "16c p95", "16c p99", "16c q/s", "errors");
        for (SizeFigures s : r.sizes()) {
            for (QueryFigures q : s.queries()) {
                QueryLoad.Figures a = q.oneClient();
                QueryLoad.Figures b = q.sixteenClients();
                out.printf("%-9d %-28s %9.1f %9.1f %9.1f %9.1f | %9.1f %9.1f %9.1f %9.1f %6d%n", s.articles(), q.query(),
                        a.p50(), a.p95(), a.p99(), a.qps(), b.p50(), b.p95(), b.p99(), b.qps(), a.errors() + b.errors());
            }
        }
        for (Growth g : r.growth()) {
            out.printf("%ngrowth %d -> %d articles: load time ~ n^%.2f; query p50 (1 client) exponents:%n", g.from(), g.to(),
                    g.loadExponent());
            g.queryP50Exponents().forEach((q, e) -> out.printf("  %-28s n^%.2f%n", q, e));
        }
        if (r.extraction() != null) {
            ExtractionBenchmark.printTable(r.extraction(), out);
        }
        out.flush();
    }
}
