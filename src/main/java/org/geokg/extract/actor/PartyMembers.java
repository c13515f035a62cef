package org.geokg.extract.actor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.geokg.extract.text.AnnotatedText;
import org.geokg.extract.text.Token;
import org.geokg.model.EntityType;
import org.geokg.model.Span;

/**
 * A party named by its members: "Republicans", "most Democrats", "Republican leaders", "the
 * GOP". The codebook takes a party's members acting together as the party (POSITIONS.md: a
 * holder may be a party), but the tagger sees a plural proper noun or an adjective, so the
 * actor finder leaves them out. Adds the party as an actor with those mentions, or the mentions
 * to the party actor the article already has.
 *
 * <pre>{@code
 * ActorIndex actors = PartyMembers.complete(doc, actorFinder.find(doc));
 * }</pre>
 */
public final class PartyMembers {
    private record Party(String name, String wikidata, String country, Set<String> members, String adjective) {
    }

    private static final List<Party> PARTIES = List.of(
            new Party("Republican Party", "Q29468", "US", Set.of("republicans", "gop"), "republican"),
            new Party("Democratic Party", "Q29552", "US", Set.of("democrats"), "democratic"));

    /** Plural nouns for the members of a party acting together: "Republican leaders", "Democratic lawmakers". */
    private static final Set<String> MEMBER_NOUNS = Set.of("leaders", "lawmakers", "legislators", "senators",
            "congressmen", "members", "politicians", "leadership", "governors", "representatives");

    private PartyMembers() {
    }

    public static ActorIndex complete(AnnotatedText doc, ActorIndex actors) {
        Map<Party, List<Span>> found = new HashMap<>();
        List<Token> t = doc.tokens();
        for (int i = 0; i < t.size(); i++) {
            Token tok = t.get(i);
            String w = tok.word().toLowerCase(Locale.ROOT);
            if (!Character.isUpperCase(tok.word().charAt(0))) {
                continue;
            }
            for (Party p : PARTIES) {
                int end = -1;
                if (p.members().contains(w)) {
                    end = tok.end();
                } else if (w.equals(p.adjective()) && i + 1 < t.size()
                        && MEMBER_NOUNS.contains(t.get(i + 1).word().toLowerCase(Locale.ROOT))) {
                    // "Republican leaders", but not "Republican nominee Donald Trump" or "the Republican National Committee"
                    end = t.get(i + 1).end();
                }
                if (end >= 0 && !insideOther(actors, tok.start(), end, p)) {
                    found.computeIfAbsent(p, k -> new ArrayList<>())
                            .add(new Span(tok.start(), end, doc.slice(tok.start(), end), 0.8));
                }
            }
        }
        if (found.isEmpty()) {
            return actors;
        }
        List<Actor> all = new ArrayList<>(actors.actors());
        Set<String> ids = new java.util.HashSet<>();
        all.forEach(a -> ids.add(a.id()));
        for (Party p : PARTIES) {
            List<Span> spans = found.get(p);
            if (spans == null) {
                continue;
            }
            int existing = indexOf(all, p);
            if (existing >= 0) {
                Actor a = all.get(existing);
                all.set(existing, merged(a, p, spans));
            } else {
                String id = Slugs.slug(p.name());
                for (int n = 2; ids.contains(id); n++) {
                    id = Slugs.slug(p.name()) + "-" + n;
                }
                ids.add(id);
                all.add(new Actor(id, p.name(), EntityType.PoliticalParty, p.country(), p.wikidata(),
                        wordings(spans, null), spans, List.of(), List.of()));
            }
        }
        Map<String, ActorIndex.Gender> genders = new HashMap<>();
        for (Actor a : actors.actors()) {
            if (actors.gender(a.id()) != ActorIndex.Gender.UNKNOWN) {
                genders.put(a.id(), actors.gender(a.id()));
            }
        }
        return new ActorIndex(all, genders);
    }

    /** Whether the words lie inside a mention of an actor other than the party ("Democratic National Committee"). */
    private static boolean insideOther(ActorIndex actors, int start, int end, Party p) {
        for (Span s : actors.mentionsWithin(Math.max(0, start - 60), end + 60)) {
            if (s.start() <= start && end <= s.end()) {
                return actors.at(s.start(), s.end()).map(a -> !isParty(a, p)).orElse(false) || s.end() - s.start() > end - start;
            }
        }
        return false;
    }

    private static int indexOf(List<Actor> all, Party p) {
        for (int i = 0; i < all.size(); i++) {
            if (isParty(all.get(i), p)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isParty(Actor a, Party p) {
        return p.wikidata().equals(a.wikidata()) || a.name().equalsIgnoreCase(p.name())
                || p.members().contains(a.name().toLowerCase(Locale.ROOT));
    }

    private static Actor merged(Actor a, Party p, List<Span> spans) {
        Set<Long> have = new java.util.HashSet<>();
        List<Span> mentions = new ArrayList<>(a.mentions());
        a.mentions().forEach(s -> have.add(((long) s.start() << 32) | s.end()));
        for (Span s : spans) {
            if (have.add(((long) s.start() << 32) | s.end())) {
                mentions.add(s);
            }
        }
        mentions.sort(java.util.Comparator.comparingInt(Span::start));
        List<String> aliases = new ArrayList<>(a.aliases());
        if (!a.name().equals(p.name())) {
            aliases.add(0, a.name());
        }
        return new Actor(a.id(), p.name(), EntityType.PoliticalParty, a.country() != null ? a.country() : p.country(),
                p.wikidata(), wordings(spans, aliases), mentions, a.roles(), a.members());
    }

    private static List<String> wordings(List<Span> spans, List<String> before) {
        Set<String> out = new LinkedHashSet<>(before == null ? List.of() : before);
        for (Span s : spans) {
            out.add(s.text());
        }
        return List.copyOf(out);
    }
}
