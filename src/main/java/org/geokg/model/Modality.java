package org.geokg.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Whether a position was done or said, intended, expected, or not yet decided. */
public enum Modality {
    ASSERTED, INTENDED, EXPECTED, UNDECIDED;

    @JsonValue
    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
