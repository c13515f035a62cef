package org.geokg.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * An actor named in an article. {@code id} is local to the article file; positions and
 * roles refer to entities by it. {@code country} is an ISO 3166-1 alpha-2 code, {@code wikidata}
 * a Q-id; {@code members} lists the local ids of a Group's members.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Entity(
        @JsonProperty(required = true) String id,
        @JsonProperty(required = true) String name,
        @JsonProperty(required = true) EntityType type,
        List<String> aliases,
        String wikidata,
        String country,
        List<Role> roles,
        List<String> members,
        List<Span> mentions) {

    public Entity {
        Require.present(id, "id");
        Require.present(name, "name");
        Require.present(type, "type");

        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        roles = roles == null ? List.of() : List.copyOf(roles);
        members = members == null ? List.of() : List.copyOf(members);
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
    }
}
