package org.geokg.gazetteer;

import java.util.List;
import java.util.Objects;

/**
 * An international organisation or body (UN, NATO, the European Commission, the World Bank...),
 * with its Wikidata id where known, English name, acronym and a rough category
 * ("military alliance", "EU institution", ...).
 */
public record InternationalOrg(
        String wikidata, String name, String acronym, List<String> otherNames, String category) {

    public InternationalOrg {
        Objects.requireNonNull(name, "name");
        otherNames = otherNames == null ? List.of() : List.copyOf(otherNames);
    }
}
