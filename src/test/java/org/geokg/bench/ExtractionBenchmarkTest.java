package org.geokg.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Percentage.withPercentage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.geokg.eval.SpeedMeter;
import org.geokg.extract.RawArticle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The extraction row, measured once in a child JVM on a handful of generated articles. */
class ExtractionBenchmarkTest {
    private static final long SEED = 7;
    private static final int ARTICLES = 4;

    @TempDir
    static Path dir;

    private static ExtractionBenchmark.Figures figures;
    private static String childLog;

    @BeforeAll
    static void runOnce() throws IOException {
        StringWriter log = new StringWriter();
        figures = ExtractionBenchmark.inChildJvm(SEED, ARTICLES, "2g", Duration.ofMinutes(3), dir, new PrintWriter(log));
        childLog = log.toString();
    }

    @Test
    void everyPassExtractsEveryArticleWithPositiveFigures() {
        assertThat(figures.articles()).isEqualTo(ARTICLES);
        assertThat(figures.passes()).extracting(ExtractionBenchmark.Pass::threads).containsExactly(1, 2);
        for (ExtractionBenchmark.Pass p : figures.passes()) {
            assertThat(p.extracted()).as("%d thread(s)", p.threads()).isEqualTo(ARTICLES);
            assertThat(p.failures()).isZero();
            assertThat(p.seconds()).isPositive();
            assertThat(p.articlesPerSecond()).isCloseTo(ARTICLES / p.seconds(), withPercentage(0.01));
            assertThat(p.articlesOf600WordsPerSecond())
                    .isCloseTo(p.articlesPerSecond() * figures.wordsPerArticle() / 600, withPercentage(0.01));
            assertThat(p.cpuSecondsPerArticle()).isCloseTo(p.cpuSeconds() / ARTICLES, withPercentage(0.01));
            assertThat(p.articlesOf600WordsPerCpuSecond())
                    .isCloseTo(ARTICLES * figures.wordsPerArticle() / 600 / p.cpuSeconds(), withPercentage(0.01));
        }
    }

    @Test
    void startUpIsTheFreshJvmsAndHeapFiguresAreConsistent() {
        assertThat(figures.startupSeconds()).isPositive();
        assertThat(figures.jvmUptimeAtReadySeconds()).isGreaterThan(figures.startupSeconds());
        assertThat(figures.startupCpuSeconds()).isPositive();
        assertThat(figures.liveHeapMb()).isPositive();
        assertThat(figures.peakHeapMb()).isGreaterThanOrEqualTo(figures.liveHeapMb());
        // the child was started with the heap asked for, not the test JVM's
        assertThat(figures.maxHeapMb()).isBetween(1900L, 2048L);
        assertThat(childLog).contains("extractor ready in", "2 thread(s): 4 articles");
    }

    @Test
    void articlesAreTheGeneratedTextFilesAsTheExtractorReadsThem() {
        List<RawArticle> raws = ExtractionBenchmark.articles(SEED, ARTICLES);
        SyntheticCorpus corpus = new SyntheticCorpus(SEED, CorpusWriter.ACTORS);
        for (int i = 0; i < ARTICLES; i++) {
            assertThat(raws.get(i).id()).isEqualTo(corpus.article(i).id());
            assertThat(raws.get(i).title()).isEqualTo(corpus.article(i).title());
            assertThat(raws.get(i).text()).isEqualTo(new String(CorpusWriter.text(corpus.article(i)), StandardCharsets.UTF_8));
        }
        assertThat(figures.wordsPerArticle()).isEqualTo((double) SpeedMeter.words(raws) / ARTICLES);
    }

    @Test
    void theReportsJsonAndTableCarryTheRow() throws IOException {
        ScaleBenchmark.Report report = new ScaleBenchmark.Report("test machine", 2, "1 MB max heap", SEED, List.of(),
                List.of(), figures);
        Path json = dir.resolve("report.json");
        ScaleBenchmark.writeJson(report, json);
        JsonNode row = new ObjectMapper().readTree(json.toFile()).get("extraction");
        assertThat(row.get("articles").asInt()).isEqualTo(ARTICLES);
        assertThat(row.get("startupSeconds").asDouble()).isEqualTo(figures.startupSeconds());
        assertThat(row.get("peakHeapMb").asLong()).isEqualTo(figures.peakHeapMb());
        assertThat(row.get("passes").get(1).get("threads").asInt()).isEqualTo(2);
        assertThat(row.get("passes").get(1).get("articlesOf600WordsPerSecond").asDouble())
                .isEqualTo(figures.passes().get(1).articlesOf600WordsPerSecond());

        StringWriter table = new StringWriter();
        ScaleBenchmark.printTable(report, new PrintWriter(table));
        assertThat(table.toString()).contains("extraction: 4 articles (generated, seed 7;", "600w art/s", "targets: >= 20");
    }
}
