package org.geokg.extract.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.geokg.extract.actor.ActorFinder;
import org.geokg.extract.actor.ActorIndex;
import org.geokg.extract.actor.GazetteerLexicon;
import org.geokg.extract.text.AnnotatedText;
import org.geokg.extract.text.Annotator;
import org.junit.jupiter.api.Test;

/** The actor a source phrase names is the one at its head, not a modifier before it. */
class SourceHeadTest {
    private static final ActorFinder ACTORS = new ActorFinder(GazetteerLexicon.standard());

    private static String speaker(String text) {
        AnnotatedText doc = Annotator.shared().annotate(text);
        ActorIndex actors = ACTORS.find(doc);
        List<Attribution> found = new AttributionFinder().find(doc, actors);
        assertThat(found).isNotEmpty();
        String id = found.get(0).sourceActorId();
        return id == null ? null : actors.byId(id).orElseThrow().name();
    }

    @Test
    void anOutletBeforeTheNameIsNoSpeaker() {
        assertThat(speaker("Olaf Berger spoke in Bonn. In a Reuters interview Berger declared that the plan was dead."))
                .isEqualTo("Olaf Berger");
    }

    @Test
    void aBodyInTheTitleIsNoSpeaker() {
        assertThat(speaker("European Commission President Karla Voss said the budget would shrink."))
                .isEqualTo("Karla Voss");
    }

    @Test
    void thePeopleAroundSomeoneAreNotThatPerson() {
        assertThat(speaker("Senator Ruth Calder met the envoy. Calder aides acknowledged that the talks had stalled."))
                .isNull();
        assertThat(speaker("Senator Ruth Calder said that the talks had stalled.")).isEqualTo("Ruth Calder");
    }
}
