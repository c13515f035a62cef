package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.geokg.GeoKgException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleSourcesTest {
    private static final Path DIR = Path.of("src/test/resources/extract");
    private final ArticleSources sources = new ArticleSources();

    @TempDir
    Path tmp;

    @Test
    void plainTextKeepsTheTextAndTakesTheHeadlineBelowASectionLabel() throws IOException {
        RawArticle raw = sources.read(DIR.resolve("text-ok.txt"));
        assertThat(raw.id()).isEqualTo("text-ok");
        assertThat(raw.title()).isEqualTo("Port Talks Resume Between Norway and Chile");
        assertThat(raw.text()).isEqualTo(Files.readString(DIR.resolve("text-ok.txt")));
    }

    @Test
    void htmlGivesMetadataAndArticleTextWithoutScriptsOrNavigation() {
        RawArticle raw = sources.read(DIR.resolve("page-ok.html"));
        assertThat(raw.title()).isEqualTo("Ministers meet over port deal");
        assertThat(raw.publisher()).isEqualTo("The Harbour Times");
        assertThat(raw.published()).isEqualTo(LocalDate.of(2021, 3, 4));
        assertThat(raw.url()).isEqualTo("https://example.org/news/port-deal");
        assertThat(raw.language()).isEqualTo("en");
        assertThat(raw.text()).startsWith("Ministers meet over port deal\n\nThe trade ministers of Norway")
                .contains("\n\n\"We want a fair deal,\" the Chilean minister said")
                .doesNotContain("Acme", "advert", "Subscribe", "Most read", "Copyright", "Home");
    }

    @Test
    void articleJsonWithoutEntitiesIsRead() {
        RawArticle raw = sources.read(DIR.resolve("raw-ok.json"));
        assertThat(raw.id()).isEqualTo("port-talks");
        assertThat(raw.publisher()).isEqualTo("Example Wire");
        assertThat(raw.published()).isEqualTo(LocalDate.of(2021, 3, 4));
        assertThat(raw.text()).isEqualTo("Norway and Chile held port talks on Tuesday.");
    }

    @Test
    void curatedJsonIsRefused() {
        assertThatThrownBy(() -> sources.read(DIR.resolve("raw-bad-curated.json")))
                .isInstanceOf(ExtractionException.class).isInstanceOf(GeoKgException.class)
                .hasMessageContaining("raw-bad-curated.json").hasMessageContaining("/entities")
                .hasMessageContaining("already has entities");
    }

    @Test
    void emptyFileIsRefused() {
        assertThatThrownBy(() -> sources.read(DIR.resolve("text-bad-empty.txt")))
                .isInstanceOf(ExtractionException.class).hasMessage(DIR.resolve("text-bad-empty.txt") + ": empty, no article text");
    }

    @Test
    void htmlWithoutUrlDateOrPublisherGivesTheArticleWithThoseUnknown() {
        String page = "<html><head><title>Dock strike ends</title></head><body><p>Port workers in Rotterdam went back"
                + " to work on Friday after the union accepted the new wage offer from the port authority.</p></body></html>";
        RawArticle raw = sources.read("bare.html", "bare", page.getBytes(StandardCharsets.UTF_8));
        assertThat(raw.title()).isEqualTo("Dock strike ends");
        assertThat(raw.url()).isNull();
        assertThat(raw.published()).isNull();
        assertThat(raw.text()).endsWith("from the port authority.");
    }

    @Test
    void htmlWithoutArticleIsRefused() {
        assertThatThrownBy(() -> sources.read(DIR.resolve("page-bad-noarticle.html")))
                .isInstanceOf(ExtractionException.class)
                .hasMessageContaining("page-bad-noarticle.html: HTML page has no article text");
    }

    @Test
    void binaryFileIsRefused() throws IOException {
        Path f = tmp.resolve("photo.txt");
        Files.write(f, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        assertThatThrownBy(() -> sources.read(f)).isInstanceOf(ExtractionException.class)
                .hasMessageContaining("photo.txt: binary data, not text");
    }

    @Test
    void latin1FileIsRefusedWithTheBytePosition() throws IOException {
        Path f = tmp.resolve("latin1.txt");
        Files.write(f, "Caf\u00e9 talks in Zurich".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> sources.read(f)).isInstanceOf(ExtractionException.class)
                .hasMessageContaining("latin1.txt: not UTF-8 text (invalid byte sequence at byte 3)");
    }

    @Test
    void oversizedFileIsRefusedBeforeReading() throws IOException {
        Path f = tmp.resolve("huge.txt");
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.setLength(20L * 1024 * 1024);
        }
        assertThatThrownBy(() -> sources.read(f)).isInstanceOf(ExtractionException.class)
                .hasMessageContaining("huge.txt: 20.0 MB is larger than the 5 MB limit");
    }

    @Test
    void missingFileIsRefused() {
        assertThatThrownBy(() -> sources.read(tmp.resolve("nope.txt"))).isInstanceOf(ExtractionException.class)
                .hasMessageEndingWith("nope.txt: no such file");
    }
}
