package org.geokg.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores predicted attributions against PolNeAR gold as score.py does: contents matched
 * one-to-one (overlap at least half the shorter content, greedily by IoU), then content P/R/F1
 * over all and direct quotes, source accuracy on matched pairs (non-pronoun and pronoun gold
 * sources apart), and end-to-end P/R/F1 (content matched and source right).
 */
final class AttributionScorer {
    private AttributionScorer() {
    }

    /** Counters of one subset (all attributions or direct quotes). */
    private static final class Tally {
        int gold;
        int pred;
        int matchedGold;
        int matchedPred;
        int e2eGold;
        int e2ePred;
        int nameSources;
        int nameRight;
        int pronounSources;
        int pronounRight;
    }

    static Scores score(List<AttributionItem> gold, List<AttributionItem> pred) {
        List<String> notes = new ArrayList<>();
        Map<String, List<AttributionItem>> g = byDoc(gold);
        Map<String, List<AttributionItem>> p = byDoc(pred);
        Notes.restrict(g.keySet(), p.keySet(), notes);
        long bad = pred.stream().filter(a -> !a.hasContent()).count();
        if (bad > 0) {
            notes.add(bad + " predicted attribution(s) without a content span were ignored");
        }
        Tally all = new Tally();
        Tally direct = new Tally();
        for (Map.Entry<String, List<AttributionItem>> e : g.entrySet()) {
            List<AttributionItem> gl = e.getValue();
            List<AttributionItem> pl = p.getOrDefault(e.getKey(), List.of()).stream()
                    .filter(AttributionItem::hasContent).toList();
            int[] m = Matching.greedy(gl, pl, AttributionScorer::contentOk,
                    (a, b) -> Intervals.iou(a.content().ranges(), b.content().ranges()));
            all.gold += gl.size();
            all.pred += pl.size();
            direct.gold += (int) gl.stream().filter(AttributionItem::isDirect).count();
            direct.pred += (int) pl.stream().filter(AttributionItem::isDirect).count();
            for (int i = 0; i < m.length; i++) {
                if (m[i] == -1) {
                    continue;
                }
                AttributionItem ga = gl.get(i);
                AttributionItem pa = pl.get(m[i]);
                boolean right = sourceRight(ga, pa);
                count(all, ga, true, right);
                if (ga.isDirect()) {
                    // a gold direct quote counts as found whatever the prediction's flag; the
                    // prediction counts as a right direct quote only when it is flagged direct
                    count(direct, ga, pa.isDirect(), right);
                }
            }
        }
        ScoreTable det = new ScoreTable("Attributions: content detection (content overlap >= 1/2 of the shorter span)",
                List.of(new ScoreRow.Counts("all attributions", all.gold, all.pred, all.matchedGold, all.matchedPred),
                        new ScoreRow.Counts("direct quotes", direct.gold, direct.pred, direct.matchedGold,
                                direct.matchedPred)), null);
        List<ScoreRow> src = new ArrayList<>();
        accuracy(src, "all attributions", "all", all);
        accuracy(src, "direct quotes", "direct", direct);
        ScoreTable srcTable = new ScoreTable("Attributions: source accuracy on matched pairs whose gold has a source",
                src, null);
        ScoreTable e2e = new ScoreTable(
                "Attributions: end-to-end (content matched and source right; no gold source = no predicted source)",
                List.of(new ScoreRow.Counts("all attributions", all.gold, all.pred, all.e2eGold, all.e2ePred),
                        new ScoreRow.Counts("direct quotes", direct.gold, direct.pred, direct.e2eGold, direct.e2ePred)),
                null);
        return new Scores(Task.ATTRIBUTIONS, List.of(det, srcTable, e2e), notes);
    }

    private static void count(Tally t, AttributionItem gold, boolean predCounts, boolean right) {
        t.matchedGold++;
        t.e2eGold += right ? 1 : 0;
        if (predCounts) {
            t.matchedPred++;
            t.e2ePred += right ? 1 : 0;
        }
        if (gold.source() != null) {
            if (Names.isPronoun(gold.source().text())) {
                t.pronounSources++;
                t.pronounRight += right ? 1 : 0;
            } else {
                t.nameSources++;
                t.nameRight += right ? 1 : 0;
            }
        }
    }

    private static void accuracy(List<ScoreRow> rows, String label, String sub, Tally t) {
        rows.add(new ScoreRow.Accuracy(label, t.nameSources + t.pronounSources, t.nameRight + t.pronounRight));
        rows.add(new ScoreRow.Accuracy("  " + sub + ", non-pronoun source", t.nameSources, t.nameRight));
        rows.add(new ScoreRow.Accuracy("  " + sub + ", pronoun source", t.pronounSources, t.pronounRight));
    }

    static boolean contentOk(AttributionItem g, AttributionItem p) {
        List<Range> a = g.content().ranges();
        List<Range> b = p.content().ranges();
        int o = Intervals.overlap(a, b);
        return o > 0 && o >= 0.5 * Math.min(Intervals.length(a), Intervals.length(b));
    }

    /** Right when the spans overlap or a predicted name names the gold source; no gold source wants none. */
    static boolean sourceRight(AttributionItem g, AttributionItem p) {
        SpanRef gs = g.source();
        SpanRef ps = p.source();
        if (gs == null) {
            return ps == null;
        }
        if (ps == null) {
            return false;
        }
        if (ps.hasOffsets() && Intervals.overlap(gs.ranges(), ps.ranges()) > 0) {
            return true;
        }
        List<String> names = new ArrayList<>();
        names.add(ps.text());
        names.add(ps.entity());
        names.add(ps.name());
        names.addAll(ps.aliases());
        String goldText = gs.text() == null ? "" : gs.text();
        for (String n : names) {
            if (n != null && !n.isEmpty() && Names.sameName(n, goldText)) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, List<AttributionItem>> byDoc(List<AttributionItem> items) {
        Map<String, List<AttributionItem>> out = new LinkedHashMap<>();
        for (AttributionItem a : items) {
            out.computeIfAbsent(a.doc(), d -> new ArrayList<>()).add(a);
        }
        return out;
    }
}
