package org.geokg.extract.position;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.geokg.extract.actor.ActorFinder;
import org.geokg.extract.actor.ActorIndex;
import org.geokg.extract.actor.GazetteerLexicon;
import org.geokg.extract.attribution.AttributionFinder;
import org.geokg.extract.attribution.SourceActors;
import org.geokg.extract.text.AnnotatedText;
import org.geokg.extract.text.Annotator;
import org.geokg.model.Position;
import org.geokg.model.PositionKind;
import org.junit.jupiter.api.Test;

/** Cue words that report no act: avoided, compared, a standard met and someone left in a state. */
class NotAnActTest {
    private static final ActorFinder ACTORS = new ActorFinder(GazetteerLexicon.standard());

    private static List<PositionKind> kinds(String text) {
        AnnotatedText doc = Annotator.shared().annotate(text);
        ActorIndex found = ACTORS.find(doc);
        SourceActors.Completed c = SourceActors.complete(found, new AttributionFinder().find(doc, found));
        List<Position> positions = new PositionFinder().find(doc, c.actors(), c.attributions());
        return positions.stream().map(Position::kind).toList();
    }

    @Test
    void anAvoidedCueIsNoAct() {
        assertThat(kinds("Poland avoided condemning Hungary on Monday.")).doesNotContain(PositionKind.OPPOSE);
        assertThat(kinds("Poland refrained from criticizing Hungary.")).doesNotContain(PositionKind.OPPOSE);
        assertThat(kinds("Poland condemned Hungary on Monday.")).contains(PositionKind.OPPOSE);
    }

    @Test
    void aComparisonIsNoAct() {
        assertThat(kinds("Talking to Spain was like pushing against a wall, Portugal said.")).doesNotContain(
                PositionKind.REQUEST);
    }

    @Test
    void meetingAStandardIsNoTalk() {
        assertThat(kinds("Greece will meet the spending target of NATO this year.")).doesNotContain(
                PositionKind.CONSULT);
        assertThat(kinds("Greece will meet Turkey in Athens this year.")).contains(PositionKind.CONSULT);
    }

    @Test
    void leavingSomeoneInAStateRejectsNothing() {
        assertThat(kinds("The war left Austria feeling exposed to Russia.")).doesNotContain(PositionKind.REJECT);
        assertThat(kinds("Austria left the European Union last year.")).contains(PositionKind.REJECT);
    }
}
