package org.geokg.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.geokg.GeoKgException;
import org.geokg.extract.RawArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The extraction row on article files of a folder (news text) instead of generated articles. */
class ExtractionFolderTest {
    @TempDir
    Path dir;

    private void writeArticles() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "Ministers meet on tariffs\n\n"
                + "The trade minister of Norway said on Monday that Oslo would not join the new tariffs.\n");
        Files.writeString(dir.resolve("b.html"), "<html><head><title>Port deal signed</title></head><body><article>"
                + "<p>Acme Shipping agreed to sell its port stake to a state fund, its chief executive said.</p>"
                + "</article></body></html>");
        Files.writeString(dir.resolve("notes.md"), "not an article");
    }

    @Test
    void readsTheFirstArticleFilesByNameAndSkipsOtherFiles() throws IOException {
        writeArticles();
        List<RawArticle> all = ExtractionBenchmark.articles(dir, 10);
        assertThat(all).extracting(RawArticle::title).containsExactly("Ministers meet on tariffs", "Port deal signed");
        assertThat(ExtractionBenchmark.articles(dir, 1)).extracting(RawArticle::id).containsExactly("a");
    }

    @Test
    void aFolderWithoutArticlesIsAClearErrorBeforeAnyJvmStarts() throws IOException {
        Files.writeString(dir.resolve("notes.md"), "not an article");
        StringWriter log = new StringWriter();
        assertThatThrownBy(() -> ExtractionBenchmark.inChildJvm(1, 5, dir, "2g", Duration.ofMinutes(1), dir,
                new PrintWriter(log)))
                .isInstanceOf(GeoKgException.class).hasMessageContaining(dir.toString())
                .hasMessageContaining("no .txt or .html article files");
        assertThatThrownBy(() -> ExtractionBenchmark.articles(dir.resolve("missing"), 5))
                .isInstanceOf(GeoKgException.class).hasMessageContaining("no such folder");
        assertThat(log.toString()).isEmpty();
    }

    @Test
    void theChildJvmExtractsTheFolderAndNamesItAsTheSource() throws IOException {
        writeArticles();
        ExtractionBenchmark.Figures f = ExtractionBenchmark.inChildJvm(1, 10, dir, "2g", Duration.ofMinutes(3),
                dir.resolve("scratch"), new PrintWriter(new StringWriter()));
        assertThat(f.source()).isEqualTo(dir.toAbsolutePath().toString());
        assertThat(f.articles()).isEqualTo(2);
        assertThat(f.passes()).allSatisfy(p -> {
            assertThat(p.extracted()).isEqualTo(2);
            assertThat(p.failures()).isZero();
        });
    }
}
