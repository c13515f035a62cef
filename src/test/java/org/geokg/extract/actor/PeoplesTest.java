package org.geokg.extract.actor;

import static org.assertj.core.api.Assertions.assertThat;

import org.geokg.extract.text.Annotator;
import org.geokg.model.EntityType;
import org.junit.jupiter.api.Test;

/** Peoples named by a plural proper noun are groups; a foundation named after a person is an organisation. */
class PeoplesTest {
    private static final ActorFinder FINDER = new ActorFinder(GazetteerLexicon.standard());

    @Test
    void aPeopleIsAGroupWithoutMembers() {
        String text = "Thousands of Hindus gathered at the river on Sunday. Hindus travel there every year.";
        ActorIndex index = FINDER.find(Annotator.shared().annotate(text));
        Actor hindus = index.at(text.indexOf("Hindus"), text.indexOf("Hindus") + 6).orElseThrow();
        assertThat(hindus.type()).isEqualTo(EntityType.Group);
        assertThat(hindus.members()).isEmpty();
        assertThat(hindus.mentions()).hasSize(2);
    }

    @Test
    void aFoundationNamedAfterAPersonIsAnOrganisation() {
        String text = "The study was paid for by the Edwin Marlowe Foundation, which funds research in Kenya.";
        ActorIndex index = FINDER.find(Annotator.shared().annotate(text));
        int at = text.indexOf("Edwin");
        Actor foundation = index.at(at, at + "Edwin Marlowe Foundation".length()).orElseThrow();
        assertThat(foundation.type()).isNotEqualTo(EntityType.Person);
    }
}
