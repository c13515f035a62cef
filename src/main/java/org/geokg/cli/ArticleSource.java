package org.geokg.cli;

import java.nio.file.Path;
import org.geokg.extract.ArticleSources;
import org.geokg.extract.Extractor;
import org.geokg.input.ArticleReader;
import org.geokg.input.InputException;
import org.geokg.model.Article;

/**
 * Turns one input file into an Article: curated Article JSON as it is; plain text, HTML and
 * Article JSON that has text but no entities or positions through the extractor.
 */
final class ArticleSource {
    private ArticleSource() {
    }

    /** True when the file is read by the extractor rather than taken as curated. */
    static boolean needsExtraction(Path f) {
        String ext = InputFiles.extension(f);
        if (ext.equals("txt") || ext.equals("html") || ext.equals("htm")) {
            return true;
        }
        if (ext.equals("json")) {
            Article a = ArticleReader.read(f);
            return a.entities().isEmpty() && a.positions().isEmpty() && a.text() != null && !a.text().isBlank();
        }
        return false;
    }

    static Article read(Path f) {
        String ext = InputFiles.extension(f);
        if (!InputFiles.ARTICLE_EXTENSIONS.contains(ext)) {
            throw new InputException(f.toString(), "", 0, 0,
                    "unsupported file type \"." + ext + "\"; expected .json, .txt, .html, .trig or .nq");
        }
        if (needsExtraction(f)) {
            return Extractors.shared().extract(new ArticleSources().read(f));
        }
        return ArticleReader.read(f);
    }

    /** One extractor per process, created on first use: loading CoreNLP's models takes seconds. */
    static final class Extractors {
        private static Extractor instance;

        static synchronized Extractor shared() {
            if (instance == null) {
                instance = Extractor.create();
            }
            return instance;
        }
    }
}
