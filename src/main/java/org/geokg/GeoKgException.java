package org.geokg;

/**
 * Root of every error geokg reports to a person. Each stage has its own subtype
 * (input, validation, store, query, extraction) carrying what the reader needs to fix it;
 * the command line prints {@link #getMessage()} and maps the subtype to an exit code.
 */
public class GeoKgException extends RuntimeException {
    public GeoKgException(String message) {
        super(message);
    }

    public GeoKgException(String message, Throwable cause) {
        super(message, cause);
    }
}
