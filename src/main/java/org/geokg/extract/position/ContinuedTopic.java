package org.geokg.extract.position;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.geokg.model.Polarity;
import org.geokg.model.Position;
import org.geokg.model.PositionKind;

/**
 * A statement that names no actor goes on about what its speaker was just talking about: "Pompeo
 * warned about the firm's links to Beijing. 'Our ask is that our allies don't endanger our
 * security,' he said" asks for something about that firm. Such a statement takes the target of the
 * holder's latest position with a target reported shortly before it, and that position's side when
 * its own words take none.
 */
final class ContinuedTopic {
    /** How far back, in characters between evidence starts, the earlier position may lie: a paragraph or so. */
    private static final int REACH = 300;
    /** Kinds of saying: acts such as meetings or offers name what they are aimed at, or have none. */
    private static final Set<PositionKind> SAYING = Set.of(PositionKind.STATE, PositionKind.REQUEST,
            PositionKind.OPPOSE, PositionKind.SUPPORT, PositionKind.DENY, PositionKind.REJECT, PositionKind.ACCUSE);

    private ContinuedTopic() {
    }

    static List<Position> fill(List<Position> found) {
        List<Position> out = new ArrayList<>(found);
        for (int i = 0; i < out.size(); i++) {
            Position p = out.get(i);
            if (p.target() != null || p.content() == null || p.evidence() == null || !SAYING.contains(p.kind())) {
                continue;
            }
            Position before = latestBefore(found, p);
            if (before != null) {
                // a request or reply takes the side its topic was given; a plain statement keeps its own tone
                boolean sideless = p.polarity() == null || p.polarity() == Polarity.NEUTRAL;
                Polarity side = sideless && p.kind() != PositionKind.STATE ? before.polarity() : p.polarity();
                out.set(i, new Position(p.holder(), p.speaker(), p.kind(), before.target(), p.topic(), side,
                        p.modality(), p.quote(), p.date(), p.confidence(), p.evidence(), p.cue(), p.source(),
                        p.content()));
            }
        }
        return out;
    }

    /** The holder's position with a target whose evidence starts last within {@link #REACH} before p's. */
    private static Position latestBefore(List<Position> all, Position p) {
        int start = p.evidence().start();
        Position best = null;
        for (Position q : all) {
            if (q.target() != null && q.evidence() != null && q.holder().equals(p.holder())
                    && !q.target().equals(p.holder()) && q.evidence().start() < start
                    && q.evidence().start() >= start - REACH
                    && (best == null || q.evidence().start() > best.evidence().start())) {
                best = q;
            }
        }
        return best;
    }
}
