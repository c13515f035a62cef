package org.geokg.extract.actor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.geokg.extract.text.AnnotatedText;
import org.geokg.extract.text.Sentence;
import org.geokg.extract.text.Token;
import org.geokg.model.EntityType;
import org.geokg.model.Role;
import org.geokg.model.Span;

/**
 * Actors an article names only by a nationality and what they are: "the American media", "the
 * U.S. intelligence community", "the Dutch foreign minister". The codebook names such a holder
 * or target by that description, so without an actor for it a position toward it ("blasted the
 * American media", "after meeting the Dutch foreign minister") has no target. A description of a
 * person whose title an actor of that country already holds refers back to them instead, and one
 * followed by a name ("the Dutch foreign minister Stef Blok") is only that person's title.
 *
 * <pre>{@code
 * ActorIndex actors = DescribedActors.complete(doc, actorFinder.find(doc), GazetteerLexicon.standard());
 * }</pre>
 */
public final class DescribedActors {
    /** What such a description may name, by its last word or two, with the type of actor it is. */
    private static final Map<String, EntityType> HEADS = Map.ofEntries(
            Map.entry("media", EntityType.Group),
            Map.entry("press", EntityType.Group),
            Map.entry("military", EntityType.GovernmentBody),
            Map.entry("intelligence community", EntityType.GovernmentBody),
            Map.entry("intelligence services", EntityType.GovernmentBody),
            Map.entry("foreign minister", EntityType.Person),
            Map.entry("defense minister", EntityType.Person),
            Map.entry("defence minister", EntityType.Person),
            Map.entry("finance minister", EntityType.Person),
            Map.entry("prime minister", EntityType.Person),
            Map.entry("ambassador", EntityType.Person));

    private DescribedActors() {
    }

    public static ActorIndex complete(AnnotatedText doc, ActorIndex actors, ActorLexicon lexicon) {
        Map<String, Found> found = new LinkedHashMap<>();
        for (Sentence s : doc.sentences()) {
            List<Token> t = s.tokens();
            for (int i = 2; i < t.size(); i++) {
                String word = t.get(i).word().toLowerCase(Locale.ROOT);
                int first = i;
                EntityType type = HEADS.get(t.get(i - 1).word().toLowerCase(Locale.ROOT) + " " + word);
                if (type != null) {
                    first = i - 1;
                } else {
                    type = HEADS.get(word);
                }
                if (type == null || first < 2 || !t.get(first - 2).word().equalsIgnoreCase("the")
                        || i + 1 < t.size() && t.get(i + 1).pos().startsWith("NNP")) {
                    continue;
                }
                Token nationality = t.get(first - 1);
                Optional<KnownActor> country = lexicon.countryByDemonym(nationality.word())
                        .or(() -> lexicon.country(nationality.word()));
                int headStart = t.get(first).start();
                if (country.isEmpty() || country.get().country() == null
                        || actors.mentionsWithin(nationality.start(), t.get(i).end()).stream()
                                .anyMatch(m -> m.end() > headStart)
                        || type == EntityType.Person && holdsTitle(actors, country.get().country(),
                                doc.text().substring(headStart, t.get(i).end()))) {
                    continue;
                }
                String text = doc.text().substring(nationality.start(), t.get(i).end());
                EntityType what = type;
                found.computeIfAbsent(text.toLowerCase(Locale.ROOT),
                        k -> new Found(text, what, country.get().country(), new ArrayList<>()))
                        .mentions().add(new Span(nationality.start(), t.get(i).end(), text, 0.6));
            }
        }
        return found.isEmpty() ? actors : withActors(actors, found.values());
    }

    /** One description found, with its mentions in text order. */
    private record Found(String name, EntityType type, String country, List<Span> mentions) {
    }

    /** Whether a person of that country is known to hold the title ("Foreign Minister Stef Blok"). */
    private static boolean holdsTitle(ActorIndex actors, String country, String title) {
        for (Actor a : actors.actors()) {
            if (a.type() != EntityType.Person) {
                continue;
            }
            for (Role r : a.roles()) {
                if (r.title().toLowerCase(Locale.ROOT).contains(title.toLowerCase(Locale.ROOT))
                        && (country.equals(a.country()) || r.organization() != null
                                && actors.byId(r.organization()).map(o -> country.equals(o.country())).orElse(false))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static ActorIndex withActors(ActorIndex actors, java.util.Collection<Found> found) {
        List<Actor> all = new ArrayList<>(actors.actors());
        Set<String> ids = new HashSet<>();
        all.forEach(a -> ids.add(a.id()));
        for (Found f : found) {
            String id = Slugs.slug(f.name());
            for (int n = 2; ids.contains(id); n++) {
                id = Slugs.slug(f.name()) + "-" + n;
            }
            ids.add(id);
            all.add(new Actor(id, f.name(), f.type(), f.country(), null, List.of(f.name()), f.mentions(), List.of(),
                    List.of()));
        }
        Map<String, ActorIndex.Gender> genders = new HashMap<>();
        for (Actor a : actors.actors()) {
            if (actors.gender(a.id()) != ActorIndex.Gender.UNKNOWN) {
                genders.put(a.id(), actors.gender(a.id()));
            }
        }
        return new ActorIndex(all, genders);
    }
}
