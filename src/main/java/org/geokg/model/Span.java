package org.geokg.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A {@code [start, end)} range of UTF-16 character offsets into the article text, with the
 * text it covers and, for extracted spans, a confidence in [0, 1].
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Span(@JsonProperty(required = true) int start, @JsonProperty(required = true) int end, String text, Double confidence) {
    public Span {
        if (start < 0) {
            throw new IllegalArgumentException("start must be >= 0, was " + start);
        }
        if (end < start) {
            throw new IllegalArgumentException("end (" + end + ") must not be before start (" + start + ")");
        }
        if (confidence != null && (confidence < 0 || confidence > 1)) {
            throw new IllegalArgumentException("confidence must be between 0 and 1, was " + confidence);
        }
    }

    public Span(int start, int end, String text) {
        this(start, end, text, null);
    }

    public int length() {
        return end - start;
    }
}
