package org.geokg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.geokg.TestArticles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line run in-process against a TDB2 store in a temporary directory. */
class CliIT {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    Run geokg(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        java.util.List<String> all = new java.util.ArrayList<>(java.util.List.of(args));
        if (java.util.Set.of("load", "query", "export", "stats", "serve").contains(args[0])) {
            all.addAll(1, java.util.List.of("--store", dir.resolve("db").toString()));
        }
        String[] withStore = all.toArray(String[]::new);
        int code = Main.run(withStore, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void loadThenStatsThenExport() throws Exception {
        Run load = geokg("load", TestArticles.resource("input/good-minimal.json").toString());
        assertThat(load.code()).as(load.err()).isZero();
        assertThat(load.out()).contains("article test-minimal").contains("loaded 1 article");

        Run stats = geokg("stats");
        assertThat(stats.code()).isZero();
        assertThat(stats.out()).contains("articles:  1").contains("SANCTION");

        Path ttl = dir.resolve("out.ttl");
        Run export = geokg("export", "--format", "ttl", "-o", ttl.toString());
        assertThat(export.code()).as(export.err()).isZero();
        assertThat(Files.readString(ttl)).contains("Ruritania");
    }

    @Test
    void badInputExitsWithCodeThreeNamesThePlaceAndLeavesTheStoreUnchanged() throws Exception {
        assertThat(geokg("load", TestArticles.resource("input/good-minimal.json").toString()).code()).isZero();
        String before = geokg("export", "--format", "nq").out();

        Path bad = TestArticles.resource("input/bad-dangling-reference.json");
        Run run = geokg("load", bad.toString());

        assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains(bad.toString() + ":15:").contains("/positions/0/target")
                .contains("unknown entity \"cheese-corp\"").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(geokg("export", "--format", "nq").out()).isEqualTo(before);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"bad-syntax.json", "bad-unknown-field.json",
            "bad-missing-field.json", "bad-unknown-kind.json", "bad-date.json", "bad-dangling-reference.json",
            "bad-duplicate-id.json", "bad-span-text.json", "bad-wrong-type.json", "bad-empty.json",
            "bad-not-object.json", "bad-unknown-type.json", "bad-null-required.json", "bad-coerced-number.json"})
    void everyClassOfBadJsonIsRefusedWithItsPlaceAndTheStoreIsUnchanged(String fixture) {
        assertThat(geokg("load", TestArticles.resource("input/good-minimal.json").toString()).code()).isZero();
        String before = geokg("export", "--format", "nq").out();
        Path bad = TestArticles.resource("input/" + fixture);

        Run run = geokg("load", bad.toString());

        assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).startsWith("geokg: " + bad).doesNotContain("\tat ");
        if (!fixture.equals("bad-empty.json")) {
            assertThat(run.err()).containsPattern(java.util.regex.Pattern.quote(bad.toString()) + ":\\d+:\\d+: ");
        }
        assertThat(geokg("export", "--format", "nq").out()).isEqualTo(before);
    }

    @Test
    void validateChecksWithoutLoading() {
        Run ok = geokg("validate", TestArticles.resource("input/good-minimal.json").toString());
        assertThat(ok.code()).isZero();
        assertThat(ok.out()).contains("ok (article test-minimal");
        Run bad = geokg("validate", TestArticles.resource("input/bad-unknown-kind.json").toString());
        assertThat(bad.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(bad.err()).contains("unknown kind \"EMBARGO\"");
    }

    @Test
    void usageErrorsExitWithCodeTwo() {
        Run run = geokg("query", "--format");
        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void anUnknownQueryIsAQueryError() {
        Run run = geokg("query", "no-such-question");
        assertThat(run.code()).isEqualTo(ExitCodes.QUERY);
        assertThat(run.err()).contains("neither a canned query nor a query file");
    }

    @Test
    void hostileParameterValuesStayLiterals() {
        assertThat(geokg("load", TestArticles.resource("input/good-minimal.json").toString()).code()).isZero();
        Path rq = dir.resolve("by-name.rq");
        try {
            Files.writeString(rq, """
                    # question: Which actors have this name?
                    # param: name — a name (string)
                    # example: geokg query by-name.rq --param name=Ruritania
                    PREFIX schema: <https://schema.org/>
                    SELECT ?a WHERE { ?a schema:name ?name }
                    """);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        Run hostile = geokg("query", rq.toString(), "--param", "name=\" } ; DROP ALL ; SELECT * { ?s ?p ?o");
        assertThat(hostile.code()).as(hostile.err()).isZero();
        assertThat(hostile.out()).doesNotContain("Ruritania");
        Run normal = geokg("query", rq.toString(), "--param", "name=Ruritania", "--format", "csv");
        assertThat(normal.out()).contains("org/ruritania");
    }

    @Test
    void loadsRawTextThroughTheExtractorWithProvenance() throws Exception {
        Path txt = dir.resolve("ruritania-note.txt");
        Files.writeString(txt, "Ruritania Bars Freedonian Cheese\n\n"
                + "The government of France said on Monday that it would back the European Union in the dispute. "
                + "\"We stand with our partners,\" French Foreign Minister Jean Dupont told reporters in Paris.\n");
        Run load = geokg("load", txt.toString());
        assertThat(load.code()).as(load.err()).isZero();
        assertThat(load.out()).contains("article ruritania-note");
        Run ttl = geokg("export", "--format", "ttl", "--article", "ruritania-note");
        assertThat(ttl.out()).contains("geokg-extractor").contains("gk:Mention").contains("France");
    }
}
