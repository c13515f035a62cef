package org.geokg.extract.actor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.geokg.extract.text.AnnotatedText;
import org.geokg.extract.text.Token;
import org.geokg.model.EntityType;
import org.geokg.model.Span;

/**
 * Finds the actors of one article: named-entity runs from the tagger, typed and merged within
 * the article (a person's surname joins the full name mentioned before it). Stateless and
 * thread-safe.
 */
public final class ActorFinder {

    public ActorIndex find(AnnotatedText doc) {
        Map<String, List<Span>> mentions = new LinkedHashMap<>();
        Map<String, EntityType> types = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        Map<String, String> surnameToKey = new HashMap<>();
        List<Token> tokens = doc.tokens();
        int i = 0;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            if (!t.isNamed() || "MISC".equals(t.ner())) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < tokens.size() && tokens.get(j).ner().equals(t.ner())
                    && tokens.get(j).start() - tokens.get(j - 1).end() <= 1) {
                j++;
            }
            int start = t.start();
            int end = tokens.get(j - 1).end();
            String text = doc.slice(start, end);
            EntityType type = switch (t.ner()) {
                case "PERSON" -> EntityType.Person;
                case "LOCATION" -> EntityType.Country;
                default -> EntityType.Organization;
            };
            String key = type + ":" + text;
            if (type == EntityType.Person) {
                String[] parts = text.split("\\s+");
                String last = parts[parts.length - 1];
                if (parts.length == 1 && surnameToKey.containsKey(last)) {
                    key = surnameToKey.get(last);
                } else {
                    surnameToKey.putIfAbsent(last, key);
                }
            }
            mentions.computeIfAbsent(key, k -> new ArrayList<>()).add(new Span(start, end, text, 0.8));
            types.putIfAbsent(key, type);
            names.putIfAbsent(key, text);
            i = j;
        }
        List<Actor> actors = new ArrayList<>();
        Map<String, Integer> used = new HashMap<>();
        for (var e : mentions.entrySet()) {
            String name = names.get(e.getKey());
            String id = Slugs.slug(name);
            int n = used.merge(id, 1, Integer::sum);
            if (n > 1) {
                id = id + "-" + n;
            }
            actors.add(new Actor(id, name, types.get(e.getKey()), null, null, List.of(), e.getValue(), List.of(), List.of()));
        }
        return new ActorIndex(actors);
    }
}
