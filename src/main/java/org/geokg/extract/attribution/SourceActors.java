package org.geokg.extract.attribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.geokg.extract.actor.Actor;
import org.geokg.extract.actor.ActorIndex;
import org.geokg.model.EntityType;
import org.geokg.model.Span;

/**
 * Gives a speaker that is not yet an actor ("a source", "officials", "the poll", "Quina Jones,
 * 25") an actor of its own, so that every attribution with a named source can become a position
 * (a position needs a holder) and none is lost between the finder and the article. Pronouns that
 * found no antecedent stay unresolved: an actor called "he" would say nothing.
 *
 * <pre>{@code
 * SourceActors.Completed c = SourceActors.complete(actors, attributionFinder.find(doc, actors));
 * List<Position> positions = positionFinder.find(doc, c.actors(), c.attributions());
 * }</pre>
 */
public final class SourceActors {
    private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L} ]");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^\\p{L}\\p{N} ]");
    private static final Pattern BLANKS = Pattern.compile("\\s+");
    private static final Set<String> UNRESOLVABLE = Set.of("he", "she", "it", "they", "i", "we", "you", "who",
            "which", "that", "him", "her", "them", "this", "these", "those");
    private static final Set<String> ORGANIZATION_HEADS = Set.of("post", "times", "news", "journal", "center",
            "centre", "committee", "institute", "foundation", "council", "party", "university", "campaign", "poll",
            "polls", "report", "study", "survey", "agency", "department", "office", "court", "commission", "group",
            "network", "association", "union", "board", "administration", "government", "analysis", "data", "memo",
            "statement", "letter", "website", "magazine", "newspaper", "review", "hill", "politifact");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "some", "many", "several", "other",
            "another", "two", "three", "most", "few");

    /** The index with the new actors, and the attributions pointing at them. */
    public record Completed(ActorIndex actors, List<Attribution> attributions) {
    }

    private SourceActors() {
    }

    public static Completed complete(ActorIndex actors, List<Attribution> found) {
        List<Actor> all = new ArrayList<>(actors.actors());
        Set<String> ids = new HashSet<>();
        for (Actor a : all) {
            ids.add(a.id());
        }
        Map<String, List<Span>> mentions = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        Map<String, String> idByKey = new HashMap<>();
        List<Attribution> out = new ArrayList<>(found.size());
        for (Attribution a : found) {
            if (a.source() == null || a.sourceActorId() != null) {
                out.add(a);
                continue;
            }
            String name = a.source().text().strip();
            String key = key(name);
            if (key.isEmpty() || UNRESOLVABLE.contains(key) || name.length() > 80) {
                out.add(a);
                continue;
            }
            String id = idByKey.computeIfAbsent(key, k -> unique(slug(k), ids));
            mentions.computeIfAbsent(id, k -> new ArrayList<>()).add(a.source());
            names.putIfAbsent(id, name);
            out.add(new Attribution(a.source(), a.cue(), a.content(), a.direct(), id, a.confidence() * 0.9));
        }
        for (Map.Entry<String, List<Span>> e : mentions.entrySet()) {
            String name = names.get(e.getKey());
            List<String> aliases = e.getValue().stream().map(Span::text).distinct().toList();
            all.add(new Actor(e.getKey(), name, type(name), null, null, aliases, e.getValue(), List.of(), List.of()));
        }
        Map<String, ActorIndex.Gender> genders = new HashMap<>();
        for (Actor a : actors.actors()) {
            if (actors.gender(a.id()) != ActorIndex.Gender.UNKNOWN) {
                genders.put(a.id(), actors.gender(a.id()));
            }
        }
        return new Completed(new ActorIndex(all, genders), out);
    }

    /**
     * An outlet, body or study by its head noun, a group for a plural head ("officials",
     * "experts"), otherwise a person ("a source", "Quina Jones, 25").
     */
    private static EntityType type(String name) {
        String[] words = BLANKS.split(NOT_LETTER.matcher(name.toLowerCase(Locale.ROOT)).replaceAll(" ").strip());
        String head = words[words.length - 1];
        if (ORGANIZATION_HEADS.contains(head)) {
            return EntityType.Organization;
        }
        boolean plural = head.endsWith("s") && !head.endsWith("ss") && Character.isLowerCase(name.charAt(name.length() - 1));
        return plural ? EntityType.Organization : EntityType.Person;
    }

    private static String key(String name) {
        String k = BLANKS.matcher(NOT_ALPHANUMERIC.matcher(name.toLowerCase(Locale.ROOT)).replaceAll(" ").strip()).replaceAll(" ");
        String[] w = k.split(" ");
        return w.length > 1 && DETERMINERS.contains(w[0]) ? k.substring(w[0].length() + 1) : k;
    }

    private static String slug(String key) {
        String s = key.replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
        return s.isEmpty() ? "source" : s;
    }

    private static String unique(String base, Set<String> ids) {
        String id = base;
        for (int n = 2; ids.contains(id); n++) {
            id = base + "-" + n;
        }
        ids.add(id);
        return id;
    }
}
