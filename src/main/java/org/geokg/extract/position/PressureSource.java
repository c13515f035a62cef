package org.geokg.extract.position;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.geokg.extract.attribution.Attribution;
import org.geokg.extract.position.ClauseActors.Mention;
import org.geokg.model.EntityType;

/**
 * The actor a statement names as the source of a pressure or a threat ("a country reeling under
 * pressure from China", "the threat from Moscow"): what was said is against that actor rather than
 * about the one it is said to weigh on, so the statement's target is the agent. Stateless.
 */
final class PressureSource {
    /** A noun of force followed by its agent's preposition, ending right before a name. */
    private static final Pattern AGENT = Pattern.compile(
            "\\b(pressure|pressures|threat|threats|aggression|coercion|interference|intimidation|bullying)"
            + "\\s+(from|by)\\s+(the\\s+)?$");
    /** How far before a name the noun may start, in characters. */
    private static final int REACH = 40;

    private PressureSource() {
    }

    /** The first actor in what was said named as the agent of a pressure or threat, other than {@code exclude}. */
    static Optional<Mention> in(String text, ClauseActors clauses, Attribution a, List<String> exclude) {
        for (Mention m : clauses.mentions(a.content().start(), a.content().end())) {
            if (exclude.contains(m.actor().id()) || m.actor().type() == EntityType.MediaOrganization) {
                continue;
            }
            String before = text.substring(Math.max(a.content().start(), m.start() - REACH), m.start());
            if (AGENT.matcher(before).find()) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
