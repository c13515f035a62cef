package org.geokg.export;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.io.IOException;
import org.geokg.GeoKgException;

/** Writes a {@link StanceNetwork} in one of the {@link NetworkFormat}s. */
public final class NetworkExporter {
    private final SvgRenderer svg;

    public NetworkExporter() {
        this(new SvgRenderer());
    }

    public NetworkExporter(SvgRenderer svg) {
        this.svg = svg;
    }

    public void write(StanceNetwork network, NetworkFormat format, OutputStream out) {
        switch (format) {
            case DOT -> {
                try {
                    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                    DotWriter.write(network, w);
                    w.flush();
                } catch (IOException e) {
                    throw new GeoKgException("cannot write DOT: " + e.getMessage(), e);
                }
            }
            case GRAPHML -> GraphMlWriter.write(network, out);
            case SVG -> svg.write(network, out);
        }
    }
}
