package org.geokg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.geokg.input.InputException;

/** Expands the paths given on the command line into the article files to read, in a stable order. */
final class InputFiles {
    static final Set<String> ARTICLE_EXTENSIONS = Set.of("json", "txt", "html", "htm");
    static final Set<String> RDF_EXTENSIONS = Set.of("trig", "nq");

    private InputFiles() {
    }

    static List<Path> expand(List<String> args) {
        List<Path> files = new ArrayList<>();
        for (String a : args) {
            if ("-".equals(a)) {
                files.add(Path.of("-"));
                continue;
            }
            Path p = Path.of(a);
            if (Files.isDirectory(p)) {
                try {
                    files.addAll(filesUnder(p, InputFiles::supported));
                } catch (IOException e) {
                    throw new InputException(a, "", 0, 0, "cannot list directory: " + e.getMessage());
                }
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                throw new InputException(a, "", 0, 0, "no such file or directory");
            }
        }
        return files;
    }

    /** The regular files below a directory that pass the filter, sorted. */
    static List<Path> filesUnder(Path dir, java.util.function.Predicate<Path> wanted) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).filter(wanted).sorted().toList();
        }
    }

    /** True for the files a raw or curated article can be read from (.json, .txt, .html, .htm). */
    static boolean isArticle(Path p) {
        return ARTICLE_EXTENSIONS.contains(extension(p));
    }

    static String extension(Path p) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean supported(Path p) {
        String ext = extension(p);
        return ARTICLE_EXTENSIONS.contains(ext) || RDF_EXTENSIONS.contains(ext);
    }
}
