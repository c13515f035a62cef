package org.geokg.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides whether two names in a positions file denote the same entity, from the entities the
 * gold and the prediction list for that document: a name stands for itself plus every name of
 * every entity that lists it; two names match when those sets meet or share a Wikidata id.
 */
final class EntityIndex {
    private final List<EntityNames> entities = new ArrayList<>();

    EntityIndex(List<EntityNames> gold, List<EntityNames> pred) {
        entities.addAll(gold);
        entities.addAll(pred);
    }

    boolean same(String a, String b) {
        if (a == null || a.isEmpty() || b == null || b.isEmpty()) {
            return false;
        }
        Set<String> qa = new HashSet<>();
        Set<String> qb = new HashSet<>();
        Set<String> na = expand(a, qa);
        Set<String> nb = expand(b, qb);
        return !Collections.disjoint(na, nb) || !Collections.disjoint(qa, qb);
    }

    private Set<String> expand(String name, Set<String> qids) {
        String n = Names.normalise(name);
        Set<String> names = new HashSet<>();
        names.add(n);
        for (EntityNames e : entities) {
            if (e.names().contains(n)) {
                names.addAll(e.names());
                if (e.wikidata() != null) {
                    qids.add(e.wikidata());
                }
            }
        }
        return names;
    }
}
