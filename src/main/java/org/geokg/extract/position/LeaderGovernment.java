package org.geokg.extract.position;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.geokg.extract.actor.Actor;
import org.geokg.extract.actor.ActorIndex;
import org.geokg.extract.actor.ActorLexicon;
import org.geokg.model.EntityType;
import org.geokg.model.Role;

/**
 * The government a leader's name stands for in "the Obama administration" or "the Merkel
 * government": that of the person's own country, of the state they hold a post in, or of the
 * one country whose office holders bear the name (or, for a bare surname, that surname). A leader whose country none of these gives
 * stands for no government (guessing the one the article names most picks foreign ones).
 */
final class LeaderGovernment {

    private final ActorIndex actors;
    private final ActorLexicon lexicon;

    LeaderGovernment(ActorIndex actors, ActorLexicon lexicon) {
        this.actors = actors;
        this.lexicon = lexicon;
    }

    /** The article's government actor for {@code person}'s country, when there is exactly one country. */
    Optional<Actor> of(Actor person) {
        Set<String> countries = countries(person);
        if (countries.size() != 1) {
            return Optional.empty();
        }
        String c = countries.iterator().next();
        Optional<Actor> government = actors.actors().stream()
                .filter(g -> g.type() == EntityType.Government && c.equals(g.country())).findFirst();
        // an article that names the country only as a place still means its government here
        return government.or(() -> actors.actors().stream()
                .filter(g -> g.type() == EntityType.Country && c.equals(g.country())).findFirst());
    }

    private Set<String> countries(Actor person) {
        Set<String> out = new LinkedHashSet<>();
        if (person.country() != null) {
            out.add(person.country());
        }
        for (Role r : person.roles()) {
            if (r.organization() != null) {
                actors.byId(r.organization()).filter(o -> o.type() == EntityType.Government && o.country() != null)
                        .ifPresent(o -> out.add(o.country()));
            }
        }
        if (out.isEmpty()) {
            lexicon.officeCountry(person.name()).ifPresent(out::add);
            for (String alias : person.aliases()) {
                lexicon.officeCountry(alias).ifPresent(out::add);
            }
        }
        return out;
    }
}
