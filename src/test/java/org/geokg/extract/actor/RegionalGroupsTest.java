package org.geokg.extract.actor;

import static org.assertj.core.api.Assertions.assertThat;

import org.geokg.extract.text.AnnotatedText;
import org.geokg.extract.text.Annotator;
import org.geokg.model.EntityType;
import org.junit.jupiter.api.Test;

class RegionalGroupsTest {
    private static final ActorFinder ACTORS = new ActorFinder(GazetteerLexicon.standard());

    private static ActorIndex complete(String text) {
        AnnotatedText doc = Annotator.shared().annotate(text);
        return RegionalGroups.complete(doc, ACTORS.find(doc));
    }

    @Test
    void leadersOfARegionNamedByTwoWordsAreAGroup() {
        ActorIndex a = complete("The summit closed early, and Southeast Asian diplomats left the hall.");
        assertThat(a.actors()).filteredOn(x -> x.name().equals("Southeast Asian diplomats"))
                .extracting(Actor::type).containsExactly(EntityType.Group);
    }

    @Test
    void officialsOfAKnownActorAreNoNewGroup() {
        ActorIndex a = complete("The summit closed early, and Chinese officials left while E.U. leaders stayed.");
        assertThat(a.actors()).extracting(Actor::type).doesNotContain(EntityType.Group);
    }
}
