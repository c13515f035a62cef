package org.geokg.eval;

import java.util.Set;

/** One entity listed in a positions file: its normalised canonical name and aliases, and its Wikidata id if any. */
record EntityNames(Set<String> names, String wikidata) {
    EntityNames {
        names = Set.copyOf(names);
    }
}
