package org.geokg.eval;

/** One row of a score table: counts from which P/R/F1 (or an accuracy) follow. */
public sealed interface ScoreRow permits ScoreRow.Counts, ScoreRow.Accuracy {

    String label();

    /** Gold items, predictions, and how many of each were matched. */
    record Counts(String label, int gold, int pred, int matchedGold, int matchedPred) implements ScoreRow {
        public Prf prf() {
            return Prf.of(matchedPred, pred, matchedGold, gold);
        }
    }

    /** Items judged and how many were right. */
    record Accuracy(String label, int n, int correct) implements ScoreRow {
        /** The share right, or null when nothing was judged. */
        public Double accuracy() {
            return n != 0 ? (double) correct / n : null;
        }
    }
}
