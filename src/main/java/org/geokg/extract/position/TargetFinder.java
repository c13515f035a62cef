package org.geokg.extract.position;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.geokg.extract.actor.Actor;
import org.geokg.extract.actor.ActorIndex;
import org.geokg.extract.actor.ActorLexicon;
import org.geokg.extract.actor.GazetteerLexicon;
import org.geokg.extract.actor.KnownActor;
import org.geokg.extract.position.ClauseActors.Mention;
import org.geokg.extract.text.Sentence;
import org.geokg.extract.text.Token;
import org.geokg.model.EntityType;
import org.geokg.model.Span;

/**
 * Finds the actors a clause is about when it does not name them: a definite description that
 * refers back ("choke off the Chinese corporation" is the Chinese company named last), a
 * nationality adjective on what a country owns or sends ("tariffs on American exports" is aimed at
 * the United States, "lift limits on Mexican trucks" at Mexico), and the European Union spoken of
 * as Europe ("Europe must defend itself", "European nations") in an article that names the union.
 * Stateless after construction and thread-safe.
 */
final class TargetFinder {
    private static final Pattern BLANKS = Pattern.compile("\\s+");
    /** A business the tagger could not type further is an organisation. */
    private static final Set<EntityType> BUSINESS = Set.of(EntityType.Company, EntityType.Organization);
    /** Head nouns of a description and the actor types they refer back to. */
    private static final Map<String, Set<EntityType>> HEADS = Map.ofEntries(
            Map.entry("company", BUSINESS),
            Map.entry("firm", BUSINESS),
            Map.entry("corporation", BUSINESS),
            Map.entry("conglomerate", BUSINESS),
            Map.entry("giant", BUSINESS),
            Map.entry("bloc", Set.of(EntityType.InternationalOrganization, EntityType.Group)),
            Map.entry("alliance", Set.of(EntityType.InternationalOrganization, EntityType.Group)),
            Map.entry("union", Set.of(EntityType.InternationalOrganization, EntityType.Organization)),
            Map.entry("organization", Set.of(EntityType.InternationalOrganization, EntityType.Organization)),
            Map.entry("organisation", Set.of(EntityType.InternationalOrganization, EntityType.Organization)),
            Map.entry("fund", Set.of(EntityType.InternationalOrganization, EntityType.Organization)),
            Map.entry("country", Set.of(EntityType.Government, EntityType.Country)),
            Map.entry("nation", Set.of(EntityType.Government, EntityType.Country)),
            Map.entry("kingdom", Set.of(EntityType.Government, EntityType.Country)),
            Map.entry("republic", Set.of(EntityType.Government, EntityType.Country)),
            Map.entry("party", Set.of(EntityType.PoliticalParty)));
    private static final Pattern DESCRIPTION = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:the|this|that)\\s+((?:[\\p{L}.-]+\\s+){0,2}?)(" + String.join("|", HEADS.keySet())
                    + ")(?![\\p{L}-])",
            Pattern.CASE_INSENSITIVE);
    /** "the other company", "a rival firm": words that make a description name someone new. */
    private static final Set<String> NEW_REFERENT = Set.of("other", "another", "rival", "new", "second", "next",
            "same-sex", "whole");
    /**
     * Things that belong to or come from a country: a nationality adjective on one of them
     * points at the country ("Chinese goods", "U.S. support", "Russian forces").
     */
    private static final Set<String> NATIONAL_THINGS = Set.of("goods", "exports", "imports", "products", "produce",
            "trucks", "truckers", "cars", "vehicles", "steel", "cargo", "shipments", "investment", "investments",
            "support", "aid", "assistance", "help", "funding", "troops", "forces", "soldiers", "military",
            "interests", "territory", "airspace", "waters", "border", "sovereignty", "economy", "elections",
            "election", "markets", "market", "banks", "industry", "industries", "farmers", "manufacturers");
    /** "European nations", "European leaders": members of the union standing for it. */
    private static final Set<String> MEMBER_NOUNS = Set.of("nations", "countries", "governments", "leaders", "states",
            "members", "partners", "allies", "capitals");
    private static final Pattern NATIONALITY = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(\\p{Lu}[\\p{L}]+)\\s+([a-z]+)(?:\\s+([a-z]+))?(?![\\p{L}-])");
    private static final String EUROPEAN_UNION = "Q458";

    private final ActorIndex actors;
    private final String text;
    private final ActorLexicon lexicon;

    TargetFinder(ActorIndex actors, String text) {
        this(actors, text, GazetteerLexicon.standard());
    }

    TargetFinder(ActorIndex actors, String text, ActorLexicon lexicon) {
        this.actors = actors;
        this.text = text;
        this.lexicon = lexicon;
    }

    /**
     * Actors referred to in {@code [from, to)} without their name, in text order: descriptions
     * resolved to the most recent fitting actor before them, nationality adjectives to their
     * country's government.
     */
    List<Mention> unnamed(int from, int to) {
        List<Mention> out = new ArrayList<>();
        if (from >= to) {
            return out;
        }
        String window = text.substring(from, to);
        Matcher d = DESCRIPTION.matcher(window);
        while (d.find()) {
            description(from + d.start(), from + d.end(), d.group(1), d.group(2)).ifPresent(out::add);
        }
        Matcher n = NATIONALITY.matcher(window);
        while (n.find()) {
            // "American exports", "Chinese steel imports": the thing is the first or second word
            Optional<Mention> m = nationality(from + n.start(), from + n.end(2), n.group(1), n.group(2));
            if (m.isEmpty() && n.group(3) != null) {
                m = nationality(from + n.start(), from + n.end(3), n.group(1), n.group(3));
            }
            m.ifPresent(out::add);
        }
        Matcher g = GOVERNMENT.matcher(window);
        while (g.find()) {
            int start = from + g.start();
            governmentBefore(start, g.group(1).toLowerCase(Locale.ROOT))
                    .ifPresent(a -> out.add(new Mention(a, start, from + g.end())));
        }
        Matcher t = TITLE.matcher(window);
        while (t.find()) {
            titled(from + t.start(), from + t.end(), t.group(1), t.group(2)).ifPresent(out::add);
        }
        // a head word inside a name ("the Peterson Institute for the Nation") is the name's
        out.removeIf(m -> actors.at(lastWordStart(m), m.end()).isPresent());
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }

    /** A named target as the article means it: "Europe" is the union when the article names the union. */
    Mention asMeant(Mention m) {
        if (m.actor().wikidata() == null && m.actor().name().equals("Europe")) {
            return europeanUnion().map(eu -> new Mention(eu, m.start(), m.end())).orElse(m);
        }
        return m;
    }

    private static final Set<String> CLAUSE_CONJUNCTIONS = Set.of("and", "but", "or", "while", "whereas");

    /**
     * Where the conjunct holding token {@code from} ends: before a conjunction that opens another
     * verb phrase ("criticized the deals and called for tariffs on China": China is not what was
     * criticized), before a semicolon, or at the sentence end.
     */
    static int conjunctEnd(Sentence s, int from) {
        List<Token> t = s.tokens();
        for (int k = from; k < t.size(); k++) {
            Token tok = t.get(k);
            if (tok.word().equals(";")) {
                return tok.start();
            }
            if (!CLAUSE_CONJUNCTIONS.contains(tok.word().toLowerCase(Locale.ROOT))) {
                continue;
            }
            int v = k + 1;
            while (v < t.size() && (t.get(v).pos().startsWith("RB") || t.get(v).pos().equals("MD")
                    || t.get(v).pos().equals(","))) {
                v++;
            }
            if (v < t.size() && t.get(v).pos().startsWith("VB") && !t.get(v).pos().equals("VBG")) {
                return tok.start();
            }
        }
        return s.end();
    }

    /** "the administration", "the government": the one an earlier "Obama administration" named. */
    private static final Pattern GOVERNMENT = Pattern.compile(
            "(?<![\\p{L}\\p{N}])[Tt]he\\s+(administration|government)(?![\\p{L}-])");
    private static final Pattern NAMED_GOVERNMENT = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(\\p{Lu}[\\p{L}.'\u2019-]*?)(?:['\u2019]s)?\\s+(administration|government)(?![\\p{L}-])");
    /** "the foreign minister", "the Dutch president": a person named earlier with that title. */
    private static final Pattern TITLE = Pattern.compile(
            "(?<![\\p{L}\\p{N}])[Tt]he\\s+((?:[\\p{L}-]+\\s+){0,2}?)(president|minister|chancellor|secretary|senator|"
                    + "ambassador|premier|chairman|chairwoman|governor|envoy|congressman|congresswoman)(?![\\p{L}-])");

    /**
     * The government an earlier "Obama administration", "the Merkel government" or "the British
     * government" named: a leader's country, a country's or a nationality's own government.
     */
    private Optional<Actor> governmentBefore(int offset, String head) {
        Matcher m = NAMED_GOVERNMENT.matcher(text.substring(0, offset));
        Optional<Actor> found = Optional.empty();
        while (m.find()) {
            if (!m.group(2).equalsIgnoreCase(head)) {
                continue;
            }
            String word = m.group(1);
            Optional<Actor> named = actors.at(m.start(1), m.end(1));
            if (named.isPresent() && named.get().type() == EntityType.Person) {
                // a leader's government, or none when their country is unknown
                found = new LeaderGovernment(actors, lexicon).of(named.get());
                continue;
            }
            String c = named.map(this::countryOf).orElse(null);
            if (c == null) {
                c = lexicon.countryByDemonym(word).or(() -> lexicon.country(word)).map(KnownActor::country)
                        .orElse(null);
            }
            if (c != null) {
                found = government(c);
            }
        }
        return found;
    }

    /** A person's or a state's country: its own, or that of the state it holds a post in. */
    private String countryOf(Actor a) {
        if (a.country() != null) {
            return a.country();
        }
        for (org.geokg.model.Role r : a.roles()) {
            if (r.organization() != null) {
                Optional<String> c = actors.byId(r.organization()).map(Actor::country);
                if (c.isPresent()) {
                    return c.get();
                }
            }
        }
        return null;
    }

    private Optional<Mention> titled(int start, int end, String modifiers, String head) {
        String nationality = null;
        for (String w : BLANKS.split(modifiers.strip())) {
            if (NEW_REFERENT.contains(w.toLowerCase(Locale.ROOT))) {
                return Optional.empty();
            }
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                Optional<KnownActor> c = lexicon.countryByDemonym(w);
                if (c.isEmpty()) {
                    return Optional.empty();
                }
                nationality = c.get().country();
            }
        }
        List<Span> before = actors.mentionsWithin(0, start);
        for (int i = before.size() - 1; i >= 0; i--) {
            Span sp = before.get(i);
            Optional<Actor> a = actors.at(sp.start(), sp.end());
            if (a.isEmpty() || a.get().type() != EntityType.Person || !hasTitle(a.get(), head)) {
                continue;
            }
            if (nationality != null && !nationality.equals(countryOf(a.get()))) {
                continue;
            }
            return Optional.of(new Mention(a.get(), start, end));
        }
        return Optional.empty();
    }

    private static boolean hasTitle(Actor person, String head) {
        String h = head.toLowerCase(Locale.ROOT);
        return person.roles().stream().anyMatch(r -> r.title() != null
                && List.of(BLANKS.split(r.title().toLowerCase(Locale.ROOT))).contains(h));
    }

    private static final Set<EntityType> STATE = Set.of(EntityType.Government, EntityType.Country,
            EntityType.GovernmentBody);

    /**
     * True when {@code other} is part of the same state as {@code holder} ("under pressure from
     * Congress, Washington backed out": Congress is no target of the United States' act).
     */
    static boolean ownSide(Actor holder, Actor other) {
        return holder.country() != null && holder.country().equals(other.country()) && STATE.contains(holder.type())
                && STATE.contains(other.type());
    }

    private Optional<Mention> description(int start, int end, String modifiers, String head) {
        Set<EntityType> types = HEADS.get(head.toLowerCase(Locale.ROOT));
        String nationality = null;
        for (String w : BLANKS.split(modifiers.strip())) {
            if (w.isEmpty()) {
                continue;
            }
            if (NEW_REFERENT.contains(w.toLowerCase(Locale.ROOT))) {
                return Optional.empty();
            }
            if (Character.isUpperCase(w.charAt(0))) {
                Optional<KnownActor> c = lexicon.countryByDemonym(w);
                if (c.isEmpty()) {
                    // "the Burmese military", "the Teamsters union" are names, not descriptions
                    return Optional.empty();
                }
                nationality = c.get().country();
            }
        }
        String wanted = nationality;
        List<Span> before = actors.mentionsWithin(0, start);
        for (int i = before.size() - 1; i >= 0; i--) {
            Span sp = before.get(i);
            Optional<Actor> a = actors.at(sp.start(), sp.end());
            if (a.isEmpty() || !types.contains(a.get().type())) {
                continue;
            }
            if (wanted != null && a.get().country() != null && !wanted.equals(a.get().country())) {
                continue;
            }
            return Optional.of(new Mention(a.get(), start, end));
        }
        return Optional.empty();
    }

    private Optional<Mention> nationality(int start, int end, String adjective, String noun) {
        String thing = noun.toLowerCase(Locale.ROOT);
        if (adjective.equals("European") && MEMBER_NOUNS.contains(thing)) {
            return europeanUnion().map(eu -> new Mention(eu, start, end));
        }
        if (!NATIONAL_THINGS.contains(thing)) {
            return Optional.empty();
        }
        Optional<KnownActor> c = lexicon.countryByDemonym(adjective);
        if (c.isEmpty() || c.get().country() == null) {
            return Optional.empty();
        }
        return government(c.get().country()).map(g -> new Mention(g, start, end));
    }

    /** The actor the article has for a country: its government, else the country itself. */
    private Optional<Actor> government(String iso2) {
        Actor country = null;
        for (Actor a : actors.actors()) {
            if (!iso2.equals(a.country()) || a.mentions().isEmpty()) {
                continue;
            }
            if (a.type() == EntityType.Government) {
                return Optional.of(a);
            }
            if (a.type() == EntityType.Country && country == null) {
                country = a;
            }
        }
        return Optional.ofNullable(country);
    }

    private Optional<Actor> europeanUnion() {
        return actors.actors().stream()
                .filter(a -> EUROPEAN_UNION.equals(a.wikidata()) || a.name().equals("European Union"))
                .filter(a -> !a.mentions().isEmpty())
                .findFirst();
    }

    private int lastWordStart(Mention m) {
        int k = m.end();
        while (k > m.start() && !Character.isWhitespace(text.charAt(k - 1))) {
            k--;
        }
        return k;
    }
}
