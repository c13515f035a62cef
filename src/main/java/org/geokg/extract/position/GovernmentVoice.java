package org.geokg.extract.position;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.geokg.extract.actor.Actor;
import org.geokg.extract.actor.ActorIndex;
import org.geokg.extract.attribution.Attribution;
import org.geokg.model.EntityType;
import org.geokg.model.Role;

/**
 * An official saying what their country will do: in "the prime minister said that the country
 * would break with the bloc" (or "that it would withdraw", "that Britain would leave") the
 * government holds the act and the official voices it (POSITIONS.md: a person speaking for an
 * organisation is its speaker when the article presents the position as the organisation's).
 * What officials say in their own name ("we", "I") stays theirs.
 */
final class GovernmentVoice {
    private static final Pattern LEADING_THAT = Pattern.compile("^\\W*(that\\s+)?");
    /** The subject of what was said that stands for the speaker's own country. */
    private static final Pattern COUNTRY_SUBJECT = Pattern.compile(
            "^\\W*(that\\s+)?((the country|the government|the nation|the kingdom|the republic)\\s+\\w"
            + "|it\\s+(would|will|plans|intends|is going|was going|has decided|had decided|wants|is ready|was ready)\\b)");

    private GovernmentVoice() {
    }

    /**
     * The government the speaker holds a post in, when what they said has that country (or a
     * description of it) as its subject; empty otherwise.
     */
    static Optional<Actor> of(ActorIndex actors, Actor speaker, Attribution a) {
        Actor government = null;
        for (Role r : speaker.roles()) {
            if (r.organization() != null) {
                Actor o = actors.byId(r.organization()).orElse(null);
                if (o != null && o.type() == EntityType.Government) {
                    government = o;
                    break;
                }
            }
        }
        if (government == null) {
            return Optional.empty();
        }
        String content = a.content().text();
        if (COUNTRY_SUBJECT.matcher(content.toLowerCase(Locale.ROOT)).find()) {
            return Optional.of(government);
        }
        String lead = LEADING_THAT.matcher(content).replaceFirst("");
        for (String name : government.aliases()) {
            if (!name.isEmpty() && lead.startsWith(name + " ")) {
                return Optional.of(government);
            }
        }
        return Optional.empty();
    }
}
