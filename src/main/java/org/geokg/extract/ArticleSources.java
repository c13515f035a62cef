package org.geokg.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.geokg.extract.source.SourceReaders;

/**
 * Reads one article file for extraction: plain text ({@code .txt}; its first paragraph is the
 * headline when it looks like one), a news page ({@code .html}, {@code .htm}) or Article JSON
 * with a text but no entities ({@code .json}). Other extensions are sniffed from the content.
 * Every problem (missing, empty, binary, not UTF-8, too large, a page with no article) is an
 * {@link ExtractionException} naming the file.
 *
 * <pre>{@code
 * RawArticle raw = new ArticleSources().read(Path.of("news/huawei.txt"));
 * Article a = Extractor.create().extract(raw);
 * }</pre>
 */
public final class ArticleSources {
    /** Largest file read, in bytes: ten times a very long article, far below what would strain memory. */
    public static final long MAX_BYTES = 5L * 1024 * 1024;

    public RawArticle read(Path file) {
        String name = file.toString();
        if (!Files.exists(file)) {
            throw new ExtractionException(name + ": no such file");
        }
        if (!Files.isRegularFile(file)) {
            throw new ExtractionException(name + ": not a regular file");
        }
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new ExtractionException(String.format(Locale.ROOT,
                        "%s: %.1f MB is larger than the %d MB limit for one article; split it into articles",
                        name, size / 1048576.0, MAX_BYTES / 1048576));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ExtractionException(name + ": cannot read: " + e.getMessage(), e);
        }
        return read(name, idOf(file), bytes);
    }

    /** Reads an article from bytes; {@code name} is used in messages and its extension picks the format. */
    public RawArticle read(String name, String id, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new ExtractionException(name + ": " + bytes.length + " bytes is larger than the limit of "
                    + MAX_BYTES + " bytes for one article");
        }
        return SourceReaders.read(name, id, bytes);
    }

    /** An article id from a file name: its base name with characters outside [A-Za-z0-9._-] as '-'. */
    static String idOf(Path file) {
        String base = file.getFileName().toString();
        int dot = base.lastIndexOf('.');
        if (dot > 0) {
            base = base.substring(0, dot);
        }
        String id = base.replaceAll("[^A-Za-z0-9._-]+", "-");
        if (id.length() > 200) {
            id = id.substring(0, 200);
        }
        return id.isEmpty() || id.matches("[-.]+") ? "article" : id;
    }
}
