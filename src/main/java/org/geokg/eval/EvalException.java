package org.geokg.eval;

import org.geokg.GeoKgException;

/**
 * An evaluation input that cannot be scored: a gold or prediction file that is missing, is not
 * JSON Lines, or has a record without a field the scorer needs. The message names the file, the
 * line and what was expected there.
 */
public class EvalException extends GeoKgException {
    public EvalException(String message) {
        super(message);
    }

    public EvalException(String message, Throwable cause) {
        super(message, cause);
    }
}
