package org.geokg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code geokg generate} writes a corpus that {@code geokg load --bulk} loads as loading one by one does. */
class GenerateAndBulkLoadIT {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private static Run geokg(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void aGeneratedCorpusBulkLoadsToTheSameStoreAsOneByOne() throws Exception {
        Path corpus = dir.resolve("corpus");
        Run gen = geokg("generate", "--articles", "24", "--seed", "3", "-o", corpus.toString());
        assertThat(gen.code()).as(gen.err()).isZero();
        assertThat(files(corpus)).hasSize(24).contains("synthetic-3-0.json", "synthetic-3-23.json");
        assertThat(Files.readString(corpus.resolve("synthetic-3-0.json"))).contains("\"published\" : \"20");

        String one = dir.resolve("one").toString();
        String bulk = dir.resolve("bulk").toString();
        assertThat(geokg("load", "--store", one, corpus.toString()).code()).isZero();
        Run load = geokg("load", "--store", bulk, "--bulk", "--batch", "10", corpus.toString());
        assertThat(load.code()).as(load.err()).isZero();
        assertThat(load.out()).contains("bulk-loaded 24 articles (0 replaced");
        assertThat(load.err()).contains("10/24 articles").contains("24/24 articles").contains("ETA");

        // exports are sorted, so equal stores export byte-identical N-Quads
        assertThat(geokg("export", "--store", bulk, "-f", "nq").out())
                .isEqualTo(geokg("export", "--store", one, "-f", "nq").out());
    }

    @Test
    void theSameSeedWritesTheSameTextFiles() throws Exception {
        geokg("generate", "--articles", "3", "--seed", "9", "--format", "txt", "-o", dir.resolve("a").toString());
        geokg("generate", "--articles", "3", "--seed", "9", "--format", "txt", "-o", dir.resolve("b").toString());
        String a = Files.readString(dir.resolve("a/synthetic-9-2.txt"));
        assertThat(a).startsWith("Synthetic report 2\n\n").isEqualTo(Files.readString(dir.resolve("b/synthetic-9-2.txt")));
    }

    private static List<String> files(Path d) throws Exception {
        try (Stream<Path> s = Files.list(d)) {
            return s.map(p -> p.getFileName().toString()).toList();
        }
    }
}
