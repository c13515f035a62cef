package org.geokg.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The headline figures of issue 3's targets, picked from the score tables: direct-quote content
 * F1, source accuracy and end-to-end F1; end-to-end F1 over all attributions; position and stance
 * F1; GUM named-mention overlap F1. A figure whose task was not run is left out.
 */
public final class Headlines {

    /** One figure beside its target; {@code value} is null when it is undefined (no predictions and no gold). */
    public record Figure(String label, Double value, double target) {
        public boolean met() {
            return value != null && value >= target;
        }
    }

    private Headlines() {
    }

    public static List<Figure> of(Map<Task, Scores> scores) {
        List<Figure> out = new ArrayList<>();
        Scores a = scores.get(Task.ATTRIBUTIONS);
        if (a != null) {
            out.add(new Figure("direct quotes: content F1", f1(a, "Attributions: content", "direct quotes"), 0.90));
            out.add(new Figure("direct quotes: source accuracy, non-pronoun",
                    accuracy(a, "  direct, non-pronoun source"), 0.85));
            out.add(new Figure("direct quotes: source accuracy, all", accuracy(a, "direct quotes"), 0.85));
            out.add(new Figure("direct quotes: end-to-end F1", f1(a, "Attributions: end-to-end", "direct quotes"), 0.80));
            out.add(new Figure("all attributions: end-to-end F1",
                    f1(a, "Attributions: end-to-end", "all attributions"), 0.55));
        }
        Scores p = scores.get(Task.POSITIONS);
        if (p != null) {
            out.add(new Figure("positions: holder+kind+target F1", f1(p, "Positions: holder", "micro"), 0.60));
            out.add(new Figure("positions: stance F1", f1(p, "Positions: stance", "micro"), 0.70));
        }
        Scores m = scores.get(Task.MENTIONS);
        if (m != null) {
            out.add(new Figure("GUM named mentions: overlap + type F1 (micro)",
                    f1(m, "Mentions: overlapping span + type", "micro"), 0.85));
            out.add(new Figure("GUM named mentions: overlap, any type F1",
                    f1(m, "Mentions: overlapping span, any type", "micro"), 0.85));
        }
        return out;
    }

    private static Double f1(Scores s, String table, String row) {
        return ((ScoreRow.Counts) s.table(table).row(row)).prf().f1();
    }

    private static Double accuracy(Scores s, String row) {
        return ((ScoreRow.Accuracy) s.table("Attributions: source").row(row)).accuracy();
    }
}
