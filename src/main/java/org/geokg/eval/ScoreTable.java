package org.geokg.eval;

import java.util.List;

/**
 * One table of score.py's report: a title, rows, and for per-type tables the macro average
 * (P, R, F1 each averaged over the types where it is defined), else null.
 */
public record ScoreTable(String title, List<ScoreRow> rows, Prf macro) {
    public ScoreTable {
        rows = List.copyOf(rows);
    }

    /** The row with this label; the eval command and tests pick headline figures this way. */
    public ScoreRow row(String label) {
        for (ScoreRow r : rows) {
            if (r.label().equals(label)) {
                return r;
            }
        }
        throw new IllegalArgumentException("no row \"" + label + "\" in table \"" + title + "\"");
    }
}
