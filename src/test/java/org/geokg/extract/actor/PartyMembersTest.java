package org.geokg.extract.actor;

import static org.assertj.core.api.Assertions.assertThat;

import org.geokg.extract.text.AnnotatedText;
import org.geokg.extract.text.Annotator;
import org.geokg.model.EntityType;
import org.geokg.model.Span;
import org.junit.jupiter.api.Test;

class PartyMembersTest {
    private static final ActorFinder ACTORS = new ActorFinder(GazetteerLexicon.standard());

    private static ActorIndex complete(String text) {
        AnnotatedText doc = Annotator.shared().annotate(text);
        return PartyMembers.complete(doc, ACTORS.find(doc));
    }

    @Test
    void pluralMembersAndMemberNounsNameTheParty() {
        ActorIndex a = complete("Most Republicans opposed the treaty, while Democratic lawmakers and the GOP split.");
        Actor gop = a.actors().stream().filter(x -> x.name().equals("Republican Party")).findFirst().orElseThrow();
        assertThat(gop.type()).isEqualTo(EntityType.PoliticalParty);
        assertThat(gop.mentions()).extracting(Span::text).contains("Republicans", "GOP");
        assertThat(gop.mentions().stream().map(Span::text).filter("GOP"::equals)).hasSize(1);
        Actor dem = a.actors().stream().filter(x -> x.name().equals("Democratic Party")).findFirst().orElseThrow();
        assertThat(dem.mentions()).extracting(Span::text).containsExactly("Democratic lawmakers");
        assertThat(dem.wikidata()).isEqualTo("Q29552");
    }

    @Test
    void aCommitteeOrANomineeIsNoParty() {
        ActorIndex a = complete("The Democratic National Committee hired Republican nominee Jane Doe's old firm.");
        assertThat(a.actors()).extracting(Actor::name).doesNotContain("Democratic Party", "Republican Party");
    }
}
