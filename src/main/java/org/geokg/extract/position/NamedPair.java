package org.geokg.extract.position;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.geokg.extract.position.ClauseActors.Mention;
import org.geokg.extract.text.Token;
import org.geokg.model.EntityType;

/**
 * A subject that counts two actors named before it ("the two countries signed", "both governments
 * agreed", "the two leaders met"): it stands for the last two actors of its kind mentioned before
 * it, each of which holds the act (POSITIONS.md: one position per holder). Stateless.
 */
final class NamedPair {
    private static final Set<EntityType> STATES = Set.of(EntityType.Country, EntityType.Government);
    private static final Set<EntityType> PEOPLE = Set.of(EntityType.Person);
    /** The plural heads that count actors, with the actor types they count. */
    private static final Map<String, Set<EntityType>> HEADS = Map.of(
            "countries", STATES, "nations", STATES, "governments", STATES,
            "leaders", PEOPLE, "presidents", PEOPLE, "men", PEOPLE, "women", PEOPLE,
            "companies", Set.of(EntityType.Company), "firms", Set.of(EntityType.Company));
    private static final Set<String> SKIPPED = Set.of("has", "have", "had", "did", "do", "will", "would");
    /** How far back, in characters, the two actors may be named. */
    private static final int REACH = 600;

    private NamedPair() {
    }

    /**
     * The two actors the pair phrase ending right before the verb at {@code cue} refers to, most
     * recently named first; empty when there is no such phrase or fewer than two fitting actors.
     */
    static List<Mention> before(ClauseActors clauses, List<Token> t, int cue) {
        int k = cue - 1;
        while (k >= 0 && (t.get(k).pos().startsWith("RB") || t.get(k).pos().equals("MD")
                || SKIPPED.contains(t.get(k).word().toLowerCase(Locale.ROOT)))) {
            k--;
        }
        return ending(clauses, t, k);
    }

    /**
     * The two actors the pair phrase whose head noun is token {@code k} refers to ("both nations"
     * as the source of "rejected the ruling"); empty when token {@code k} ends no pair phrase.
     */
    static List<Mention> ending(ClauseActors clauses, List<Token> t, int k) {
        if (k < 1) {
            return List.of();
        }
        Set<EntityType> types = HEADS.get(t.get(k).word().toLowerCase(Locale.ROOT));
        if (types == null) {
            return List.of();
        }
        int d = k - 1;
        String count = t.get(d).word().toLowerCase(Locale.ROOT);
        boolean both = count.equals("both");
        boolean two = count.equals("two") && d > 0 && t.get(d - 1).word().equalsIgnoreCase("the");
        if (!both && !two) {
            return List.of();
        }
        int phrase = t.get(two ? d - 1 : d).start();
        List<Mention> named = clauses.mentions(Math.max(0, phrase - REACH), phrase);
        List<Mention> out = new ArrayList<>();
        for (int i = named.size() - 1; i >= 0 && out.size() < 2; i--) {
            // "Chile and Peru" is named as a coalition: its members are the ones counted
            List<Mention> members = clauses.expand(named.get(i));
            for (int j = members.size() - 1; j >= 0 && out.size() < 2; j--) {
                Mention m = members.get(j);
                // a country and its government are one of the pair
                if (counted(types, m) && out.stream().noneMatch(o -> o.actor().id().equals(m.actor().id())
                        || o.actor().name().equals(m.actor().name()))) {
                    out.add(new Mention(m.actor(), phrase, t.get(k).end()));
                }
            }
        }
        return out.size() == 2 ? out : List.of();
    }

    /**
     * Whether the actor is of a kind the phrase counts; a place is counted as a country only when
     * it is known as one (a government, or a place with an identifier): a place only tagged as one
     * may be a province or a city ("trees from Oregon").
     */
    private static boolean counted(Set<EntityType> types, Mention m) {
        if (!types.contains(m.actor().type())) {
            return false;
        }
        return m.actor().type() != EntityType.Country || m.actor().wikidata() != null;
    }
}
