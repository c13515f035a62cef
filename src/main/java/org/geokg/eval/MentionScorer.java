package org.geokg.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.function.ToDoubleBiFunction;

/**
 * Scores predicted entity mentions against GUM gold as score.py does, in three modes (exact span
 * and type; overlapping span and type; overlapping span, any type), each matched one-to-one
 * greedily by IoU, with P/R/F1 per type, micro and (typed modes) macro.
 */
final class MentionScorer {
    private MentionScorer() {
    }

    private record Mode(String title, BiPredicate<MentionItem, MentionItem> ok,
                        ToDoubleBiFunction<MentionItem, MentionItem> score, boolean typed) {
    }

    static Scores score(List<MentionDoc> gold, List<MentionDoc> pred, boolean useTypeMap) {
        List<String> notes = new ArrayList<>();
        Map<String, List<MentionItem>> g = new LinkedHashMap<>();
        for (Map.Entry<String, List<MentionItem>> e : merge(gold).entrySet()) {
            g.put(e.getKey(), e.getValue().stream()
                    .map(m -> new MentionItem(m.start(), m.end(), MentionTypes.map(m.type(), false))).toList());
        }
        TreeSet<String> types = new TreeSet<>();
        g.values().forEach(ms -> ms.forEach(m -> types.add(m.type())));
        Map<String, List<MentionItem>> p = new LinkedHashMap<>();
        int ignored = 0;
        for (Map.Entry<String, List<MentionItem>> e : merge(pred).entrySet()) {
            List<MentionItem> kept = new ArrayList<>();
            for (MentionItem m : e.getValue()) {
                String t = MentionTypes.map(m.type(), useTypeMap);
                if (types.contains(t) && m.start() != null && m.end() != null) {
                    kept.add(new MentionItem(m.start(), m.end(), t));
                } else {
                    ignored++;
                }
            }
            p.put(e.getKey(), kept);
        }
        Notes.restrict(g.keySet(), p.keySet(), notes);
        if (ignored > 0) {
            notes.add(ignored + " predicted mention(s) of types not in the gold (" + String.join(", ", types)
                    + ") or without offsets were ignored");
        }
        List<Mode> modes = List.of(
                new Mode("exact span + type",
                        (a, b) -> a.type().equals(b.type()) && a.start().equals(b.start()) && a.end().equals(b.end()),
                        (a, b) -> 1.0, true),
                new Mode("overlapping span + type",
                        (a, b) -> a.type().equals(b.type()) && Intervals.overlap(span(a), span(b)) > 0,
                        (a, b) -> Intervals.iou(span(a), span(b)), true),
                new Mode("overlapping span, any type", (a, b) -> Intervals.overlap(span(a), span(b)) > 0,
                        (a, b) -> Intervals.iou(span(a), span(b)), false));
        List<ScoreTable> tables = new ArrayList<>();
        for (Mode mode : modes) {
            tables.add(table(mode, g, p, types));
        }
        return new Scores(Task.MENTIONS, tables, notes);
    }

    private static ScoreTable table(Mode mode, Map<String, List<MentionItem>> g, Map<String, List<MentionItem>> p,
                                    TreeSet<String> types) {
        Map<String, int[]> c = new HashMap<>();   // type -> gold, pred, matched gold, matched pred
        for (Map.Entry<String, List<MentionItem>> e : g.entrySet()) {
            List<MentionItem> gl = e.getValue();
            List<MentionItem> pl = p.getOrDefault(e.getKey(), List.of());
            int[] m = Matching.greedy(gl, pl, mode.ok(), mode.score());
            gl.forEach(x -> counts(c, x.type())[0]++);
            pl.forEach(x -> counts(c, x.type())[1]++);
            for (int i = 0; i < m.length; i++) {
                if (m[i] != -1) {
                    counts(c, gl.get(i).type())[2]++;
                    counts(c, pl.get(m[i]).type())[3]++;
                }
            }
        }
        List<ScoreRow> rows = new ArrayList<>();
        int[] total = new int[4];
        c.values().forEach(v -> {
            for (int k = 0; k < 4; k++) {
                total[k] += v[k];
            }
        });
        Prf macro = null;
        if (mode.typed()) {
            List<Prf> per = new ArrayList<>();
            for (String ty : types) {
                int[] v = counts(c, ty);
                rows.add(new ScoreRow.Counts(ty, v[0], v[1], v[2], v[3]));
                per.add(Prf.of(v[3], v[1], v[2], v[0]));
            }
            macro = new Prf(mean(per, Prf::precision), mean(per, Prf::recall), mean(per, Prf::f1));
        }
        rows.add(new ScoreRow.Counts("micro", total[0], total[1], total[2], total[3]));
        return new ScoreTable("Mentions: " + mode.title(), rows, macro);
    }

    private static Double mean(List<Prf> values, java.util.function.Function<Prf, Double> part) {
        double sum = 0;
        int n = 0;
        for (Prf v : values) {
            Double x = part.apply(v);
            if (x != null) {
                sum += x;
                n++;
            }
        }
        return n > 0 ? sum / n : null;
    }

    private static int[] counts(Map<String, int[]> c, String type) {
        return c.computeIfAbsent(type, t -> new int[4]);
    }

    private static List<Range> span(MentionItem m) {
        return List.of(new Range(m.start(), m.end()));
    }

    /** Several lines for one document are merged, as score.py's merge_docs does. */
    private static Map<String, List<MentionItem>> merge(List<MentionDoc> docs) {
        Map<String, List<MentionItem>> out = new LinkedHashMap<>();
        for (MentionDoc d : docs) {
            out.computeIfAbsent(d.doc(), k -> new ArrayList<>()).addAll(d.mentions());
        }
        return out;
    }
}
