package org.geokg.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.geokg.GeoKgException;

/**
 * Draws a {@link StanceNetwork} as SVG by handing its DOT text to Graphviz's {@code dot}, which
 * does the layout. geokg has no layout engine of its own; without Graphviz, SVG is unavailable
 * and the error says how to get it or to export DOT instead.
 */
public final class SvgRenderer {
    private static final long TIMEOUT_SECONDS = 60;
    private final String dotCommand;

    /** Uses {@code dot} from the PATH. */
    public SvgRenderer() {
        this("dot");
    }

    public SvgRenderer(String dotCommand) {
        this.dotCommand = dotCommand;
    }

    public void write(StanceNetwork network, OutputStream out) {
        StringWriter dot = new StringWriter();
        DotWriter.write(network, dot);
        Process process;
        try {
            process = new ProcessBuilder(dotCommand, "-Tsvg").start();
        } catch (IOException e) {
            throw new GeoKgException("SVG export needs Graphviz's '" + dotCommand + "' command, which could not be run ("
                    + e.getMessage() + "); install Graphviz (apt-get install graphviz) or export --format dot and render it elsewhere", e);
        }
        try {
            CompletableFuture<byte[]> svg = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
            CompletableFuture<byte[]> errors = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
            try (OutputStream in = process.getOutputStream()) {
                in.write(dot.toString().getBytes(StandardCharsets.UTF_8));
            }
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new GeoKgException("Graphviz '" + dotCommand + "' did not finish within " + TIMEOUT_SECONDS + " s");
            }
            if (process.exitValue() != 0)
                throw new GeoKgException("Graphviz '" + dotCommand + "' failed (exit " + process.exitValue() + "): "
                        + new String(errors.join(), StandardCharsets.UTF_8).strip());
            out.write(svg.join());
        } catch (IOException e) {
            throw new GeoKgException("cannot run Graphviz '" + dotCommand + "': " + e.getMessage(), e);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new GeoKgException("interrupted while Graphviz drew the SVG", e);
        }
    }

    private static byte[] readAll(InputStream in) {
        try (in; ByteArrayOutputStream buffer = new ByteArrayOutputStream()) {
            in.transferTo(buffer);
            return buffer.toByteArray();
        } catch (IOException e) {
            throw new GeoKgException("cannot read Graphviz's output: " + e.getMessage(), e);
        }
    }
}
