package org.geokg.query;

import java.util.Locale;

/** Output formats of {@code geokg query}. */
public enum ResultFormat {
    TABLE, CSV, TSV, JSON;

    public static ResultFormat parse(String s) {
        try {
            return valueOf(s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new QueryException("unknown format \"" + s + "\"; expected table, csv, tsv or json");
        }
    }
}
