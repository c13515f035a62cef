package org.geokg.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code geokg export --format dot|svg|graphml --target NAME} over the examples in a TDB2 store. */
class ExportNetworkIT {
    @TempDir
    static Path dir;

    record Run(int code, String out, String err) {}

    @BeforeAll
    static void load() throws IOException {
        List<String> args = new ArrayList<>(List.of("load", "--store", dir.resolve("db").toString()));
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            files.filter(p -> p.toString().endsWith(".json")).sorted().forEach(p -> args.add(p.toString()));
        }
        Run load = geokg(args.toArray(String[]::new));
        assertThat(load.code()).as(load.err()).isZero();
    }

    static Run geokg(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    static Run export(String... args) {
        List<String> all = new ArrayList<>(List.of("export", "--store", dir.resolve("db").toString()));
        all.addAll(List.of(args));
        return geokg(all.toArray(String[]::new));
    }

    @Test
    void dotGroupsHuaweisOpponentsAndSupportersByAnyNameOfTheTarget() {
        Run run = export("--format", "dot", "--target", "the Chinese firm");

        assertThat(run.code()).as(run.err()).isZero();
        String against = between(run.out(), "subgraph \"cluster_against\"", "}");
        String support = between(run.out(), "subgraph \"cluster_for\"", "}");
        assertThat(against).contains("label=\"Against Huawei (8)\"", "\"Australia\"", "\"Mike Pompeo\", shape=ellipse",
                "\"United States\", shape=box").doesNotContain("\"Germany\"");
        assertThat(support).contains("\"Germany\"");
        assertThat(run.out().lines().filter(l -> l.contains(" -> \"target\""))).hasSize(14);
    }

    @Test
    void graphMlIsWrittenAtomicallyToAFile() throws IOException {
        Path file = dir.resolve("nord-stream.graphml");
        Run run = export("--format", "graphml", "--target", "Nord Stream 2", "-o", file.toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).contains("wrote " + file);
        assertThat(Files.readString(file)).contains("<data key=\"name\">Germany</data>", "<data key=\"side\">mixed</data>");
    }

    @Test
    void svgIsDrawnByGraphvizWhenItIsInstalled() {
        assumeThat(Stream.of(System.getenv("PATH").split(java.io.File.pathSeparator))
                .anyMatch(d -> Files.isExecutable(Path.of(d, "dot")))).as("Graphviz dot on the PATH").isTrue();
        Run run = export("--format", "svg", "--target", "Huawei");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("<svg").contains("Mike Pompeo").contains("Against Huawei (8)");
    }

    @Test
    void aNetworkFormatNeedsATargetAndATargetNeedsANetworkFormat() {
        Run noTarget = export("--format", "svg");
        assertThat(noTarget.code()).isNotZero();
        assertThat(noTarget.err()).contains("--format svg draws a stance network and needs --target NAME");

        Run rdf = export("--format", "ttl", "--target", "Huawei");
        assertThat(rdf.code()).isNotZero();
        assertThat(rdf.err()).contains("use --format dot, svg or graphml, not ttl");

        Run nobody = export("--format", "dot", "--target", "Nobody At All");
        assertThat(nobody.code()).isNotZero();
        assertThat(nobody.err()).contains("no position toward \"Nobody At All\"");
    }

    private static String between(String text, String from, String to) {
        int start = text.indexOf(from);
        assertThat(start).as("%s in the output", from).isNotNegative();
        return text.substring(start, text.indexOf(to, start));
    }
}
