package org.geokg.extract.actor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.geokg.model.EntityType;
import org.geokg.model.Span;

/**
 * The actors of one article and where each is mentioned: lookups by id, by text position and,
 * for pronouns and descriptions ("he", "the company"), by the most recent compatible mention.
 * Immutable, so attribution and position finders may share it.
 */
public final class ActorIndex {
    private static final Set<String> PERSON_WORDS = Set.of("he", "him", "his", "she", "her", "hers",
            "himself", "herself", "i", "me", "my");
    private static final Set<String> MALE = Set.of("he", "him", "his", "himself");
    private static final Set<String> FEMALE = Set.of("she", "her", "hers", "herself");
    private static final Set<String> PLURAL = Set.of("they", "them", "their", "theirs", "themselves", "we", "us", "our");
    private static final Set<String> NEUTER = Set.of("it", "its", "itself");
    private static final Pattern LEADING_DETERMINER = Pattern.compile("^(the|this|that) ");
    private static final Pattern WORD_BREAKS = Pattern.compile("[\\s,]+");
    private static final Pattern BLANKS = Pattern.compile("\\s+");
    /** A description of a person by office or role ("the former foreign minister", "the spokeswoman"). */
    private static final Pattern PERSON_NOUN = Pattern.compile("(former |new |top |senior |chief |then )*[a-z -]*"
            + "(minister|president|secretary|chairman|chairwoman|"
            + "chief|leader|official|spokesman|spokeswoman|spokesperson|senator|governor|director|ambassador|"
            + "executive|ceo|premier|chancellor|king|queen|candidate|nominee|lawmaker|congressman|congresswoman|"
            + "diplomat|envoy|mayor|general|head|founder|man|woman)");

    private final List<Actor> actors;
    private final Map<String, Actor> byId = new LinkedHashMap<>();
    /** Every mention with its actor, sorted by start offset, longest first at one start. */
    private final List<Hit> hits = new ArrayList<>();
    private final Map<String, Gender> genders;

    private record Hit(Span span, Actor actor) {
        /** By offsets only: the record's own hash would hash the actor's every mention and role on each lookup. */
        @Override
        public int hashCode() {
            return 31 * span.start() + span.end();
        }
    }

    /** Mentions lying inside a longer mention of another actor ("CIA" in "Pompeo, a former CIA chief"). */
    private final java.util.Set<Hit> nested = new java.util.HashSet<>();

    /** Grammatical gender of a person as far as the article shows it (from pronouns and titles). */
    public enum Gender {
        MALE, FEMALE, UNKNOWN
    }

    public ActorIndex(List<Actor> actors) {
        this(actors, Map.of());
    }

    /** @param genders person ids to the gender the article shows for them; others are unknown */
    public ActorIndex(List<Actor> actors, Map<String, Gender> genders) {
        this.actors = List.copyOf(actors);
        this.genders = Map.copyOf(genders);
        for (Actor a : this.actors) {
            if (byId.putIfAbsent(a.id(), a) != null) {
                throw new IllegalArgumentException("two actors with the id " + a.id());
            }
            for (Span s : a.mentions()) {
                hits.add(new Hit(s, a));
            }
        }
        // text order, the longest first at one start: a coalition before its first member
        hits.sort(Comparator.comparingInt((Hit h) -> h.span().start()).thenComparingInt(h -> -h.span().end()));
        for (int i = 0; i < hits.size(); i++) {
            Hit outer = hits.get(i);
            for (int j = i + 1; j < hits.size() && hits.get(j).span().start() < outer.span().end(); j++) {
                Hit inner = hits.get(j);
                if (inner.span().end() <= outer.span().end() && inner.actor() != outer.actor()
                        && inner.span().length() < outer.span().length()) {
                    nested.add(inner);
                }
            }
        }
    }

    /** All actors, in order of first mention. */
    public List<Actor> actors() {
        return actors;
    }

    public Optional<Actor> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The actor whose mention overlaps {@code [start, end)} the most; ties go to the shorter mention. */
    public Optional<Actor> at(int start, int end) {
        Actor best = null;
        int bestOverlap = 0;
        int bestLength = Integer.MAX_VALUE;
        for (Hit h : hits) {
            if (h.span().start() >= Math.max(end, start + 1)) {
                break;
            }
            int overlap = Math.min(end, h.span().end()) - Math.max(start, h.span().start());
            if (start == end && h.span().start() <= start && start < h.span().end()) {
                overlap = 1;
            }
            int length = h.span().length();
            if (overlap > bestOverlap || (overlap == bestOverlap && overlap > 0 && length < bestLength)) {
                best = h.actor();
                bestOverlap = overlap;
                bestLength = length;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Actors with a mention lying inside {@code [start, end)}, in order of that mention, each once. */
    public List<Actor> within(int start, int end) {
        List<Actor> found = new ArrayList<>();
        for (int i = firstStartingAtOrAfter(start); i < hits.size(); i++) {
            Hit h = hits.get(i);
            if (h.span().start() >= end) {
                break;
            }
            if (h.span().start() >= start && h.span().end() <= end && !found.contains(h.actor())) {
                found.add(h.actor());
            }
        }
        return found;
    }

    /**
     * Every mention lying inside {@code [start, end)}, sorted by offset (longest first at one
     * start), leaving out mentions
     * nested in a longer mention of another actor that starts before {@code start}: a clause
     * window that begins inside "Mike Pompeo, US Secretary of State and a former CIA chief" does
     * not see the CIA as a participant.
     */
    public List<Span> mentionsWithin(int start, int end) {
        List<Span> found = new ArrayList<>();
        for (int i = firstStartingAtOrAfter(start); i < hits.size(); i++) {
            Hit h = hits.get(i);
            if (h.span().start() >= end) {
                break;
            }
            if (nested.contains(h) && enclosedBefore(h, start)) {
                continue;
            }
            if (h.span().start() >= start && h.span().end() <= end) {
                found.add(h.span());
            }
        }
        return found;
    }

    /** Index of the first hit that starts at or after {@code offset} (hits are sorted by start). */
    private int firstStartingAtOrAfter(int offset) {
        int lo = 0;
        int hi = hits.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (hits.get(mid).span().start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private boolean enclosedBefore(Hit inner, int start) {
        for (Hit h : hits) {
            if (h.span().start() > inner.span().start()) {
                return false;
            }
            if (h.span().start() < start && h.span().end() >= inner.span().end() && h.actor() != inner.actor()) {
                return true;
            }
        }
        return false;
    }

    /** The gender the article shows for a person actor. */
    public Gender gender(String actorId) {
        return genders.getOrDefault(actorId, Gender.UNKNOWN);
    }

    /**
     * The actor a pronoun or short description refers to: the most recently mentioned actor
     * before {@code offset} that fits it. "he"/"she" want a person (of that gender when known),
     * "it"/"the company"/"the government" an organisation of a fitting type, "they" an
     * organisation, group or government (or, failing that, a person).
     */
    public Optional<Actor> resolvePronoun(String pronoun, int offset) {
        String p = LEADING_DETERMINER.matcher(pronoun.toLowerCase(Locale.ROOT).trim()).replaceFirst("");
        List<Hit> before = new ArrayList<>();
        for (Hit h : hits) {
            if (h.span().start() >= offset) {
                break;
            }
            before.add(h);
        }
        Optional<Actor> byRole = byRole(p, before);
        if (byRole.isPresent()) {
            return byRole;
        }
        for (int i = before.size() - 1; i >= 0; i--) {
            Actor a = before.get(i).actor();
            if (fits(p, a)) {
                if (PERSON_WORDS.contains(p) && gender(a.id()) == Gender.UNKNOWN) {
                    // "Suu Kyi ... with Vice President Biden. She will visit": a person the article
                    // shows to be of the pronoun's gender, named shortly before, beats one of unknown gender
                    Optional<Actor> known = knownGender(p, before, i - 1, offset);
                    if (known.isPresent()) {
                        return known;
                    }
                }
                return Optional.of(a);
            }
        }
        if (PLURAL.contains(p)) {
            for (int i = before.size() - 1; i >= 0; i--) {
                if (before.get(i).actor().type() == EntityType.Person) {
                    return Optional.of(before.get(i).actor());
                }
            }
        }
        return Optional.empty();
    }

    /** How far back, in characters, a person of the pronoun's gender is preferred to one of unknown gender. */
    private static final int GENDER_REACH = 500;

    private Optional<Actor> knownGender(String p, List<Hit> before, int from, int offset) {
        if (!MALE.contains(p) && !FEMALE.contains(p)) {
            return Optional.empty();
        }
        Gender want = MALE.contains(p) ? Gender.MALE : Gender.FEMALE;
        for (int i = from; i >= 0 && before.get(i).span().start() >= offset - GENDER_REACH; i--) {
            Actor a = before.get(i).actor();
            if (a.type() == EntityType.Person && gender(a.id()) == want) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /**
     * A description that repeats a title ("the former CIA chief", "the Huawei chairman"): the
     * person mentioned last before it whose role has that title word, preferring one whose role's
     * organisation the description also names.
     */
    private Optional<Actor> byRole(String description, List<Hit> before) {
        String[] words = WORD_BREAKS.split(description);
        if (words.length == 0 || PERSON_WORDS.contains(description) || PLURAL.contains(description)
                || NEUTER.contains(description)) {
            return Optional.empty();
        }
        Actor best = null;
        int bestScore = 0;
        for (int i = before.size() - 1; i >= 0; i--) {
            Actor a = before.get(i).actor();
            if (a.type() != EntityType.Person) {
                continue;
            }
            for (org.geokg.model.Role r : a.roles()) {
                int score = roleScore(words, r);
                if (score > bestScore) {
                    best = a;
                    bestScore = score;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private int roleScore(String[] words, org.geokg.model.Role r) {
        Set<String> title = Set.of(BLANKS.split(r.title().toLowerCase(Locale.ROOT)));
        int score = 0;
        boolean head = false;
        for (String w : words) {
            if (title.contains(w) && !w.equals("of") && !w.equals("former")) {
                score += 2;
                head = true;
            }
        }
        if (!head) {
            return 0;
        }
        if (r.organization() != null) {
            Actor org = byId.get(r.organization());
            if (org != null) {
                Set<String> names = new java.util.HashSet<>();
                names.add(org.name().toLowerCase(Locale.ROOT));
                org.aliases().forEach(x -> names.add(x.toLowerCase(Locale.ROOT)));
                for (String w : words) {
                    if (names.contains(w)) {
                        score += 3;
                    }
                }
            }
        }
        return score;
    }

    private boolean fits(String p, Actor a) {
        EntityType t = a.type();
        if (PERSON_WORDS.contains(p)) {
            if (t != EntityType.Person) {
                return false;
            }
            Gender g = gender(a.id());
            return g == Gender.UNKNOWN || (MALE.contains(p) ? g == Gender.MALE : !FEMALE.contains(p) || g == Gender.FEMALE);
        }
        if (PLURAL.contains(p)) {
            return t != EntityType.Person && t != EntityType.Country;
        }
        if (NEUTER.contains(p)) {
            return t != EntityType.Person && t != EntityType.Group && t != EntityType.Country;
        }
        return switch (p) {
            case "company", "firm", "group", "giant", "maker", "manufacturer", "carrier", "bank", "business" ->
                    t == EntityType.Company;
            case "government", "administration", "country", "nation", "state", "regime", "authorities" ->
                    t == EntityType.Government;
            case "ministry", "department", "agency", "office", "commission", "committee", "court" ->
                    t == EntityType.GovernmentBody;
            case "party" -> t == EntityType.PoliticalParty;
            case "newspaper", "paper", "broadcaster", "network", "outlet" -> t == EntityType.MediaOrganization;
            case "organization", "organisation", "alliance", "bloc", "union" ->
                    t == EntityType.InternationalOrganization || t == EntityType.Organization;
            case "coalition", "countries" -> t == EntityType.Group;
            default -> t == EntityType.Person ? isPersonNoun(p) : isNameHead(p, a.name());
        };
    }

    /**
     * "the fund" for the International Monetary Fund, "the institute" for the Peterson Institute
     * for International Economics: a description by the head noun of an organisation's name.
     */
    private static boolean isNameHead(String p, String name) {
        if (p.indexOf(' ') >= 0 || name == null) {
            return false;
        }
        int cut = name.length();
        for (String link : NAME_LINKS) {
            int at = name.indexOf(link);
            if (at > 0 && at < cut) {
                cut = at;
            }
        }
        int space = name.lastIndexOf(' ', cut - 1);
        return space > 0 && name.regionMatches(true, space + 1, p, 0, p.length()) && space + 1 + p.length() == cut;
    }

    /** Words after the head noun of an organisation's name: "Institute for International Economics". */
    private static final List<String> NAME_LINKS = List.of(" of ", " for ", " on ");

    private static boolean isPersonNoun(String p) {
        return PERSON_NOUN.matcher(p).matches();
    }
}
