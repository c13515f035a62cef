package org.geokg.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.geokg.bench.SyntheticCorpus;
import org.geokg.cli.Main;
import org.geokg.export.ExportFormat;
import org.geokg.export.Exporter;
import org.geokg.input.ArticleReader;
import org.geokg.store.GeoStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Feeds every {@link HostileInputs} case through {@code geokg load} into a store that holds valid
 * articles: each must be refused with a non-zero exit and one plain message naming the file, in
 * bounded time, with the store unchanged.
 */
class HostileInputIT {
    /** Generous: the slowest refusal (a 100 MB file, a 25 MB string) takes about a second on a quiet machine. */
    private static final long BOUND_MS = 60_000;

    @TempDir
    Path tmp;

    @Test
    void everyHostileInputIsRefusedCleanlyAndLeavesTheStoreUnchanged() throws Exception {
        Path store = tmp.resolve("store");
        Path good = Files.createDirectories(tmp.resolve("good"));
        SyntheticCorpus corpus = new SyntheticCorpus(5, 40);
        for (int i = 0; i < 3; i++) {
            ArticleReader.mapper().writeValue(good.resolve("a" + i + ".json").toFile(), corpus.article(i));
        }
        assertThat(load(store, good).code).isZero();
        String before = export(store);
        assertThat(before).contains("synthetic-5-2");

        Path dir = Files.createDirectories(tmp.resolve("hostile"));
        List<HostileInputs.Case> cases = HostileInputs.writeAll(dir);
        assertThat(cases).hasSizeGreaterThanOrEqualTo(200);

        List<String> problems = new ArrayList<>();
        Map<String, long[]> table = new TreeMap<>();
        for (HostileInputs.Case c : cases) {
            long t0 = System.nanoTime();
            Run r = load(store, c.file());
            long ms = (System.nanoTime() - t0) / 1_000_000;
            String name = c.file().toString();
            List<String> messages = r.err.lines().filter(l -> l.startsWith("geokg: ")).toList();
            boolean clean = r.code != 0 && messages.size() == 1 && messages.get(0).contains(name)
                    && !r.err.contains("\tat ") && !r.err.contains("Exception") && !r.stderr.contains("\tat ")
                    && !r.stderr.contains("Exception") && ms < BOUND_MS;
            if (!clean) {
                problems.add(c.file().getFileName() + ": exit " + r.code + ", " + ms + " ms, err=" + abbreviate(r.err)
                        + (r.stderr.isEmpty() ? "" : ", System.err=" + abbreviate(r.stderr)));
            }
            if (!export(store).equals(before)) {
                problems.add(c.file().getFileName() + ": the store changed");
            }
            long[] row = table.computeIfAbsent(c.kind(), k -> new long[3]);
            row[0]++;
            row[1] += clean ? 1 : 0;
            row[2] = Math.max(row[2], ms);
        }
        System.out.printf("hostile inputs: %d cases, %d refused cleanly%n", cases.size(), cases.size() - problems.size());
        System.out.println("| class | inputs | refused cleanly | slowest (ms) |");
        table.forEach((k, v) -> System.out.printf("| %s | %d | %d | %d |%n", k, v[0], v[1], v[2]));
        problems.forEach(p -> System.out.println("PROBLEM " + p));
        assertThat(problems).isEmpty();
    }

    private record Run(int code, String err, String stderr) {
    }

    private static Run load(Path store, Path input) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintStream saved = System.err;
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
        try {
            int code = Main.run(new String[] {"load", "--store", store.toString(), input.toString()},
                    new PrintWriter(out, true), new PrintWriter(err, true));
            return new Run(code, err.toString(), stderr.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(saved);
        }
    }

    private static String export(Path dir) {
        try (GeoStore store = GeoStore.tdb2(dir)) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            new Exporter(store).write(ExportFormat.NQ, null, bytes);
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }

    private static String abbreviate(String s) {
        String one = s.replace('\n', '|');
        return one.length() > 300 ? one.substring(0, 300) + "..." : one;
    }
}
