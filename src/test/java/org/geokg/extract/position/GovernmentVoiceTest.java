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
import org.geokg.model.Position;
import org.geokg.model.PositionKind;
import org.junit.jupiter.api.Test;

/** An official saying what their country will do voices the government's position. */
class GovernmentVoiceTest {
    private static final ActorFinder ACTORS = new ActorFinder(GazetteerLexicon.standard());

    private record Run(ActorIndex actors, List<Position> positions) {
        String name(String id) {
            return id == null ? null : actors.byId(id).orElseThrow().name();
        }
    }

    private static Run run(String text) {
        AnnotatedText doc = Annotator.shared().annotate(text);
        ActorIndex actors = ACTORS.find(doc);
        return new Run(actors, new PositionFinder().find(doc, actors, new AttributionFinder().find(doc, actors)));
    }

    @Test
    void theCountryAsSubjectIsTheGovernment() {
        Run r = run("Norwegian Prime Minister Karl Lund said on Monday that the country would break with the European Union.");
        assertThat(r.positions()).filteredOn(p -> p.kind() == PositionKind.REJECT)
                .extracting(p -> r.name(p.holder()), p -> r.name(p.speaker()), p -> r.name(p.target()))
                .containsExactly(tuple("Norway", "Karl Lund", "European Union"));
    }

    @Test
    void itWithAnIntentionIsTheGovernmentButNotOtherwise() {
        Run r = run("Norwegian Prime Minister Karl Lund said that it would withdraw from the treaty.");
        assertThat(r.positions()).extracting(p -> r.name(p.holder())).containsExactly("Norway");
        Run own = run("Norwegian Prime Minister Karl Lund said that it was wrong to reject the treaty.");
        assertThat(own.positions()).extracting(p -> own.name(p.holder())).doesNotContain("Norway");
    }
}
