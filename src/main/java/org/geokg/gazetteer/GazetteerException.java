package org.geokg.gazetteer;

import org.geokg.GeoKgException;

/** A gazetteer resource is missing or malformed; the message names the file and line. */
public class GazetteerException extends GeoKgException {
    public GazetteerException(String message) {
        super(message);
    }

    public GazetteerException(String message, Throwable cause) {
        super(message, cause);
    }
}
