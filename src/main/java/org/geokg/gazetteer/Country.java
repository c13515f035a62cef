package org.geokg.gazetteer;

import java.util.List;
import java.util.Objects;

/**
 * A country (ISO 3166-1 entity, plus Kosovo) as the gazetteer knows it. {@code wikidata} is the
 * main Q-id (other ids of the same country, e.g. Q55 beside Q29999 for the Netherlands, are
 * accepted by {@link Gazetteer#countryByWikidata}); {@code aliases} are the unambiguous English
 * alternative names ("U.S.", "America", "Britain", "Holland").
 */
public record Country(
        String iso2,
        String iso3,
        String name,
        String officialName,
        String wikidata,
        List<String> capitals,
        List<String> demonyms,
        List<String> aliases) {

    public Country {
        Objects.requireNonNull(iso2, "iso2");
        Objects.requireNonNull(name, "name");
        capitals = capitals == null ? List.of() : List.copyOf(capitals);
        demonyms = demonyms == null ? List.of() : List.copyOf(demonyms);
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
