package org.geokg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.geokg.GeoKgException;
import org.geokg.export.ExportFormat;
import org.geokg.export.Exporter;
import org.geokg.export.NetworkExporter;
import org.geokg.export.NetworkFormat;
import org.geokg.export.StanceNetwork;
import org.geokg.query.QueryRunner;
import org.geokg.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code geokg export}: writes the graph in a standard RDF format, in a stable order, or the stance
 * network toward one target as DOT, SVG (through Graphviz) or GraphML for reports.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export the knowledge graph: ttl (one merged graph, sorted for stable diffs), "
                + "trig or nq (one graph per article; 'geokg load' reads them back), jsonld.",
                "Or the stance network toward a target or topic (--target NAME): dot, svg (drawn by Graphviz's dot) or graphml."})
public final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Option(names = {"-f", "--format"}, defaultValue = "ttl",
            description = "ttl, trig, nq or jsonld; with --target: dot, svg or graphml (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--article", paramLabel = "ID", description = "Export only this article's graph.")
    String article;

    @Option(names = "--target", paramLabel = "NAME",
            description = "Export the stance network toward this actor (any name or alias) or topic.")
    String target;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE (default: standard output).")
    Path output;

    @Override
    public Integer call() throws IOException {
        Optional<NetworkFormat> network = NetworkFormat.lookup(format);
        if (network.isPresent() && target == null)
            throw new GeoKgException("--format " + format + " draws a stance network and needs --target NAME (an actor or topic)");
        if (network.isEmpty() && target != null)
            throw new GeoKgException("--target exports a stance network: use --format dot, svg or graphml, not " + format);
        if (network.isPresent() && article != null)
            throw new GeoKgException("--article selects an article graph for RDF formats; a stance network (--format "
                    + format + ") covers all articles");
        ExportFormat fmt = network.isPresent() ? null : ExportFormat.parse(format);
        try (ArticleStore store = storeOptions.open()) {
            Writing writing;
            if (network.isPresent()) {
                StanceNetwork stances = StanceNetwork.read(new QueryRunner(store), target);
                if (stances.edges().isEmpty())
                    throw new GeoKgException("no position toward \"" + target + "\" in " + store.description()
                            + "; give a name or alias of an actor that some position targets, or a topic");
                NetworkExporter exporter = new NetworkExporter();
                writing = os -> exporter.write(stances, network.get(), os);
            } else {
                Exporter exporter = new Exporter(store);
                writing = os -> exporter.write(fmt, article, os);
            }
            if (output == null) {
                PrintWriter out = spec.commandLine().getOut();
                out.flush();
                var buffer = new java.io.ByteArrayOutputStream();
                writing.to(buffer);
                out.print(buffer.toString(java.nio.charset.StandardCharsets.UTF_8));
                out.flush();
            } else {
                writeAtomically(writing);
                spec.commandLine().getErr().println("wrote " + output);
            }
        }
        return ExitCodes.OK;
    }

    /** Writes one export to a stream. */
    private interface Writing {
        void to(OutputStream out) throws IOException;
    }

    /** Writes beside the target and renames, so a failed export never leaves a half-written file. */
    private void writeAtomically(Writing writing) throws IOException {
        Path abs = output.toAbsolutePath();
        Path tmp = Files.createTempFile(abs.getParent(), ".geokg-export-", ".tmp");
        try {
            try (OutputStream os = Files.newOutputStream(tmp)) {
                writing.to(os);
            }
            Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | GeoKgException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
    }
}
