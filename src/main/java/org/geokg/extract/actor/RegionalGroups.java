package org.geokg.extract.actor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.geokg.extract.text.AnnotatedText;
import org.geokg.extract.text.Sentence;
import org.geokg.extract.text.Token;
import org.geokg.model.EntityType;
import org.geokg.model.Span;

/**
 * Leaders or officials of a region acting together: "Central European leaders", "Southeast
 * Asian diplomats". The codebook names such a holder by its description (a Group); the tagger
 * finds no name in it, so without this they hold nothing. Only a region named by two or more
 * capitalised words, none of them part of a known actor, counts: "Chinese officials" speak for
 * China's government, "E.U. leaders" for the union.
 *
 * <pre>{@code
 * ActorIndex actors = RegionalGroups.complete(doc, actorFinder.find(doc));
 * }</pre>
 */
public final class RegionalGroups {
    private static final Set<String> MEMBERS = Set.of("leaders", "officials", "lawmakers", "diplomats", "ministers",
            "governments", "politicians", "legislators");
    private static final int MIN_MODIFIERS = 2;
    private static final int MAX_MODIFIERS = 3;

    private RegionalGroups() {
    }

    public static ActorIndex complete(AnnotatedText doc, ActorIndex actors) {
        Map<String, List<Span>> found = new LinkedHashMap<>();
        Map<String, String> names = new HashMap<>();
        for (Sentence s : doc.sentences()) {
            List<Token> t = s.tokens();
            for (int i = 0; i < t.size(); i++) {
                if (!MEMBERS.contains(t.get(i).word().toLowerCase(Locale.ROOT))) {
                    continue;
                }
                int first = i;
                while (first - 1 >= 0 && i - first < MAX_MODIFIERS && isRegionWord(t.get(first - 1))) {
                    first--;
                }
                if (i - first < MIN_MODIFIERS || !actors.mentionsWithin(t.get(first).start(), t.get(i).end()).isEmpty()
                        || actors.at(t.get(first).start(), t.get(i).end()).isPresent()) {
                    continue;
                }
                String text = doc.slice(t.get(first).start(), t.get(i).end());
                String key = text.toLowerCase(Locale.ROOT);
                found.computeIfAbsent(key, k -> new ArrayList<>())
                        .add(new Span(t.get(first).start(), t.get(i).end(), text, 0.7));
                names.putIfAbsent(key, text);
            }
        }
        if (found.isEmpty()) {
            return actors;
        }
        List<Actor> all = new ArrayList<>(actors.actors());
        Set<String> ids = new HashSet<>();
        all.forEach(a -> ids.add(a.id()));
        for (Map.Entry<String, List<Span>> e : found.entrySet()) {
            String id = Slugs.slug(names.get(e.getKey()));
            for (int n = 2; ids.contains(id); n++) {
                id = Slugs.slug(names.get(e.getKey())) + "-" + n;
            }
            ids.add(id);
            all.add(new Actor(id, names.get(e.getKey()), EntityType.Group, null, null, List.of(names.get(e.getKey())),
                    e.getValue(), List.of(), List.of()));
        }
        Map<String, ActorIndex.Gender> genders = new HashMap<>();
        for (Actor a : actors.actors()) {
            if (actors.gender(a.id()) != ActorIndex.Gender.UNKNOWN) {
                genders.put(a.id(), actors.gender(a.id()));
            }
        }
        return new ActorIndex(all, genders);
    }

    /** A capitalised adjective or proper noun of a region: "Central", "European", "Southeast". */
    private static boolean isRegionWord(Token t) {
        return (t.pos().equals("JJ") || t.pos().equals("NNP")) && Character.isUpperCase(t.word().charAt(0))
                && t.word().chars().allMatch(Character::isLetter);
    }
}
