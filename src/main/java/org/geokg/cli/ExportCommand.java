package org.geokg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.geokg.GeoKgException;
import org.geokg.export.ExportFormat;
import org.geokg.export.Exporter;
import org.geokg.store.GeoStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code geokg export}: writes the graph in a standard RDF format, in a stable order. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export the knowledge graph: ttl (one merged graph, sorted for stable diffs), "
                + "trig or nq (one graph per article; 'geokg load' reads them back), jsonld."})
public final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Option(names = {"-f", "--format"}, defaultValue = "ttl", description = "ttl, trig, nq or jsonld (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--article", paramLabel = "ID", description = "Export only this article's graph.")
    String article;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE (default: standard output).")
    Path output;

    @Override
    public Integer call() throws IOException {
        ExportFormat fmt = ExportFormat.parse(format);
        try (GeoStore store = storeOptions.open()) {
            Exporter exporter = new Exporter(store);
            if (output == null) {
                PrintWriter out = spec.commandLine().getOut();
                out.flush();
                var buffer = new java.io.ByteArrayOutputStream();
                exporter.write(fmt, article, buffer);
                out.print(buffer.toString(java.nio.charset.StandardCharsets.UTF_8));
                out.flush();
            } else {
                writeAtomically(exporter, fmt);
                spec.commandLine().getErr().println("wrote " + output);
            }
        }
        return ExitCodes.OK;
    }

    /** Writes beside the target and renames, so a failed export never leaves a half-written file. */
    private void writeAtomically(Exporter exporter, ExportFormat fmt) throws IOException {
        Path abs = output.toAbsolutePath();
        Path tmp = Files.createTempFile(abs.getParent(), ".geokg-export-", ".tmp");
        try {
            try (OutputStream os = Files.newOutputStream(tmp)) {
                exporter.write(fmt, article, os);
            }
            Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | GeoKgException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
    }
}
