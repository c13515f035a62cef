package org.geokg.extract.position;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.geokg.model.Position;
import org.geokg.model.Span;

/**
 * One act read twice: the cue pass and the attribution pass can both find the same holder doing
 * the same kind of thing on overlapping evidence. The graph keeps the reading that says most (the
 * one with a target, else the first) so that a query counts the act once. A reading that carries
 * its own reported content stays, because it is the record of that attribution.
 */
final class RepeatedReadings {
    private RepeatedReadings() {
    }

    static List<Position> drop(List<Position> positions) {
        List<Position> kept = new ArrayList<>(positions.size());
        for (int i = 0; i < positions.size(); i++) {
            if (!repeated(positions, i)) {
                kept.add(positions.get(i));
            }
        }
        return kept;
    }

    private static boolean repeated(List<Position> positions, int i) {
        Position p = positions.get(i);
        Span e = p.evidence();
        if (e == null) {
            return false;
        }
        for (int j = 0; j < positions.size(); j++) {
            Position q = positions.get(j);
            if (j == i || q.kind() != p.kind() || !p.holder().equals(q.holder()) || !overlap(e, q.evidence())
                    || !sameOrNoContent(p, q)) {
                continue;
            }
            boolean qSaysMore = p.target() == null && q.target() != null;
            boolean qSaysSameFirst = j < i && Objects.equals(p.target(), q.target());
            if (qSaysMore || qSaysSameFirst) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlap(Span a, Span b) {
        return b != null && a.start() < b.end() && b.start() < a.end();
    }

    /** Dropping p loses nothing reported when p has no content or the same content as q. */
    private static boolean sameOrNoContent(Position p, Position q) {
        return p.content() == null || q.content() != null && p.content().start() == q.content().start()
                && p.content().end() == q.content().end();
    }
}
