package org.geokg.extract.actor;

import java.util.List;
import org.geokg.model.EntityType;
import org.geokg.model.Role;
import org.geokg.model.Span;

/**
 * One actor found in an article, with every place it is mentioned. {@code id} is the local
 * entity id (a slug of the canonical name, unique in the article); {@code country} an ISO 3166-1
 * alpha-2 code; {@code members} the ids of a Group's members (a coalition such as "Germany,
 * France and the Netherlands"); roles name their organisation by its local id.
 */
public record Actor(String id, String name, EntityType type, String country, String wikidata,
        List<String> aliases, List<Span> mentions, List<Role> roles, List<String> members) {

    public Actor {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
        roles = roles == null ? List.of() : List.copyOf(roles);
        members = members == null ? List.of() : List.copyOf(members);
    }

    /** Offset of the first mention, or Integer.MAX_VALUE when the actor is never mentioned. */
    public int firstOffset() {
        int first = Integer.MAX_VALUE;
        for (Span s : mentions) {
            first = Math.min(first, s.start());
        }
        return first;
    }
}
