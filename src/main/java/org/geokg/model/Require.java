package org.geokg.model;

/** Constructor checks shared by the records: a required value given as JSON null is refused by name. */
final class Require {
    private Require() {
    }

    static void present(Object value, String field) {
        if (value == null) {
            throw new IllegalArgumentException("\"" + field + "\" is required and must not be null");
        }
    }
}
