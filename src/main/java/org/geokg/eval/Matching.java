package org.geokg.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.ToDoubleBiFunction;

/**
 * One-to-one matchings of gold items to predictions, as score.py makes them. Each returns an
 * array indexed by gold item holding the matched prediction's index, or -1.
 */
final class Matching {
    private Matching() {
    }

    private record Candidate(double score, int gold, int pred) {
    }

    /** Best-scoring admissible pairs first; ties in gold order, then prediction order. */
    static <G, P> int[] greedy(List<G> golds, List<P> preds, BiPredicate<G, P> ok, ToDoubleBiFunction<G, P> score) {
        List<Candidate> cands = new ArrayList<>();
        for (int i = 0; i < golds.size(); i++) {
            for (int j = 0; j < preds.size(); j++) {
                if (ok.test(golds.get(i), preds.get(j))) {
                    cands.add(new Candidate(score.applyAsDouble(golds.get(i), preds.get(j)), i, j));
                }
            }
        }
        cands.sort((a, b) -> {
            // == rather than Double.compare: Python sorts 0.0 and -0.0 as equal
            if (a.score() != b.score()) {
                return a.score() > b.score() ? -1 : 1;
            }
            return a.gold() != b.gold() ? Integer.compare(a.gold(), b.gold()) : Integer.compare(a.pred(), b.pred());
        });
        int[] match = unmatched(golds.size());
        boolean[] taken = new boolean[preds.size()];
        for (Candidate c : cands) {
            if (match[c.gold()] == -1 && !taken[c.pred()]) {
                match[c.gold()] = c.pred();
                taken[c.pred()] = true;
            }
        }
        return match;
    }

    /** A maximum bipartite matching for a yes/no criterion (augmenting paths, golds in order). */
    static <G, P> int[] maximum(List<G> golds, List<P> preds, BiPredicate<G, P> ok) {
        List<List<Integer>> adj = new ArrayList<>();
        for (G g : golds) {
            List<Integer> row = new ArrayList<>();
            for (int j = 0; j < preds.size(); j++) {
                if (ok.test(g, preds.get(j))) {
                    row.add(j);
                }
            }
            adj.add(row);
        }
        int[] owner = unmatched(preds.size());
        for (int i = 0; i < golds.size(); i++) {
            augment(i, adj, owner, new HashSet<>());
        }
        int[] match = unmatched(golds.size());
        for (int j = 0; j < owner.length; j++) {
            if (owner[j] != -1) {
                match[owner[j]] = j;
            }
        }
        return match;
    }

    private static boolean augment(int i, List<List<Integer>> adj, int[] owner, Set<Integer> seen) {
        for (int j : adj.get(i)) {
            if (seen.add(j)) {
                if (owner[j] == -1 || augment(owner[j], adj, owner, seen)) {
                    owner[j] = i;
                    return true;
                }
            }
        }
        return false;
    }

    static int count(int[] match) {
        int n = 0;
        for (int j : match) {
            if (j != -1) {
                n++;
            }
        }
        return n;
    }

    private static int[] unmatched(int n) {
        int[] a = new int[n];
        Arrays.fill(a, -1);
        return a;
    }
}
