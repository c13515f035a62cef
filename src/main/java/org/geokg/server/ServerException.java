package org.geokg.server;

import org.geokg.GeoKgException;

/** The SPARQL server could not be configured or started (bad options, port in use, ...). */
public class ServerException extends GeoKgException {
    public ServerException(String message) {
        super(message);
    }

    public ServerException(String message, Throwable cause) {
        super(message, cause);
    }
}
