package org.geokg.cli;

import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.geokg.extract.BatchExtractor;
import org.geokg.extract.ExtractionException;
import org.geokg.extract.Extractor;
import org.geokg.input.ArticleReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code geokg extract FILE...}: extracts actors and positions from raw articles (.txt, .html,
 * Article JSON without entities) and prints the Article JSON for review, or writes one JSON file
 * per input with {@code -o DIR}. Directories are expanded; files are extracted in parallel.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract actors, roles and stated positions from raw articles (.txt, .html, .json without entities) "
                + "and print the Article JSON.")
public final class ExtractCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Article files or directories.")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR",
            description = "Write one <id>.json per input into DIR instead of printing.")
    Path output;

    @Option(names = "--threads", defaultValue = "2", description = "Extraction threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--quiet", description = "No progress on standard error.")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> files = expand(inputs);
        if (output != null) {
            Files.createDirectories(output);
        }
        // the same binding the loader reads, so that extracted files load as they are
        ObjectWriter json = ArticleReader.mapper().writerWithDefaultPrettyPrinter();
        List<BatchExtractor.Result> results = new BatchExtractor(Extractor.create(), threads).run(files,
                (done, total, r) -> {
                    if (!quiet && (output != null || total > 1)) {
                        err.println("[" + done + "/" + total + "] " + r.file() + (r.ok() ? "" : ": failed"));
                        err.flush();
                    }
                });
        int failed = 0;
        ExtractionException firstError = null;
        for (BatchExtractor.Result r : results) {
            if (!r.ok()) {
                failed++;
                err.println("geokg: " + r.error().getMessage());
                if (firstError == null) {
                    firstError = new ExtractionException(r.error().getMessage(), r.error());
                }
                continue;
            }
            if (output != null) {
                json.writeValue(output.resolve(r.article().id() + ".json").toFile(), r.article());
            } else {
                out.println(json.writeValueAsString(r.article()));
            }
        }
        out.flush();
        err.flush();
        if (failed > 0 && failed == results.size()) {
            throw firstError;
        }
        if (!quiet && output != null) {
            err.println("extracted " + (results.size() - failed) + " of " + results.size() + " files into " + output);
        }
        return failed > 0 ? 3 : 0;
    }

    private static List<Path> expand(List<Path> inputs) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                files.addAll(InputFiles.filesUnder(p, InputFiles::isArticle));
            } else {
                files.add(p);
            }
        }
        return files;
    }
}
