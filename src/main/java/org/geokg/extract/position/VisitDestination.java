package org.geokg.extract.position;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.geokg.extract.actor.Actor;
import org.geokg.extract.position.ClauseActors.Mention;
import org.geokg.extract.text.AnnotatedText;
import org.geokg.model.EntityType;

/**
 * Where a visit goes when the clause names no destination: "a trip by the senator a month
 * later", "a visit from the secretary in December". The article is then talking about a country
 * it has just named, in the same or the previous paragraph ("Burma's fate ... a visit from
 * Clinton"), and a visit to it is a CONSULT with its government.
 */
final class VisitDestination {
    private static final Set<String> VISIT_LEMMAS = Set.of("visit", "trip", "travel", "tour");

    private VisitDestination() {
    }

    /** Whether the cue word names a journey. */
    static boolean isVisit(String lemma) {
        return VISIT_LEMMAS.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the destination is a place the gazetteer does not know, described right after as a
     * city of a country ("Rangoon, the nation's former capital"): the country is the one visited.
     */
    static boolean isCityOfCountry(String text, Mention target) {
        Actor a = target.actor();
        if (a.type() != EntityType.Country || a.country() != null || target.end() >= text.length()) {
            return false;
        }
        return CITY_APPOSITION.matcher(text.substring(target.end(), Math.min(text.length(), target.end() + 60))).find();
    }

    private static final java.util.regex.Pattern CITY_APPOSITION = java.util.regex.Pattern.compile(
            "^,\\s+(the|its|a)\\s+(nation|country|state)(’s|'s)?\\s+([\\p{L}-]+\\s+){0,2}(capital|city|port|town)\\b");

    /**
     * The country named last before {@code cue} in its paragraph or the one before, other than the
     * visitors and their own countries; empty when there is none.
     */
    static Optional<Mention> implicit(AnnotatedText doc, ClauseActors clauses, int cue, List<Mention> visitors) {
        int from = 0;
        int paragraph = 0;
        for (int start : doc.paragraphStarts()) {
            if (start > cue) {
                break;
            }
            from = paragraph;
            paragraph = start;
        }
        Set<String> own = new HashSet<>();
        for (Mention v : visitors) {
            own.add(v.actor().id());
            if (v.actor().country() != null) {
                own.add(v.actor().country());
            }
        }
        List<Mention> before = clauses.mentions(from, cue);
        for (int k = before.size() - 1; k >= 0; k--) {
            Actor a = before.get(k).actor();
            if ((a.type() == EntityType.Country || a.type() == EntityType.Government) && a.country() != null
                    && !own.contains(a.id()) && !own.contains(a.country())) {
                return Optional.of(before.get(k));
            }
        }
        return Optional.empty();
    }
}
