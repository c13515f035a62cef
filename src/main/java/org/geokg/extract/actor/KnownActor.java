package org.geokg.extract.actor;

import java.util.List;
import org.geokg.model.EntityType;

/**
 * What a lexicon knows about a name: the canonical name, the actor type it stands for, its
 * country (ISO 3166-1 alpha-2) and Wikidata id where known, and other names it goes by.
 */
public record KnownActor(String name, EntityType type, String country, String wikidata, List<String> aliases) {
    public KnownActor {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
