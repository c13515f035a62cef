package org.geokg.bench;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;
import org.geokg.GeoKgException;
import org.geokg.input.ArticleReader;
import org.geokg.model.Article;

/**
 * Writes a {@link SyntheticCorpus} to a folder, one file per article named by its id: Article
 * JSON (what {@code geokg load} reads as curated), or plain text (headline, blank line, body:
 * what the extractor reads). The same seed and count always write the same files.
 */
public final class CorpusWriter {
    /** The file formats a corpus can be written in. */
    public enum Format {
        JSON, TXT
    }

    /** The number of distinct actors the generated articles draw from. */
    public static final int ACTORS = 20_000;

    private final SyntheticCorpus corpus;
    private final Format format;

    public CorpusWriter(long seed, Format format) {
        this.corpus = new SyntheticCorpus(seed, ACTORS);
        this.format = format;
    }

    /** Writes articles 0..count-1 into {@code dir} (created if missing), in parallel; returns the bytes written. */
    public long write(int count, Path dir) {
        ObjectWriter json = ArticleReader.mapper().writer()
                .without(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).withDefaultPrettyPrinter();
        try {
            Files.createDirectories(dir);
            return IntStream.range(0, count).parallel().mapToLong(i -> {
                Article a = corpus.article(i);
                try {
                    byte[] bytes = format == Format.JSON ? json.writeValueAsBytes(a) : text(a);
                    Files.write(dir.resolve(a.id() + "." + format.name().toLowerCase()), bytes);
                    return bytes.length;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        } catch (IOException | UncheckedIOException e) {
            throw new GeoKgException("cannot write the generated corpus to " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The plain-text form of an article: headline, blank line, body. */
    static byte[] text(Article a) {
        return (a.title() + "\n\n" + a.text() + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
