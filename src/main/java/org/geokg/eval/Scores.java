package org.geokg.eval;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The result of scoring one task: score.py's tables and notes, printable as its text report
 * ({@link #render()}) or as its {@code --json} document ({@link #toJson()}).
 */
public record Scores(Task task, List<ScoreTable> tables, List<String> notes) {
    public Scores {
        tables = List.copyOf(tables);
        notes = List.copyOf(notes);
    }

    /** The table whose title starts with this prefix, e.g. "Attributions: end-to-end". */
    public ScoreTable table(String titlePrefix) {
        for (ScoreTable t : tables) {
            if (t.title().startsWith(titlePrefix)) {
                return t;
            }
        }
        throw new IllegalArgumentException("no table \"" + titlePrefix + "\" in the " + task + " scores");
    }

    /** The text report, line for line as score.py prints it. */
    public String render() {
        StringBuilder out = new StringBuilder();
        for (ScoreTable t : tables) {
            out.append('\n').append(t.title()).append('\n');
            boolean prf = !t.rows().isEmpty() && t.rows().get(0) instanceof ScoreRow.Counts;
            if (prf || t.rows().isEmpty()) {
                out.append(String.format("  %-30s %6s %6s %7s %7s %6s %6s %6s\n", "", "gold", "pred", "g.match",
                        "p.match", "P", "R", "F1"));
            } else {
                out.append(String.format("  %-30s %6s %6s %8s\n", "", "n", "right", "accuracy"));
            }
            for (ScoreRow row : t.rows()) {
                if (row instanceof ScoreRow.Counts c) {
                    Prf s = c.prf();
                    out.append(String.format("  %-30s %6d %6d %7d %7d %s %s %s\n", c.label(), c.gold(), c.pred(),
                            c.matchedGold(), c.matchedPred(), fmt(s.precision()), fmt(s.recall()), fmt(s.f1())));
                } else if (row instanceof ScoreRow.Accuracy a) {
                    out.append(String.format("  %-30s %6d %6d   %s\n", a.label(), a.n(), a.correct(), fmt(a.accuracy())));
                }
            }
            if (t.macro() != null) {
                out.append(String.format("  %-30s %6s %6s %7s %7s %s %s %s\n", "macro (mean over types)", "", "", "",
                        "", fmt(t.macro().precision()), fmt(t.macro().recall()), fmt(t.macro().f1())));
            }
        }
        for (String n : notes) {
            out.append("note: ").append(n).append('\n');
        }
        return out.toString();
    }

    /** score.py's {@code --json} document: {"tables": [...], "notes": [...]}. */
    public ObjectNode toJson() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        ArrayNode ts = root.putArray("tables");
        for (ScoreTable t : tables) {
            ObjectNode tj = ts.addObject();
            tj.put("table", t.title());
            ArrayNode rows = tj.putArray("rows");
            for (ScoreRow row : t.rows()) {
                ObjectNode r = rows.addObject();
                r.put("row", row.label());
                if (row instanceof ScoreRow.Counts c) {
                    Prf s = c.prf();
                    r.put("gold", c.gold());
                    r.put("pred", c.pred());
                    r.put("matched_gold", c.matchedGold());
                    r.put("matched_pred", c.matchedPred());
                    r.put("P", s.precision());
                    r.put("R", s.recall());
                    r.put("F1", s.f1());
                } else if (row instanceof ScoreRow.Accuracy a) {
                    r.put("n", a.n());
                    r.put("correct", a.correct());
                    r.put("accuracy", a.accuracy());
                }
            }
            if (t.macro() != null) {
                ObjectNode m = tj.putObject("macro");
                m.put("P", t.macro().precision());
                m.put("R", t.macro().recall());
                m.put("F1", t.macro().f1());
            }
        }
        ArrayNode ns = root.putArray("notes");
        notes.forEach(ns::add);
        return root;
    }

    /**
     * Python's {@code '%6.3f'}: the exact binary value rounded half-even, unlike Java's
     * {@code %f}, so the printed figures agree with score.py to the last digit.
     */
    static String fmt(Double v) {
        if (v == null) {
            return "     -";
        }
        String s = new BigDecimal(v).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
        return " ".repeat(Math.max(0, 6 - s.length())) + s;
    }
}
