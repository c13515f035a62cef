package org.geokg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExtractCommandTest {
    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = new CommandLine(new ExtractCommand());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void printsArticleJsonForOneFile() throws IOException {
        Path f = Files.writeString(tmp.resolve("talks.txt"), "Sweden and Peru signed a trade pact in Lima.");
        assertThat(run("--quiet", f.toString())).isZero();
        JsonNode a = new ObjectMapper().readTree(out.toString());
        assertThat(a.get("id").asText()).isEqualTo("talks");
        assertThat(a.get("provenance").get("producer").asText()).isEqualTo("geokg-extractor");
        assertThat(a.get("entities").size()).isPositive();
    }

    @Test
    void writesOneFilePerInputAndReportsBadOnes() throws IOException {
        Files.writeString(tmp.resolve("a.txt"), "Sweden and Peru signed a trade pact in Lima.");
        Files.write(tmp.resolve("b.txt"), new byte[] {'a', 0, 1, 2});
        Path dir = tmp.resolve("out");
        assertThat(run("-o", dir.toString(), "--threads", "2", tmp.toString())).isEqualTo(3);
        assertThat(dir.resolve("a.json")).exists();
        assertThat(err.toString()).contains("b.txt: binary data").contains("extracted 1 of 2 files");
    }
}
