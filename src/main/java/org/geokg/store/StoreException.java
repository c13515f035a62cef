package org.geokg.store;

import org.geokg.GeoKgException;

/** The store cannot be opened, read or written (locked by another process, bad directory, ...). */
public class StoreException extends GeoKgException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
