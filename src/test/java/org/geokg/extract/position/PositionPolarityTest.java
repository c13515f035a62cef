package org.geokg.extract.position;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;






import org.geokg.model.Polarity;
import org.geokg.model.Position;
import org.geokg.model.PositionKind;
import org.junit.jupiter.api.Test;

/** The polarity of positions toward their targets: statements, and requests by what they ask for. */
class PositionPolarityTest {


    private static PositionRun run(String text) {
        return PositionRun.of(text);
    }

    @Test
    void aRequestForWhatHelpsItsTargetIsPositive() {
        PositionRun r = run("Poland urged the allies to strengthen their cooperation with NATO.");
        assertThat(r.of(PositionKind.REQUEST)).extracting(p -> r.name(p.holder()), p -> r.name(p.target()),
                Position::polarity).containsExactly(tuple("Poland", "North Atlantic Treaty Organization",
                        Polarity.POSITIVE));
    }

    @Test
    void aRequestForWhatHarmsItsTargetIsNegative() {
        PositionRun r = run("Poland urged the allies to impose tariffs on Gazprom.");
        assertThat(r.of(PositionKind.REQUEST)).extracting(p -> r.name(p.target()), Position::polarity)
                .containsExactly(tuple("Gazprom", Polarity.NEGATIVE));
    }

    @Test
    void backingAMeasureAgainstTheTargetIsAgainstIt() {
        PositionRun r = run("Germany backed new sanctions against Gazprom.");
        assertThat(r.of(PositionKind.SUPPORT)).extracting(p -> r.name(p.target()), Position::polarity)
                .containsExactly(tuple("Gazprom", Polarity.NEGATIVE));
        PositionRun plain = run("Germany backed Gazprom.");
        assertThat(plain.of(PositionKind.SUPPORT)).extracting(p -> plain.name(p.target()), Position::polarity)
                .containsExactly(tuple("Gazprom", Polarity.POSITIVE));
    }

    @Test
    void aStatementThatSoundsBadNearItsTargetStaysAStatement() {
        PositionRun r = run("\"We are in a terrible situation in Poland after the election,\" Angela Merkel said.");
        assertThat(r.positions()).extracting(p -> r.name(p.holder()), Position::kind, Position::polarity)
                .containsExactly(tuple("Angela Merkel", PositionKind.STATE, Polarity.NEGATIVE));
    }

    @Test
    void aStatementJudgingItsTargetSupportsOrOpposesIt() {
        PositionRun r = run("\"Poland is a reliable and valuable partner,\" Angela Merkel said.");
        assertThat(r.positions()).extracting(p -> r.name(p.holder()), Position::kind, p -> r.name(p.target()),
                Position::polarity).containsExactly(tuple("Angela Merkel", PositionKind.SUPPORT, "Poland",
                        Polarity.POSITIVE));
    }
}
