package org.geokg.extract.actor;

import static org.assertj.core.api.Assertions.assertThat;

import org.geokg.extract.text.Annotator;
import org.geokg.model.EntityType;
import org.geokg.model.Span;
import org.junit.jupiter.api.Test;

/** Every place a name is written is a mention, also inside a longer name. */
class NamedMentionsTest {
    private static final ActorFinder FINDER = new ActorFinder(GazetteerLexicon.standard());

    @Test
    void aPlaceNamedInsideAnOrganisationsNameIsMentionedThere() {
        String text = "Hundreds of people live in Dunmore, Pennsylvania. Officers from Dunmore arrived early. "
                + "The Dunmore Police Department said the road was closed.";
        ActorIndex index = FINDER.find(Annotator.shared().annotate(text));
        int inner = text.indexOf("Dunmore Police");
        Actor town = index.at(text.indexOf("Dunmore"), text.indexOf("Dunmore") + 7).orElseThrow();
        assertThat(town.type()).isEqualTo(EntityType.Country);
        assertThat(town.mentions()).extracting(Span::start).contains(inner);
        Actor police = index.at(inner, text.indexOf(" said")).orElseThrow();
        assertThat(police.id()).isNotEqualTo(town.id());
    }

    @Test
    void aNameIsAMentionWhereverItIsWrittenTheSameWay() {
        String text = "The singer Mara Quillon posted the video on Blipster on Monday. By Tuesday Blipster "
                + "had removed it, and fans of Quillon moved to Blipster rivals. Quillon said Blipster was unfair.";
        ActorIndex index = FINDER.find(Annotator.shared().annotate(text));
        long written = text.split("Blipster", -1).length - 1;
        int at = text.indexOf("Blipster");
        Actor site = index.at(at, at + 8).orElseThrow();
        assertThat(site.mentions()).hasSize((int) written);
    }

    @Test
    void theHeadOfAnOrganisationsNameAfterTheNamesIt() {
        String text = "The Church of Quarrington rejected the claims. A spokesman said the Church "
                + "would appeal, and the Church later did.";
        ActorIndex index = FINDER.find(Annotator.shared().annotate(text));
        Actor fellowship = index.at(4, 24).orElseThrow();
        assertThat(fellowship.mentions()).extracting(Span::text).contains("the Church");
        assertThat(fellowship.mentions()).hasSize(3);
    }
}
