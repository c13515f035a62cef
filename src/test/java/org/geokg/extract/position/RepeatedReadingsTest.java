package org.geokg.extract.position;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.geokg.model.Polarity;
import org.geokg.model.Position;
import org.geokg.model.PositionKind;
import org.geokg.model.Span;
import org.junit.jupiter.api.Test;

/** One act read twice on overlapping evidence is kept once, with its target when one reading has it. */
class RepeatedReadingsTest {
    private static final String TEXT = "Oslo said it would leave the bloc and quit the pact. Oslo left.";

    private static Span span(int start, int end) {
        return new Span(start, end, TEXT.substring(start, end));
    }

    private static Position reject(String target, int start, int end, Span content) {
        return new Position("norway", null, PositionKind.REJECT, target, null, Polarity.NEGATIVE, null, false, null,
                0.6, span(start, end), null, null, content);
    }

    @Test
    void aReadingWithoutTargetGivesWayAndSeparateActsStay() {
        List<Position> kept = RepeatedReadings.drop(List.of(reject(null, 0, 51, null), reject("bloc", 0, 33, null),
                reject(null, 0, 33, null), reject(null, 52, 62, null)));

        assertThat(kept).extracting(Position::target, p -> p.evidence().start())
                .containsExactly(tuple("bloc", 0), tuple(null, 52));
    }

    @Test
    void theSameReadingTwiceIsKeptOnce() {
        List<Position> kept = RepeatedReadings.drop(List.of(reject("bloc", 0, 33, null), reject("bloc", 10, 40, null)));

        assertThat(kept).extracting(p -> p.evidence().start()).containsExactly(0);
    }

    @Test
    void aReadingThatCarriesItsOwnReportedContentStays() {
        Span said = span(10, 51);
        List<Position> kept = RepeatedReadings.drop(List.of(reject(null, 0, 51, said), reject("bloc", 0, 33, null)));

        assertThat(kept).hasSize(2);
    }

    @Test
    void anotherKindOrHolderIsAnotherAct() {
        Position leave = reject(null, 0, 51, null);
        Position quit = new Position("norway", null, PositionKind.OPPOSE, "bloc", null, Polarity.NEGATIVE, null, false,
                null, 0.6, span(0, 51), null, null, null);
        Position other = new Position("sweden", null, PositionKind.REJECT, "bloc", null, Polarity.NEGATIVE, null, false,
                null, 0.6, span(0, 51), null, null, null);

        assertThat(RepeatedReadings.drop(List.of(leave, quit, other))).hasSize(3);
    }
}
