package org.geokg.gazetteer;

import java.util.List;
import java.util.Objects;

/**
 * A national government body that news names often (a ministry, agency, legislature, central
 * bank, the White House, the Kremlin), part of the government of {@code countryIso2}.
 * {@code wikidata} is empty when no id was checked.
 */
public record GovernmentBody(String name, List<String> aliases, String countryIso2, String wikidata) {

    public GovernmentBody {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(countryIso2, "countryIso2");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
