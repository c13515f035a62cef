package org.geokg.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BiPredicate;

/**
 * Scores predicted positions against the hand-annotated gold as score.py does: a maximum
 * one-to-one matching on holder + kind (+ target where the gold has one), P/R/F1 per kind and
 * micro; and the looser stance score on holder + polarity (+ target).
 */
final class PositionScorer {
    private static final String NONE = "\u0000none";   // stands for a missing kind in the per-kind counts

    private PositionScorer() {
    }

    static Scores score(List<PositionDoc> gold, List<PositionDoc> pred) {
        List<String> notes = new ArrayList<>();
        Map<String, PositionDoc> g = merge(gold);
        Map<String, PositionDoc> p = merge(pred);
        Notes.restrict(g.keySet(), p.keySet(), notes);
        Map<String, int[]> c = new HashMap<>();   // kind -> gold, pred, matched gold, matched pred
        int stanceGold = 0;
        int stancePred = 0;
        int stanceMatched = 0;
        // score.py sorts kinds with a missing kind last
        TreeSet<String> kinds = new TreeSet<>(Comparator.comparing((String k) -> k.equals(NONE))
                .thenComparing(Comparator.naturalOrder()));
        for (Map.Entry<String, PositionDoc> e : g.entrySet()) {
            PositionDoc gr = e.getValue();
            PositionDoc pr = p.get(e.getKey());
            List<PositionItem> gl = gr.positions();
            List<PositionItem> pl = pr == null ? List.of() : pr.positions();
            EntityIndex ents = new EntityIndex(gr.entities(), pr == null ? List.of() : pr.entities());
            BiPredicate<PositionItem, PositionItem> targetOk = (a, b) ->
                    a.target() == null || a.target().isEmpty() || ents.same(a.target(), b.target());
            BiPredicate<PositionItem, PositionItem> strict = (a, b) -> kind(a).equals(kind(b))
                    && ents.same(a.holder(), b.holder()) && targetOk.test(a, b);
            BiPredicate<PositionItem, PositionItem> stance = (a, b) -> a.polarity() != null
                    && lower(a.polarity()).equals(lower(b.polarity())) && ents.same(a.holder(), b.holder())
                    && targetOk.test(a, b);
            int[] m = Matching.maximum(gl, pl, strict);
            gl.forEach(x -> counts(c, kind(x))[0]++);
            pl.forEach(x -> counts(c, kind(x))[1]++);
            for (int i = 0; i < m.length; i++) {
                if (m[i] != -1) {
                    counts(c, kind(gl.get(i)))[2]++;
                    counts(c, kind(pl.get(m[i])))[3]++;
                }
            }
            gl.forEach(x -> kinds.add(kind(x)));
            pl.forEach(x -> kinds.add(kind(x)));
            stanceGold += gl.size();
            stancePred += pl.size();
            stanceMatched += Matching.count(Matching.maximum(gl, pl, stance));
        }
        List<ScoreRow> rows = new ArrayList<>();
        int[] total = new int[4];
        for (String k : kinds) {
            int[] v = counts(c, k);
            rows.add(new ScoreRow.Counts(k.equals(NONE) ? "NONE" : k.toUpperCase(Locale.ROOT), v[0], v[1], v[2], v[3]));
        }
        c.values().forEach(v -> {
            for (int k = 0; k < 4; k++) {
                total[k] += v[k];
            }
        });
        rows.add(new ScoreRow.Counts("micro", total[0], total[1], total[2], total[3]));
        ScoreTable strictTable = new ScoreTable("Positions: holder + kind (+ target where the gold has one)", rows, null);
        ScoreTable stanceTable = new ScoreTable("Positions: stance = holder + polarity (+ target where the gold has one)",
                List.of(new ScoreRow.Counts("micro", stanceGold, stancePred, stanceMatched, stanceMatched)), null);
        return new Scores(Task.POSITIONS, List.of(strictTable, stanceTable), notes);
    }

    /** score.py's {@code lower()}: stripped and case-folded; a missing value stays missing. */
    private static String lower(String s) {
        return s == null ? null : PythonText.casefold(PythonText.strip(s));
    }

    private static String kind(PositionItem p) {
        return p.kind() == null ? NONE : lower(p.kind());
    }

    private static int[] counts(Map<String, int[]> c, String kind) {
        return c.computeIfAbsent(kind, k -> new int[4]);
    }

    /** Several lines for one document are merged, positions and entities both. */
    private static Map<String, PositionDoc> merge(List<PositionDoc> docs) {
        Map<String, PositionDoc> out = new LinkedHashMap<>();
        for (PositionDoc d : docs) {
            PositionDoc prev = out.get(d.doc());
            if (prev == null) {
                out.put(d.doc(), d);
            } else {
                List<PositionItem> ps = new ArrayList<>(prev.positions());
                ps.addAll(d.positions());
                List<EntityNames> es = new ArrayList<>(prev.entities());
                es.addAll(d.entities());
                out.put(d.doc(), new PositionDoc(d.doc(), ps, es));
            }
        }
        return out;
    }
}
