package org.geokg.gazetteer;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Names to values by {@link NameKey}. Each name comes with a rank (0 = the value's own name,
 * 1 = an alias): the best rank wins a key, and a key claimed at the best rank by two different
 * values belongs to neither. So "Ministry of Defence" stays the British ministry's name though
 * other ministries have it as an alias, while "Korea", an alias of two countries, resolves to
 * nothing rather than to a guess.
 */
final class NameIndex<T> {
    static final int NAME = 0;
    static final int ALIAS = 1;

    /** value is null when the key is ambiguous at this rank. */
    private record Claim<T>(T value, int rank) {
    }

    private final Map<String, Claim<T>> byKey = new HashMap<>();

    void put(String name, T value, int rank) {
        String key = NameKey.of(name);
        if (key.isEmpty()) {
            return;
        }
        Claim<T> previous = byKey.get(key);
        if (previous == null || rank < previous.rank()) {
            byKey.put(key, new Claim<>(value, rank));
        } else if (rank == previous.rank() && previous.value() != null && !previous.value().equals(value)) {
            byKey.put(key, new Claim<>(null, rank));
        }
    }

    Optional<T> get(String name) {
        Claim<T> claim = byKey.get(NameKey.of(name));
        return claim == null ? Optional.empty() : Optional.ofNullable(claim.value());
    }

    boolean isAmbiguous(String name) {
        Claim<T> claim = byKey.get(NameKey.of(name));
        return claim != null && claim.value() == null;
    }
}
