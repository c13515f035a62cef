package org.geokg.extract.position;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.geokg.extract.actor.Actor;
import org.geokg.extract.actor.ActorIndex;
import org.geokg.extract.text.AnnotatedText;
import org.geokg.extract.text.Sentence;
import org.geokg.model.Polarity;
import org.geokg.model.Position;
import org.geokg.model.PositionKind;

/**
 * Gives a position without a target the target its context shows, from the other positions of
 * the article: backing out of an undertaking is aimed at whoever it was made to ("the US pledged
 * to open its roads to Mexican trucks ... Washington backed out" rejects Mexico), and pressure
 * that makes someone act is aimed where the act is ("under pressure from the unions, Washington
 * backed out" asks for the act against Mexico, as "urged allies to ban Huawei" is aimed at Huawei).
 */
final class ContextTargets {
    /** Cues that go back on an undertaking without naming it: "backed out", "pulled out". */
    private static final Pattern WITHDRAWAL = Pattern.compile(
            "^(back|backs|backed|backing|pull|pulls|pulled|pulling|walk|walks|walked|walking)\\s+(out|away)\\b.*",
            Pattern.CASE_INSENSITIVE);
    /** Nouns of pressure that name who presses, not what for: "under pressure from", "a push from". */
    private static final Set<String> PRESSURE = Set.of("pressure", "push", "lobbying");
    private static final Set<PositionKind> UNDERTAKINGS = Set.of(PositionKind.OFFER, PositionKind.AGREE);
    /** How far back, in characters, an undertaking may have been reported. */
    private static final int REACH = 1500;

    private ContextTargets() {
    }

    static List<Position> fill(AnnotatedText doc, ClauseActors clauses, ActorIndex actors, List<Position> found) {
        List<Position> out = new ArrayList<>(found);
        for (int i = 0; i < out.size(); i++) {
            Position p = out.get(i);
            if (p.target() != null && p.content() != null && p.kind() != PositionKind.REQUEST && ownTarget(actors, p)) {
                // "the White House announced that the United States would end its emergency against
                // Burma": the state speaking is not what it speaks about; the next actor in what it said is
                // (a request may well be addressed to its own state: "the House says the US has to act")
                ClauseActors.Mention other = clauses.firstOther(p.content().start(), p.content().end(),
                        List.of(p.holder(), p.target())).orElse(null);
                Position retargeted = withTarget(p, other == null ? null : other.actor().id());
                if (other != null && p.kind() == PositionKind.STATE) {
                    // what was said is now read toward the new target ("would end its emergency against Burma")
                    int from = p.content().start();
                    retargeted = withPolarity(retargeted,
                            Tone.toward(p.content().text(), other.start() - from, other.end() - from));
                }
                out.set(i, retargeted);
            }
        }
        for (int i = 0; i < out.size(); i++) {
            Position p = out.get(i);
            if (p.target() == null && p.kind() == PositionKind.REJECT && p.cue() != null && withdraws(p.cue().text())) {
                String target = undertaken(out, p);
                if (target != null) {
                    out.set(i, withTarget(p, target));
                }
            }
        }
        for (int i = 0; i < out.size(); i++) {
            Position p = out.get(i);
            if (p.target() == null && p.kind() == PositionKind.REQUEST && p.cue() != null
                    && PRESSURE.contains(p.cue().text().toLowerCase(Locale.ROOT).strip())) {
                String target = pressedAct(doc, out, p);
                if (target != null) {
                    out.set(i, withTarget(p, target));
                }
            }
        }
        return out;
    }

    /**
     * True for a cue that goes back on an undertaking without naming it ("backed out"): what
     * it is aimed at is the undertaking's addressee, not an actor named before it in the sentence.
     */
    static boolean withdraws(String cue) {
        return WITHDRAWAL.matcher(cue).matches();
    }

    /** The target of the holder's latest offer or agreement reported shortly before {@code p}. */
    private static String undertaken(List<Position> all, Position p) {
        Position best = null;
        for (Position q : all) {
            if (q.holder().equals(p.holder()) && UNDERTAKINGS.contains(q.kind()) && q.target() != null
                    && q.evidence() != null && q.evidence().start() < p.evidence().start()
                    && q.evidence().start() >= p.evidence().start() - REACH
                    && (best == null || q.evidence().start() > best.evidence().start())) {
                best = q;
            }
        }
        return best == null ? null : best.target();
    }

    /** The target of the act by someone else that follows the pressure in its sentence. */
    private static String pressedAct(AnnotatedText doc, List<Position> all, Position p) {
        Sentence s = doc.sentenceAt(p.cue().start());
        if (s == null) {
            return null;
        }
        Position next = null;
        for (Position q : all) {
            if (q.cue() != null && q.cue().start() >= p.cue().end() && q.cue().start() < s.end()
                    && !q.holder().equals(p.holder()) && q.target() != null && !q.target().equals(p.holder())
                    && (next == null || q.cue().start() < next.cue().start())) {
                next = q;
            }
        }
        return next == null ? null : next.target();
    }

    /** True when the target is the holder's own state under another name ("White House", "United States"). */
    private static boolean ownTarget(ActorIndex actors, Position p) {
        Actor holder = actors.byId(p.holder()).orElse(null);
        Actor target = actors.byId(p.target()).orElse(null);
        return holder != null && target != null
                && (holder.name().equals(target.name()) || TargetFinder.ownSide(holder, target));
    }

    private static Position withPolarity(Position p, Polarity polarity) {
        return new Position(p.holder(), p.speaker(), p.kind(), p.target(), p.topic(), polarity, p.modality(),
                p.quote(), p.date(), p.confidence(), p.evidence(), p.cue(), p.source(), p.content());
    }

    private static Position withTarget(Position p, String target) {
        return new Position(p.holder(), p.speaker(), p.kind(), target, p.topic(), p.polarity(), p.modality(),
                p.quote(), p.date(), p.confidence(), p.evidence(), p.cue(), p.source(), p.content());
    }
}
