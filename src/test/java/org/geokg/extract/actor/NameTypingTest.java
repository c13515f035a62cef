package org.geokg.extract.actor;

import static org.assertj.core.api.Assertions.assertThat;

import org.geokg.extract.text.Annotator;
import org.geokg.model.EntityType;
import org.geokg.model.Span;
import org.junit.jupiter.api.Test;

/** The class of a name follows how the article uses it, where the tagger's reading varies. */
class NameTypingTest {
    private static final ActorFinder FINDER = new ActorFinder(GazetteerLexicon.standard());

    private static Actor at(ActorIndex index, String text, String name, int from) {
        int at = text.indexOf(name, from);
        return index.at(at, at + name.length()).orElseThrow(() -> new AssertionError("no actor at " + name));
    }

    @Test
    void aNameListedAmongPersonsIsAPerson() {
        String text = "The temple honours Zeus, Hera, Poseidon, Aphrodite and Athena every spring. "
                + "Athena is the favourite. The coach praised Romelu Lukaku, Yannick Carrasco and Dries Mertens "
                + "after the match. Dries Mertens scored twice.";
        ActorIndex index = FINDER.find(Annotator.shared().annotate(text));
        assertThat(at(index, text, "Hera", 0).type()).isEqualTo(EntityType.Person);
        assertThat(at(index, text, "Athena", 0).type()).isEqualTo(EntityType.Person);
        assertThat(at(index, text, "Athena is", 0).type()).isEqualTo(EntityType.Person);
        assertThat(at(index, text, "Dries Mertens scored", 0).type()).isEqualTo(EntityType.Person);
    }

    @Test
    void countriesListedWithAPersonStayCountries() {
        String text = "Talks between Peru, Chile, Bolivia and Evo Morales ended. Pablo Rios, Ana Lund and Chile "
                + "signed.";
        ActorIndex index = FINDER.find(Annotator.shared().annotate(text));
        assertThat(at(index, text, "Chile", 0).type()).isNotEqualTo(EntityType.Person);
        assertThat(at(index, text, "Chile signed", 0).type()).isNotEqualTo(EntityType.Person);
    }

    @Test
    void anAcronymBeforeAPossessiveInAListOfPersonsIsNoPerson() {
        String text = "Voters backed Ada Lind, Bo Frey and ZRU's Cid Moreau. ZRU said it was pleased.";
        ActorIndex index = FINDER.find(Annotator.shared().annotate(text));
        assertThat(at(index, text, "ZRU said", 0).type()).isNotEqualTo(EntityType.Person);
    }

    @Test
    void aYearOrATimeDoesNotCountMembersOfAPeople() {
        String text = "In 2012 Wikinews reported the vote. Wikinews has covered it since.";
        ActorIndex index = FINDER.find(Annotator.shared().annotate(text));
        assertThat(at(index, text, "Wikinews", 0).type()).isNotEqualTo(EntityType.Group);
    }

    @Test
    void aPeopleWithoutAPluralIsAPeopleWhenCountedOrListedWithOne() {
        String text = "The camps held Kurds and Yazidi from the hills. Two Yazidi said the army came at night. "
                + "Aid reached Afghans and Hazara near the border. Many Hazara left before winter.";
        ActorIndex index = FINDER.find(Annotator.shared().annotate(text));
        Actor yazidi = at(index, text, "Yazidi", 0);
        assertThat(yazidi.type()).isEqualTo(EntityType.Group);
        assertThat(yazidi.members()).isEmpty();
        assertThat(yazidi.mentions()).hasSize(2);
        assertThat(at(index, text, "Hazara", 0).type()).isEqualTo(EntityType.Group);
    }

    @Test
    void aNameEndingInAnOrganisationsHeadNounIsOneOrganisation() {
        String text = "Members of the Sea Org left. The Sea Org denied it. Critics of the Sea Org spoke. "
                + "She quit the Sea Org in May.";
        ActorIndex index = FINDER.find(Annotator.shared().annotate(text));
        Actor org = at(index, text, "Sea Org", 0);
        assertThat(org.type().isOrganization()).isTrue();
        assertThat(org.mentions()).hasSize(4);
    }

    @Test
    void aTitleWrittenAloneNamesThePersonWhoHoldsIt() {
        String text = "Ruritanian Foreign Minister Ada Lind met the press in Strelsau. The Foreign Minister said "
                + "talks would go on. The Chancellor was not there.";
        ActorIndex index = FINDER.find(Annotator.shared().annotate(text));
        Actor lind = at(index, text, "Ada Lind", 0);
        assertThat(lind.mentions()).extracting(Span::text).contains("The Foreign Minister");
        // nobody in the article is a chancellor
        int at = text.indexOf("The Chancellor");
        assertThat(index.at(at, at + "The Chancellor".length())).isEmpty();
    }

    @Test
    void aLongerNameFoundOnceIsThatNameWhereverItIsWritten() {
        String text = "Statistics Canada said prices rose. Prices fell, Statistics Canada spokesperson Ann Roy "
                + "said later. Statistics Canada staff left.";
        ActorIndex index = FINDER.find(Annotator.shared().annotate(text));
        Actor agency = at(index, text, "Statistics Canada", 0);
        assertThat(agency.type()).isNotEqualTo(EntityType.Country);
        assertThat(agency.mentions()).extracting(Span::text).containsOnly("Statistics Canada");
        assertThat(agency.mentions()).hasSize(3);
        // the country that ends the agency's name is part of that name, not a mention of the country
        int last = text.lastIndexOf("Canada");
        assertThat(index.actors()).flatExtracting(Actor::mentions).extracting(Span::start).doesNotContain(last);
    }

    @Test
    void aPlaceNameBeforeAFounderNamesACompany() {
        String text = "Fans of Kandora left early. Kandora owner Bo Frey apologised.";
        ActorIndex index = FINDER.find(Annotator.shared().annotate(text));
        assertThat(at(index, text, "Kandora", 0).type().isOrganization()).isTrue();
        assertThat(at(index, text, "Kandora owner", 0).type().isOrganization()).isTrue();
    }

    @Test
    void anOrdinalOpensTheNameOfAUnit() {
        String text = "Soldiers of the 44th Highland Legion marched through Kandor. The 12th Regiment stayed behind. "
                + "Traffic on 5th Avenue stopped.";
        ActorIndex index = FINDER.find(Annotator.shared().annotate(text));
        int at = text.indexOf("44th");
        Actor unit = index.at(at, at + 4).orElseThrow();
        assertThat(unit.type().isOrganization()).isTrue();
        assertThat(unit.mentions()).extracting(Span::text).containsExactly("44th Highland Legion");
    }

    @Test
    void theWordAfterACourtesyTitleIsASurname() {
        String text = "Prime Minister Tama Rewi spoke on Monday. Mr Rewi said the plan was sound.";
        ActorIndex index = FINDER.find(Annotator.shared().annotate(text));
        Actor rewi = at(index, text, "Tama Rewi", 0);
        assertThat(rewi.mentions()).hasSize(2);
    }

    @Test
    void aNameEndingInACountryAfterAPlainWordIsNoPlace() {
        String text = "Team Norway won gold on Sunday. Shoppers left Zentrix UK last year, and Zentrix UK closed "
                + "stores.";
        ActorIndex index = FINDER.find(Annotator.shared().annotate(text));
        assertThat(at(index, text, "Team Norway", 0).type().isOrganization()).isTrue();
        assertThat(at(index, text, "Zentrix UK", 0).type().isOrganization()).isTrue();
        assertThat(at(index, text, "Zentrix UK closed", 0).type().isOrganization()).isTrue();
        String region = "Floods hit Inner Mongolia on Monday, and Inner Mongolia asked for help.";
        ActorIndex regions = FINDER.find(Annotator.shared().annotate(region));
        assertThat(at(regions, region, "Inner Mongolia", 0).type().isOrganization()).isFalse();
    }

    @Test
    void aSiteThatPeopleAreTakenToIsNoPerson() {
        String text = "He was taken to the Hollis Towers. He stayed at the Hollis Towers for a week, and he was not "
                + "allowed to leave.";
        ActorIndex index = FINDER.find(Annotator.shared().annotate(text));
        assertThat(at(index, text, "Hollis Towers", 0).type()).isNotEqualTo(EntityType.Person);
    }

    @Test
    void aFoundationForTheArtsIsOneName() {
        String text = "The Edwin Marlowe Foundation for the Performing Arts gave money to the school.";
        ActorIndex index = FINDER.find(Annotator.shared().annotate(text));
        Actor foundation = at(index, text, "Edwin Marlowe Foundation", 0);
        assertThat(foundation.mentions()).extracting(Span::text)
                .containsExactly("Edwin Marlowe Foundation for the Performing Arts");
        assertThat(foundation.type().isOrganization()).isTrue();
    }

    @Test
    void aNameWrittenAsAnEventsIsNoActor() {
        String text = "Thousands gathered in Kandor during the Velmora, the yearly feast. Fires broke out during the "
                + "1998 Velmora, and Velmora now ends at dusk. Kandor's mayor Ada Lind spoke during Kandor's feast.";
        ActorIndex index = FINDER.find(Annotator.shared().annotate(text));
        int at = text.indexOf("Velmora");
        assertThat(index.at(at, at + 7)).isEmpty();
        int later = text.lastIndexOf("Velmora");
        assertThat(index.at(later, later + 7)).isEmpty();
        // a place that only dates what happens in it stays a place
        int kandor = text.lastIndexOf("Kandor");
        assertThat(index.at(kandor, kandor + 6)).isPresent();
    }
}
