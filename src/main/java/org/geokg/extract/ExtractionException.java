package org.geokg.extract;

import org.geokg.GeoKgException;

/**
 * An article could not be read or extracted: the message names the file (or article id) and
 * what was wrong with it, e.g. "notes.txt: not UTF-8 text (invalid byte at offset 12)".
 */
public class ExtractionException extends GeoKgException {
    public ExtractionException(String message) {
        super(message);
    }

    public ExtractionException(String message, Throwable cause) {
        super(message, cause);
    }
}
