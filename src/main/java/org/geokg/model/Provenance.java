package org.geokg.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What produced an article's entities and positions: a person curating by hand
 * ({@link #CURATED}) or a named extractor at a version.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Provenance(@JsonProperty(required = true) String producer, String version) {
    public static final Provenance CURATED = new Provenance("curated", null);

    public Provenance {
        if (producer == null || producer.isBlank()) {
            throw new IllegalArgumentException("provenance needs a producer");
        }
    }

    @JsonIgnore
    public boolean isCurated() {
        return CURATED.producer().equals(producer) && version == null;
    }
}
