package org.geokg.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;

/**
 * A post an actor holds: its title ("Secretary of State"), the organisation it is in
 * (a local entity id, optional) and the dates it was held, where known.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Role(@JsonProperty(required = true) String title, String organization, LocalDate start, LocalDate end) {
    public Role {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("a role needs a title");
        }
        if (start != null && end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("role end " + end + " is before its start " + start);
        }
    }
}
