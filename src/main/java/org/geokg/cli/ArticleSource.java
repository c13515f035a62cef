package org.geokg.cli;

import java.nio.file.Path;
import org.geokg.input.ArticleReader;
import org.geokg.input.InputException;
import org.geokg.model.Article;

/** Turns one input file into an Article: curated JSON as it is. */
final class ArticleSource {
    private ArticleSource() {
    }

    static Article read(Path f) {
        String ext = InputFiles.extension(f);
        if (ext.equals("json")) {
            return ArticleReader.read(f);
        }
        throw new InputException(f.toString(), "", 0, 0,
                "unsupported file type \"." + ext + "\"; expected .json, .trig or .nq");
    }
}
