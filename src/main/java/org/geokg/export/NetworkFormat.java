package org.geokg.export;

import java.util.Locale;
import java.util.Optional;

/** Formats of a stance network for reports: Graphviz DOT, SVG (drawn by Graphviz) and GraphML. */
public enum NetworkFormat {
    DOT, SVG, GRAPHML;

    /** The format of that name in any case, or empty if {@code name} is not a network format. */
    public static Optional<NetworkFormat> lookup(String name) {
        for (NetworkFormat f : values()) {
            if (f.name().equals(name.toUpperCase(Locale.ROOT)))
                return Optional.of(f);
        }
        return Optional.empty();
    }
}
