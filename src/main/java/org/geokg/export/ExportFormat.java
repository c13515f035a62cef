package org.geokg.export;

import java.util.Locale;
import org.geokg.GeoKgException;

/** Formats of {@code geokg export}. Turtle is one merged graph; the others keep one graph per article. */
public enum ExportFormat {
    TTL, TRIG, NQ, JSONLD;

    public static ExportFormat parse(String s) {
        try {
            return valueOf(s.toUpperCase(Locale.ROOT).replace("-", ""));
        } catch (IllegalArgumentException e) {
            throw new GeoKgException("unknown export format \"" + s + "\"; expected ttl, trig, nq or jsonld");
        }
    }
}
