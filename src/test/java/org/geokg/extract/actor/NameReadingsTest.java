package org.geokg.extract.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.geokg.extract.text.Annotator;
import org.geokg.model.EntityType;
import org.junit.jupiter.api.Test;

/** What the words of a name say about its class, beyond the tagger's reading. */
class NameReadingsTest {
    private static final ActorFinder FINDER = new ActorFinder(GazetteerLexicon.standard());

    private static Optional<Actor> at(ActorIndex index, String text, String name) {
        int at = text.indexOf(name);
        return index.at(at, at + name.length());
    }

    private static ActorIndex find(String text) {
        return FINDER.find(Annotator.shared().annotate(text));
    }

    @Test
    void aNameEndingInAnOfficeNamesItsHolder() {
        String text = "A deputy of the Tidewater Sheriff's office found the car. The Sheriff's staff towed it.";
        ActorIndex index = find(text);
        assertThat(at(index, text, "Sheriff's office").orElseThrow().type()).isEqualTo(EntityType.Person);
        assertThat(at(index, text, "Tidewater").orElseThrow().type()).isNotEqualTo(EntityType.Person);
    }

    @Test
    void aWebAddressNamesABody() {
        String text = "The leak was first reported by Tarnsnews.com on Monday. Tarnsnews.com said its source was reliable.";
        ActorIndex index = find(text);
        assertThat(at(index, text, "Tarnsnews.com").orElseThrow().type().isOrganization()).isTrue();
    }

    @Test
    void aNameAfterSomeoneOfIsTheBodyTheyBelongTo() {
        String text = "The guests included guitarist Ada Lind of Johnny Marlowe and singer Bo Frey.";
        ActorIndex index = find(text);
        assertThat(at(index, text, "Ada Lind").orElseThrow().type()).isEqualTo(EntityType.Person);
        assertThat(at(index, text, "Johnny Marlowe").orElseThrow().type()).isNotEqualTo(EntityType.Person);
    }

    @Test
    void aPaperNamedAfterACountryIsNoPlaceButHoldsOne() {
        String text = "According to the Norway Herald, the talks failed. Officials in Oslo declined to comment.";
        ActorIndex index = find(text);
        Actor paper = at(index, text, "Norway Herald").orElseThrow();
        assertThat(paper.type().isOrganization()).isTrue();
        assertThat(paper.type()).isNotEqualTo(EntityType.Government);
        assertThat(at(index, text, "Norway").orElseThrow().type()).isEqualTo(EntityType.Country);
    }

    @Test
    void aCountryRunIntoAPersonsNameIsSplitOffAndATitleAloneIsNoOne() {
        String text = "According to Swedish Ambassador to the United States Karin Olofsdotter, the visit went well. "
                + "Karin Olofsdotter met reporters later.";
        ActorIndex index = find(text);
        assertThat(at(index, text, "Karin Olofsdotter").orElseThrow().type()).isEqualTo(EntityType.Person);
        assertThat(at(index, text, "United States").orElseThrow().type()).isNotEqualTo(EntityType.Person);
        assertThat(at(index, text, "Swedish Ambassador")).isEmpty();
    }

    @Test
    void aNameWithTheArticleIsNoPersonThoughPronounsFollowIt() {
        String text = "The Sentinel quoted the minister. She said the plan had failed. The Sentinel printed her letter, "
                + "and she signed it.";
        ActorIndex index = find(text);
        assertThat(at(index, text, "Sentinel").orElseThrow().type()).isNotEqualTo(EntityType.Person);
    }
}
