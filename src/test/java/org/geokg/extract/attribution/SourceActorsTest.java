package org.geokg.extract.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.geokg.extract.actor.ActorFinder;
import org.geokg.extract.actor.ActorIndex;
import org.geokg.extract.actor.GazetteerLexicon;
import org.geokg.extract.text.AnnotatedText;
import org.geokg.extract.text.Annotator;
import org.geokg.model.EntityType;
import org.junit.jupiter.api.Test;

class SourceActorsTest {

    @Test
    void unnamedSpeakersBecomeActorsAndUnresolvedPronounsDoNot() {
        String text = "The bridge will close in May, officials said. The tolls will rise, a source said. "
                + "Officials said the ferry would run.";
        AnnotatedText doc = Annotator.shared().annotate(text);
        ActorIndex actors = new ActorFinder(GazetteerLexicon.standard()).find(doc);
        List<Attribution> found = new AttributionFinder().find(doc, actors);
        assertThat(found).hasSize(3).allMatch(a -> a.sourceActorId() == null);

        SourceActors.Completed c = SourceActors.complete(actors, found);

        assertThat(c.attributions()).allMatch(a -> a.sourceActorId() != null);
        String officials = c.attributions().get(0).sourceActorId();
        assertThat(c.attributions().get(2).sourceActorId()).isEqualTo(officials);
        assertThat(c.actors().byId(officials).orElseThrow().mentions()).hasSize(2);
        assertThat(c.actors().byId(c.attributions().get(1).sourceActorId()).orElseThrow().type())
                .isEqualTo(EntityType.Person);
        assertThat(c.actors().actors()).hasSize(actors.actors().size() + 2);
    }
}
