package org.geokg.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.geokg.bench.SyntheticCorpus;
import org.geokg.cli.Main;
import org.geokg.input.ArticleReader;
import org.geokg.rdf.ArticleMapper;
import org.geokg.rdf.Iris;
import org.geokg.store.GeoStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills {@code geokg load} with SIGKILL at random moments, again and again into the same TDB2
 * store, one article at a time and in bulk. After every kill the store must open and every
 * article graph in it must be exactly what a clean load of that article gives; a final load
 * must end in the store an uninterrupted load gives.
 */
class CrashSafetyIT {
    private static final long SEED = 20261128L;
    private static final int ARTICLES = 2000;
    private static final int TRIALS = 21;
    /** The modes, in turn: one transaction per article, then the two bulk write paths. */
    private static final List<List<String>> MODES = List.of(List.of(),
            List.of("--bulk", "--batch", "50", "--bulk-method", "phased"),
            List.of("--bulk", "--batch", "50", "--bulk-method", "transaction"));

    @TempDir
    Path tmp;

    private final SyntheticCorpus corpus = new SyntheticCorpus(SEED, 300);
    private final ArticleMapper mapper = new ArticleMapper();
    private final Map<String, Graph> expected = new HashMap<>();

    @Test
    void killedLoadsLeaveOnlyWholeArticlesAndAReloadCompletesTheStore() throws Exception {
        Path articles = Files.createDirectories(tmp.resolve("articles"));
        for (int i = 0; i < ARTICLES; i++) {
            ArticleReader.mapper().writeValue(articles.resolve(String.format("a%05d.json", i)).toFile(), corpus.article(i));
        }
        Path store = tmp.resolve("store");
        Random rnd = new Random(SEED);
        List<String> figures = new ArrayList<>();
        for (int trial = 0; trial < TRIALS; trial++) {
            List<String> mode = MODES.get(trial % MODES.size());
            long delayMs = 500 + rnd.nextInt(2500);
            boolean killed = loadAndKill(store, articles, mode, delayMs, trial);
            Check c = check(store);
            // durability: an article reported loaded before the kill was committed, so it must be there
            List<String> reported = reported(tmp.resolve("child-" + trial + ".log"));
            List<String> lost = reported.stream().filter(id -> !c.present.contains(id)).toList();
            figures.add(String.format("trial %2d %-12s kill after %4d ms of loading%s: %4d articles present, %d partial,"
                    + " %d reported loaded, %d of them lost", trial, mode.isEmpty() ? "per-article" : mode.get(4), delayMs,
                    killed ? "" : " (finished first)", c.complete, c.partial.size(), reported.size(), lost.size()));
            assertThat(c.partial).as("partial article graphs after trial %d", trial).isEmpty();
            assertThat(lost).as("articles reported loaded but missing after trial %d", trial).isEmpty();
        }
        figures.forEach(System.out::println);

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        // the bulk path: one article per transaction takes minutes for 2,000 on a busy machine
        int code = Main.run(new String[] {"load", "--bulk", "--batch", "200", "--store", store.toString(), articles.toString()},
                new PrintWriter(out), new PrintWriter(err));
        assertThat(code).as(err.toString()).isZero();
        Check end = check(store);
        System.out.printf("after a full reload: %d articles, %d partial, %d unexpected graphs%n", end.complete,
                end.partial.size(), end.unexpected);
        assertThat(end.partial).isEmpty();
        assertThat(end.unexpected).isZero();
        assertThat(end.complete).isEqualTo(ARTICLES);
    }

    /** Starts a child JVM loading into the store and kills it {@code delayMs} after its first write; false if it ended first. */
    private boolean loadAndKill(Path store, Path articles, List<String> mode, long delayMs, int trial)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-cp", System.getProperty("java.class.path"), Main.class.getName(), "load",
                "--store", store.toString()));
        cmd.addAll(mode);
        cmd.add(articles.toString());
        Path log = tmp.resolve("child-" + trial + ".log");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            // the kill is timed from the first progress line, so JVM start-up does not eat the delay
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (p.isAlive() && !loading(log) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            if (p.waitFor(delayMs, TimeUnit.MILLISECONDS)) {
                assertThat(p.exitValue()).as(Files.readString(log)).isZero();
                return false;
            }
            p.destroyForcibly();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            return true;
        } finally {
            p.destroyForcibly();
        }
    }

    private static boolean loading(Path log) throws IOException {
        String s = Files.readString(log);
        return s.contains("[1/") || s.contains("articles/s") || s.contains("batch");
    }

    private record Check(int complete, List<String> partial, int unexpected, java.util.Set<String> present) {
    }

    private static final java.util.regex.Pattern LOADED = java.util.regex.Pattern.compile(": article (\\S+), \\d+ triples");

    private static List<String> reported(Path log) throws IOException {
        List<String> ids = new ArrayList<>();
        java.util.regex.Matcher m = LOADED.matcher(Files.readString(log));
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    /** Opens the store as a new process would and compares every article graph with a clean mapping. */
    private Check check(Path dir) {
        try (GeoStore store = GeoStore.tdb2(dir)) {
            DatasetGraph dsg = store.datasetGraph();
            return Txn.calculateRead(dsg, () -> {
                int complete = 0;
                int unexpected = dsg.getDefaultGraph().isEmpty() ? 0 : 1;
                List<String> partial = new ArrayList<>();
                java.util.Set<String> present = new java.util.HashSet<>();
                Iterator<Node> it = dsg.listGraphNodes();
                while (it.hasNext()) {
                    Node g = it.next();
                    String id = Iris.articleIdOfGraph(g);
                    Graph want = id == null ? null : expected(id);
                    if (want == null) {
                        unexpected++;
                        continue;
                    }
                    Graph have = GraphFactory.createDefaultGraph();
                    dsg.getGraph(g).find().forEachRemaining(have::add);
                    present.add(id);
                    if (have.isIsomorphicWith(want)) {
                        complete++;
                    } else {
                        partial.add(id + " (" + have.size() + " of " + want.size() + " triples)");
                    }
                }
                return new Check(complete, partial, unexpected, present);
            });
        }
    }

    private Graph expected(String id) {
        String prefix = "synthetic-" + SEED + "-";
        if (!id.startsWith(prefix)) {
            return null;
        }
        int i = Integer.parseInt(id.substring(prefix.length()));
        return i < 0 || i >= ARTICLES ? null : expected.computeIfAbsent(id, k -> mapper.toGraph(corpus.article(i)));
    }
}
