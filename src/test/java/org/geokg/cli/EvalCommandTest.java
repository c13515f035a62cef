package org.geokg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code geokg eval --pred}: scoring a prediction file, as score.py does, on a small corpus written here. */
class EvalCommandTest {
    @TempDir
    Path tmp;

    private Path corpus() throws IOException {
        Files.createDirectories(tmp.resolve("corpus/articles"));
        Files.writeString(tmp.resolve("corpus/articles/d.txt"), "\u201cNo deal,\u201d Ana Ruiz said.");
        Files.createDirectories(tmp.resolve("corpus/gold"));
        Files.writeString(tmp.resolve("corpus/gold/attributions.dev.jsonl"),
                "{\"doc\":\"d\",\"source\":{\"start\":11,\"end\":19,\"text\":\"Ana Ruiz\"},"
                        + "\"content\":{\"start\":0,\"end\":10,\"text\":\"\u201cNo deal,\u201d\"},\"direct\":true}\n");
        return tmp.resolve("corpus");
    }

    @Test
    void aPredictionFileIsScoredWithoutRunningTheExtractor() throws IOException {
        Path corpus = corpus();
        Path pred = Files.writeString(tmp.resolve("p.jsonl"),
                "{\"doc\":\"d\",\"source\":{\"entity\":\"Ms. Ruiz\"},\"content\":{\"start\":1,\"end\":9}}\n");
        StringWriter out = new StringWriter();
        int code = Main.run(new String[] {"eval", "--corpus", corpus.toString(), "--task", "attributions",
                "--pred", pred.toString()}, new PrintWriter(out), new PrintWriter(new StringWriter()));
        assertThat(code).isZero();
        assertThat(out.toString())
                .contains("Attributions: end-to-end")
                .contains("  all attributions                    1      1       1       1  1.000  1.000  1.000");
    }

    @Test
    void predNeedsOneTask() throws IOException {
        Path corpus = corpus();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"eval", "--corpus", corpus.toString(), "--pred", "p.jsonl"},
                new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("--pred needs one --task");
    }

    @Test
    void aFolderThatIsNotACorpusIsReportedPlainly() {
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"eval", "--corpus", tmp.toString()}, new PrintWriter(new StringWriter()),
                new PrintWriter(err));
        assertThat(code).isNotZero();
        assertThat(err.toString()).contains(tmp + ": not a corpus folder (expected articles/ and gold/ in it)");
    }
}
