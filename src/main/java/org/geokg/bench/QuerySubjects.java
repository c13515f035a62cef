package org.geokg.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.geokg.model.Article;
import org.geokg.model.EntityType;
import org.geokg.model.Position;

/**
 * Whom the benchmark's per-actor queries ask about. The generated corpus is Zipf-like, so its
 * most-named actor holds about a tenth of all positions: the worst case, kept as one row. A
 * typical analyst asks about a typical actor, so each such query is also run for an actor of
 * median popularity: of the actors that hold a position in the first N articles, ranked by
 * positions held or aimed at them (ties by index), the middle one. Deterministic for a seed and a size.
 */
public final class QuerySubjects {
    /**
     * Parameter values for one case.
     *
     * @param label      "median" or "top"
     * @param actor      the actor (parameters actor and holder)
     * @param person     a person of the same popularity (parameter person)
     * @param target     the target asked alone (who-opposes, coalitions, ...)
     * @param pairTarget the target asked with {@code holder} (timeline, evidence): the one the actor
     *                   holds most positions toward, so that the pair has an answer
     * @param positions  positions the actor holds or is aimed at in the corpus
     */
    public record Subject(String label, String actor, String person, String target, String pairTarget, int positions) {
        /** One line for the log: who, and how much the corpus says about them. */
        public String describe() {
            return label + ": actor \"" + actor + "\" (" + positions + " positions held or aimed), person \"" + person
                    + "\", target \"" + target + "\", target with a holder \"" + pairTarget + "\"";
        }
    }

    private QuerySubjects() {
    }

    /** The median and the most-named case for the first {@code articles} articles of the corpus, in that order. */
    public static List<Subject> of(SyntheticCorpus corpus, int articles) {
        Map<Integer, Integer> named = new HashMap<>();
        Map<Integer, Map<Integer, Integer>> towards = new HashMap<>();
        for (int i = 0; i < articles; i++) {
            Article a = corpus.article(i);
            for (Position p : a.positions()) {
                int h = SyntheticCorpus.actorIndex(p.holder());
                int t = p.target() == null ? -1 : SyntheticCorpus.actorIndex(p.target());
                if (h >= 0) {
                    named.merge(h, 1, Integer::sum);
                }
                if (t >= 0) {
                    named.merge(t, 1, Integer::sum);
                    if (h >= 0) {
                        towards.computeIfAbsent(h, k -> new HashMap<>()).merge(t, 1, Integer::sum);
                    }
                }
            }
        }
        Comparator<Integer> byPopularity = Comparator.<Integer>comparingInt(named::get).reversed()
                .thenComparing(Comparator.naturalOrder());
        // holders only, so that the pair (actor, the target it addresses most) has an answer
        List<Integer> ranked = new ArrayList<>(towards.keySet());
        ranked.sort(byPopularity);
        List<Integer> people = ranked.stream().filter(k -> SyntheticCorpus.actorType(k) == EntityType.Person).toList();
        int median = ranked.get(ranked.size() / 2);
        int medianPerson = people.get(people.size() / 2);
        Subject typical = new Subject("median", SyntheticCorpus.actorName(median), SyntheticCorpus.actorName(medianPerson),
                SyntheticCorpus.actorName(median), SyntheticCorpus.actorName(mostAddressed(towards.getOrDefault(median, Map.of()), median)), named.get(median));
        // the worst case as the benchmark always asked it: actor 0 (a person), and actor 1 as target
        Subject top = new Subject("top", SyntheticCorpus.actorName(0), SyntheticCorpus.actorName(0),
                SyntheticCorpus.actorName(1), SyntheticCorpus.actorName(1), named.getOrDefault(0, 0));
        return List.of(typical, top);
    }

    /** The target the actor holds most positions toward (lowest index on a tie); the next actor when it holds none. */
    private static int mostAddressed(Map<Integer, Integer> targets, int actor) {
        return targets.entrySet().stream()
                .min(Map.Entry.<Integer, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(actor + 1);
    }
}
