package org.geokg.query;

import org.geokg.GeoKgException;

/** A query that cannot be found, parsed, bound or run. */
public class QueryException extends GeoKgException {
    public QueryException(String message) {
        super(message);
    }

    public QueryException(String message, Throwable cause) {
        super(message, cause);
    }
}
