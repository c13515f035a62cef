package org.geokg.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.geokg.extract.Extractor;
import org.geokg.extract.RawArticle;
import org.junit.jupiter.api.Test;

/**
 * A statement stays beside an act told in its speaker's apposition or in an adjunct of its cue,
 * but not beside the act it explains.
 */
class SpeakerAppositionTest {
    private static final Extractor EXTRACTOR = Extractor.create();

    private static Predictions.PositionLine positions(String text) {
        return Predictions.positions("t", EXTRACTOR.extract(new RawArticle("t", null, null, null, null, null, text)));
    }

    @Test
    void anActInTheSpeakersAppositionDoesNotHideWhatTheySay() {
        assertThat(positions("Jorge Perez, a former foreign minister who is a harsh critic of Enrique Pena Nieto, "
                + "suggests that Chile's strongest card is its copper.").positions())
                .extracting(Predictions.PositionOut::holder, Predictions.PositionOut::kind)
                .contains(tuple("Jorge Perez", "STATE"), tuple("Jorge Perez", "OPPOSE"));
    }

    @Test
    void anActWhoseReasonIsSaidKeepsOnlyItsOwnKind() {
        assertThat(positions("Jorge Perez criticized Enrique Pena Nieto, saying that Chile had lost its way.")
                .positions())
                .extracting(Predictions.PositionOut::holder, Predictions.PositionOut::kind)
                .contains(tuple("Jorge Perez", "OPPOSE")).doesNotContain(tuple("Jorge Perez", "STATE"));
    }

    @Test
    void aMeetingToldAfterTheCueDoesNotHideTheQuotation() {
        assertThat(positions("\"We have had problems with attacks from Russia for years,\" Angela Merkel said after "
                + "meeting with Russian President Vladimir Putin. She did not suggest sanctions. \"Our goal is "
                + "calm.\"").positions())
                .extracting(Predictions.PositionOut::holder, Predictions.PositionOut::kind,
                        Predictions.PositionOut::target)
                .contains(tuple("Angela Merkel", "STATE", "Russia"),
                        tuple("Angela Merkel", "CONSULT", "Vladimir Putin"));
    }
}
