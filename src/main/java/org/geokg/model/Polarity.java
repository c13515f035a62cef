package org.geokg.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Attitude of a holder toward the target (or topic). */
public enum Polarity {
    POSITIVE, NEGATIVE, NEUTRAL;

    @JsonValue
    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
