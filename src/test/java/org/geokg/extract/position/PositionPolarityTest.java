package org.geokg.extract.position;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.geokg.extract.actor.ActorFinder;
import org.geokg.extract.actor.ActorIndex;
import org.geokg.extract.actor.GazetteerLexicon;
import org.geokg.extract.attribution.AttributionFinder;
import org.geokg.extract.text.AnnotatedText;
import org.geokg.extract.text.Annotator;
import org.geokg.model.Polarity;
import org.geokg.model.Position;
import org.geokg.model.PositionKind;
import org.junit.jupiter.api.Test;

/** The polarity of positions toward their targets: statements, and requests by what they ask for. */
class PositionPolarityTest {
    private static final ActorFinder ACTORS = new ActorFinder(GazetteerLexicon.standard());

    private record Run(ActorIndex actors, List<Position> positions) {
        String name(String id) {
            return id == null ? null : actors.byId(id).orElseThrow().name();
        }

        List<Position> of(PositionKind kind) {
            return positions.stream().filter(p -> p.kind() == kind).toList();
        }
    }

    private static Run run(String text) {
        AnnotatedText doc = Annotator.shared().annotate(text);
        ActorIndex actors = ACTORS.find(doc);
        return new Run(actors, new PositionFinder().find(doc, actors, new AttributionFinder().find(doc, actors)));
    }

    @Test
    void aRequestForWhatHelpsItsTargetIsPositive() {
        Run r = run("Poland urged the allies to strengthen their cooperation with NATO.");
        assertThat(r.of(PositionKind.REQUEST)).extracting(p -> r.name(p.holder()), p -> r.name(p.target()),
                Position::polarity).containsExactly(tuple("Poland", "North Atlantic Treaty Organization",
                        Polarity.POSITIVE));
    }

    @Test
    void aRequestForWhatHarmsItsTargetIsNegative() {
        Run r = run("Poland urged the allies to impose tariffs on Gazprom.");
        assertThat(r.of(PositionKind.REQUEST)).extracting(p -> r.name(p.target()), Position::polarity)
                .containsExactly(tuple("Gazprom", Polarity.NEGATIVE));
    }

    @Test
    void backingAMeasureAgainstTheTargetIsAgainstIt() {
        Run r = run("Germany backed new sanctions against Gazprom.");
        assertThat(r.of(PositionKind.SUPPORT)).extracting(p -> r.name(p.target()), Position::polarity)
                .containsExactly(tuple("Gazprom", Polarity.NEGATIVE));
        Run plain = run("Germany backed Gazprom.");
        assertThat(plain.of(PositionKind.SUPPORT)).extracting(p -> plain.name(p.target()), Position::polarity)
                .containsExactly(tuple("Gazprom", Polarity.POSITIVE));
    }

    @Test
    void aStatementThatSoundsBadNearItsTargetStaysAStatement() {
        Run r = run("\"We are in a terrible situation in Poland after the election,\" Angela Merkel said.");
        assertThat(r.positions()).extracting(p -> r.name(p.holder()), Position::kind, Position::polarity)
                .containsExactly(tuple("Angela Merkel", PositionKind.STATE, Polarity.NEGATIVE));
    }

    @Test
    void aStatementJudgingItsTargetSupportsOrOpposesIt() {
        Run r = run("\"Poland is a reliable and valuable partner,\" Angela Merkel said.");
        assertThat(r.positions()).extracting(p -> r.name(p.holder()), Position::kind, p -> r.name(p.target()),
                Position::polarity).containsExactly(tuple("Angela Merkel", PositionKind.SUPPORT, "Poland",
                        Polarity.POSITIVE));
    }
}
