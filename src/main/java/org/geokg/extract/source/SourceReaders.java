package org.geokg.extract.source;

import java.util.Locale;
import java.util.Set;
import org.geokg.extract.ExtractionException;
import org.geokg.extract.RawArticle;

/** Picks the reader for an article file by extension, or by its first character when the extension says nothing. */
public final class SourceReaders {
    private static final Set<String> HTML_EXTENSIONS = Set.of("html", "htm", "xhtml");

    private SourceReaders() {
    }

    /** Whether a file of this name holds a raw article by its extension: plain text or an HTML page. */
    public static boolean isRawArticle(String name) {
        String ext = extension(name);
        return ext.equals("txt") || HTML_EXTENSIONS.contains(ext);
    }

    public static RawArticle read(String name, String id, byte[] bytes) {
        String text = TextDecoder.decode(name, bytes);
        if (text.isBlank()) {
            throw new ExtractionException(name + ": empty, no article text");
        }
        String ext = extension(name);
        String start = text.stripLeading();
        if (HTML_EXTENSIONS.contains(ext)
                || (!ext.equals("txt") && !ext.equals("json") && start.startsWith("<"))) {
            return HtmlArticleReader.read(name, id, text);
        }
        if (ext.equals("json") || (!ext.equals("txt") && start.startsWith("{"))) {
            return JsonArticleReader.read(name, id, text);
        }
        return PlainTextReader.read(id, text);
    }

    private static String extension(String name) {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        int dot = name.lastIndexOf('.');
        return dot > slash ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }
}
