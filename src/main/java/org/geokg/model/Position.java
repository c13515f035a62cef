package org.geokg.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;

/**
 * One stated position (POSITIONS.md): a holder states or enacts an attitude toward a target
 * and/or a topic. Entity references ({@code holder}, {@code speaker}, {@code target}) are local
 * entity ids. The four spans are where known: the evidence clause, the cue ("urged"), where its
 * source is named, and what was said or done.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Position(
        @JsonProperty(required = true) String holder,
        String speaker,
        @JsonProperty(required = true) PositionKind kind,
        String target,
        String topic,
        @JsonProperty(required = true) Polarity polarity,
        Modality modality,
        Boolean quote,
        LocalDate date,
        Double confidence,
        Span evidence,
        Span cue,
        Span source,
        Span content) {

    public Position {
        Require.present(holder, "holder");
        Require.present(kind, "kind");
        Require.present(polarity, "polarity");

        if (confidence != null && (confidence < 0 || confidence > 1)) {
            throw new IllegalArgumentException("confidence must be between 0 and 1, was " + confidence);
        }
        if (modality == null) {
            modality = Modality.ASSERTED;
        }
        if (quote == null) {
            quote = Boolean.FALSE;
        }
    }
}
