package org.geokg.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code geokg eval} with the real extractor on the GUM part of the dev corpus. */
class EvalCommandIT {
    private static final Path CORPUS = Path.of(System.getProperty("geokg.shared", "../shared")).resolve("corpus");

    @TempDir
    Path tmp;

    @Test
    void evalWritesPredictionsAndReportsFiguresThatScorePyConfirms() throws Exception {
        assumeThat(CORPUS.resolve("gold")).as("the shared dev corpus").isDirectory();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"eval", "--task", "mentions", "--corpus", CORPUS.toString(),
                "--out", tmp.toString(), "--json"}, new PrintWriter(out), new PrintWriter(err));

        assertThat(code).as(err.toString()).isZero();
        JsonNode report = new ObjectMapper().readTree(out.toString());
        assertThat(report.at("/speed/articles").asInt()).isEqualTo(24);
        assertThat(report.at("/failures")).isEmpty();
        Path predictions = tmp.resolve("mentions.jsonl");
        assertThat(Files.readAllLines(predictions)).hasSize(24);
        JsonNode anyType = report.at("/tasks/mentions/tables/2/rows/0");
        assertThat(anyType.get("row").asText()).isEqualTo("micro");
        assertThat(anyType.get("matched_gold").asInt()).isPositive();

        if (python()) {
            Process p = new ProcessBuilder("python3", CORPUS.resolve("score.py").toString(), "--task", "mentions",
                    "--gold", CORPUS.resolve("gold/mentions.gum.jsonl").toString(), "--pred", predictions.toString(),
                    "--json").redirectErrorStream(true).start();
            JsonNode python = new ObjectMapper().readTree(new String(p.getInputStream().readAllBytes(),
                    StandardCharsets.UTF_8));
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            for (int t = 0; t < 3; t++) {
                JsonNode micro = python.at("/tables/" + t + "/rows").get(python.at("/tables/" + t + "/rows").size() - 1);
                JsonNode ours = report.at("/tasks/mentions/tables/" + t + "/rows")
                        .get(report.at("/tasks/mentions/tables/" + t + "/rows").size() - 1);
                assertThat(ours.get("matched_gold")).isEqualTo(micro.get("matched_gold"));
                assertThat(ours.get("pred")).isEqualTo(micro.get("pred"));
                assertThat(ours.get("F1").asDouble()).isEqualTo(micro.get("F1").asDouble());
            }
        }
    }

    private static boolean python() {
        try {
            Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (java.io.IOException | InterruptedException e) {
            return false;
        }
    }
}
