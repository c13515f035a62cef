package org.geokg.eval;

import java.nio.file.Path;

/**
 * The Java port of the corpus's reference scorer {@code score.py}: the same matching, the same
 * name rules and the same tables, so that {@code geokg eval} and score.py print the same figures
 * for the same files.
 *
 * <pre>{@code
 * Scores s = Scorer.score(Task.ATTRIBUTIONS, gold, predictions);
 * System.out.print(s.render());
 * }</pre>
 */
public final class Scorer {
    private Scorer() {
    }

    /** Scores a prediction file against a gold file; mention types are mapped as score.py maps them by default. */
    public static Scores score(Task task, Path gold, Path pred) {
        return score(task, gold, pred, true);
    }

    /** As {@link #score(Task, Path, Path)}; {@code typeMap = false} is score.py's {@code --no-type-map}. */
    public static Scores score(Task task, Path gold, Path pred, boolean typeMap) {
        return switch (task) {
            case ATTRIBUTIONS -> AttributionScorer.score(ScoringInput.attributions(gold, true),
                    ScoringInput.attributions(pred, false));
            case MENTIONS -> MentionScorer.score(ScoringInput.mentions(gold, true), ScoringInput.mentions(pred, false),
                    typeMap);
            case POSITIONS -> PositionScorer.score(ScoringInput.positions(gold), ScoringInput.positions(pred));
        };
    }
}
