package org.geokg.extract.position;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.geokg.extract.actor.Actor;
import org.geokg.extract.actor.ActorIndex;
import org.geokg.model.EntityType;

/**
 * A country's leaving named by a blend of its name and "exit" ("Brexit" for Britain, "Grexit"
 * for Greece): as a holder or target of a position the blend stands for the country that leaves
 * (POSITIONS.md: a country acting is its government), which the article names elsewhere.
 */
final class ExitBlend {
    private static final Pattern BLEND = Pattern.compile("^(\\p{Lu}\\p{Ll}+)exit$");

    private ExitBlend() {
    }

    /** For each blend actor of the index, the government or country whose name the blend starts with. */
    static Map<String, Actor> of(ActorIndex actors) {
        Map<String, Actor> out = new HashMap<>();
        for (Actor blend : actors.actors()) {
            Matcher m = BLEND.matcher(blend.name());
            if (m.matches()) {
                country(actors, m.group(1).toLowerCase(Locale.ROOT)).ifPresent(c -> out.put(blend.id(), c));
            }
        }
        return out;
    }

    /** The state the article names by a word that starts with {@code prefix}, its government first. */
    private static java.util.Optional<Actor> country(ActorIndex actors, String prefix) {
        Actor place = null;
        for (Actor a : actors.actors()) {
            if ((a.type() == EntityType.Country || a.type() == EntityType.Government) && named(a, prefix)) {
                place = a;
                break;
            }
        }
        if (place == null || place.type() == EntityType.Government || place.country() == null) {
            return java.util.Optional.ofNullable(place);
        }
        for (Actor a : actors.actors()) {
            if (a.type() == EntityType.Government && place.country().equals(a.country())) {
                return java.util.Optional.of(a);
            }
        }
        return java.util.Optional.of(place);
    }

    private static boolean named(Actor a, String prefix) {
        if (a.name().toLowerCase(Locale.ROOT).startsWith(prefix)) {
            return true;
        }
        return a.aliases().stream().anyMatch(x -> x.toLowerCase(Locale.ROOT).startsWith(prefix));
    }
}
