package org.geokg.extract.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.geokg.extract.text.Annotator;
import org.geokg.extract.text.Token;
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
    void aWebAddressNamesABodyWhateverTheTaggerCalledIt() {
        String text = "Other sites such as Tarnview.com kept the video.";
        var doc = Annotator.shared().annotate(text);
        Token site = doc.tokens().stream().filter(t -> t.word().equals("Tarnview.com")).findFirst().orElseThrow();
        Candidate place = new Candidate(site.index(), site.index(), site.start(), site.end(), site.word(), "LOCATION",
                null, Candidate.Source.TAGGER);
        List<Candidate> read = new NameReadings(GazetteerLexicon.standard()).apply(doc, List.of(place));
        assertThat(read).extracting(Candidate::ner).containsExactly("ORGANIZATION");
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

    @Test
    void wordsBeforeAPapersHeadNounNameThePaper() {
        String text = "Ola Brekke said the port was closed. Readers of The Norwegian Press agreed.";
        ActorIndex index = find(text);
        assertThat(at(index, text, "Norwegian Press").orElseThrow().type().isOrganization()).isTrue();
    }

    @Test
    void aNameWrittenOftenInThePluralIsAKindOfThingNotAPerson() {
        String text = "The painter Edward Hopper loved cameras. There are Hopper Leica exhibits in Oslo. The Leicas "
                + "were donated. Leicas were cheap then. Two Leicas still work. Hopper liked the Leica camera.";
        ActorIndex index = find(text);
        assertThat(at(index, text, "Edward Hopper").orElseThrow().type()).isEqualTo(EntityType.Person);
        assertThat(index.actors()).noneMatch(a -> a.name().contains("Leica") && a.type() == EntityType.Person);
    }

    @Test
    void aHyphenatedNameIsFoundAgainAndAWordBeforeItsPossessorIsItsParty() {
        String text = "The winners were Chan Siu-lai and Kinspire's Tam Wai-ching. Tam Wai-ching defeated another "
                + "candidate.";
        ActorIndex index = find(text);
        assertThat(at(index, text, "Tam Wai-ching").orElseThrow().mentions()).hasSize(2);
        assertThat(at(index, text, "Kinspire").orElseThrow().type()).isNotEqualTo(EntityType.Person);
    }

    @Test
    void aCapitalNamedAfterItsCountryHoldsAMentionOfTheCountry() {
        String text = "The next round of talks will be held in Guatemala City in May.";
        ActorIndex index = find(text);
        Actor country = at(index, text, "Guatemala").orElseThrow();
        assertThat(country.type()).isEqualTo(EntityType.Country);
        assertThat(country.mentions()).extracting(m -> m.text()).contains("Guatemala");
    }
}
