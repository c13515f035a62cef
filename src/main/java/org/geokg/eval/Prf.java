package org.geokg.eval;

/**
 * Precision, recall and F1 of one row; a value is null where it is undefined (no gold; no
 * predictions and no gold), which score.py prints as "-". With gold but no predictions, P is 0.
 */
public record Prf(Double precision, Double recall, Double f1) {

    /** score.py's {@code prf(tp_pred, n_pred, tp_gold, n_gold)}. */
    public static Prf of(int matchedPred, int pred, int matchedGold, int gold) {
        Double p = pred != 0 ? (double) matchedPred / pred : gold != 0 ? 0.0 : null;
        Double r = gold != 0 ? (double) matchedGold / gold : null;
        Double f = p == null || r == null ? null : p + r != 0 ? 2 * p * r / (p + r) : 0.0;
        return new Prf(p, r, f);
    }
}
