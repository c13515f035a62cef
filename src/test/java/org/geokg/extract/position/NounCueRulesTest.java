package org.geokg.extract.position;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.geokg.extract.actor.ActorFinder;
import org.geokg.extract.actor.ActorIndex;
import org.geokg.extract.actor.GazetteerLexicon;
import org.geokg.extract.attribution.AttributionFinder;
import org.geokg.extract.attribution.SourceActors;
import org.geokg.extract.text.AnnotatedText;
import org.geokg.extract.text.Annotator;
import org.geokg.model.Position;
import org.geokg.model.PositionKind;
import org.junit.jupiter.api.Test;

/** Positions carried by nouns and adjectives rather than verbs, and positions of groups. */
class NounCueRulesTest {
    private static final ActorFinder ACTORS = new ActorFinder(GazetteerLexicon.standard());

    private record Run(ActorIndex actors, List<Position> positions) {
        String name(String id) {
            return id == null ? null : actors.byId(id).orElseThrow().name();
        }

        List<Position> of(PositionKind kind) {
            return positions.stream().filter(p -> p.kind() == kind).toList();
        }
    }

    private static Run run(String text) {
        AnnotatedText doc = Annotator.shared().annotate(text);
        SourceActors.Completed c = SourceActors.complete(ACTORS.find(doc), new AttributionFinder().find(doc, ACTORS.find(doc)));
        return new Run(c.actors(), new PositionFinder().find(doc, c.actors(), c.attributions()));
    }

    @Test
    void aPossessorBeforeModifiersHoldsTheNoun() {
        Run r = run("Angela Merkel's long-planned 2015 visit to Poland went well.");
        assertThat(r.of(PositionKind.CONSULT)).extracting(p -> r.name(p.holder()), p -> r.name(p.target()))
                .containsExactly(tuple("Angela Merkel", "Poland"));
    }

    @Test
    void aVisitWithoutDestinationGoesToTheCountryTheArticleIsAbout() {
        Run r = run("Investors have long watched Kenya's elections.\n\n"
                + "The vote was preceded by a visit from then-Foreign Secretary Boris Johnson in March.");
        assertThat(r.of(PositionKind.CONSULT)).extracting(p -> r.name(p.holder()), p -> r.name(p.target()))
                .containsExactly(tuple("Boris Johnson", "Kenya"));
    }

    @Test
    void aVisitWithoutDestinationAndNoCountryBeforeHasNoTarget() {
        Run r = run("The vote was preceded by a trip by Boris Johnson in March.");
        assertThat(r.of(PositionKind.CONSULT)).extracting(p -> r.name(p.holder()), p -> r.name(p.target()))
                .containsExactly(tuple("Boris Johnson", null));
    }

    @Test
    void partyMembersHoldAsTheParty() {
        AnnotatedText doc = Annotator.shared().annotate("The treaty with Cuba was fiercely opposed by most Republicans.");
        ActorIndex actors = org.geokg.extract.actor.PartyMembers.complete(doc, ACTORS.find(doc));
        Run r = new Run(actors, new PositionFinder().find(doc, actors, new AttributionFinder().find(doc, actors)));
        assertThat(r.of(PositionKind.OPPOSE)).extracting(p -> r.name(p.holder()))
                .containsExactly("Republican Party");
    }

    @Test
    void anAttitudeFoundInABodyIsHeldByIt() {
        Run place = run("Support for Angela Merkel has grown in Bavaria.");
        assertThat(place.of(PositionKind.SUPPORT)).isEmpty();
        Run body = run("Support for Angela Merkel has grown in the European Parliament.");
        assertThat(body.of(PositionKind.SUPPORT)).extracting(p -> body.name(p.holder()), p -> body.name(p.target()))
                .containsExactly(tuple("European Parliament", "Angela Merkel"));
    }

    @Test
    void feelingBetrayedOpposesWhoCausedIt() {
        Run r = run("Many Kenyans felt betrayed when President Uhuru Kenyatta raised fuel taxes.");
        assertThat(r.of(PositionKind.OPPOSE)).extracting(p -> r.name(p.holder()), p -> r.name(p.target()))
                .containsExactly(tuple("Kenyans", "Uhuru Kenyatta"));
    }

    @Test
    void aNounCueOverTheirThingIsAimedAtItsOwner() {
        Run r = run("The European Union met in Brussels. It drew sharp criticism from Justin Trudeau over their farm subsidies.");
        assertThat(r.of(PositionKind.OPPOSE)).extracting(p -> r.name(p.holder()), p -> r.name(p.target()))
                .containsExactly(tuple("Justin Trudeau", "European Union"));
    }

    @Test
    void aCoordinationBeforeWhoHoldsTogether() {
        Run r = run("The summit offered a retort to both Angela Merkel and Emmanuel Macron, who have criticised Viktor Orban's stance.");
        assertThat(r.of(PositionKind.OPPOSE)).extracting(p -> r.name(p.holder()), p -> r.name(p.target()))
                .containsExactlyInAnyOrder(tuple("Angela Merkel", "Viktor Orban"), tuple("Emmanuel Macron", "Viktor Orban"));
    }

    @Test
    void europeAsTheTargetOfAnActIsTheUnionTheArticleNames() {
        Run r = run("The European Union met in Brussels. Angela Merkel criticised Europe's reliance on American arms.");
        assertThat(r.of(PositionKind.OPPOSE)).extracting(p -> r.name(p.holder()), p -> r.name(p.target()))
                .containsExactly(tuple("Angela Merkel", "European Union"));
    }

    @Test
    void whatReceivesAnAttitudeIsItsTarget() {
        Run r = run("Last year, Emmanuel Macron's pension plan received strong support from Angela Merkel.");
        assertThat(r.of(PositionKind.SUPPORT)).extracting(p -> r.name(p.holder()), p -> r.name(p.target()))
                .containsExactly(tuple("Angela Merkel", "Emmanuel Macron"));
    }

    @Test
    void proAndAntiAdjectivesOnAStanceSupportAndOppose() {
        Run r = run("Russia and NATO watched as Viktor Orban's pro-Russian, anti-NATO stance hardened.");
        assertThat(r.positions()).extracting(p -> r.name(p.holder()), Position::kind, p -> r.name(p.target()))
                .contains(tuple("Viktor Orban", PositionKind.SUPPORT, "Russia"),
                        tuple("Viktor Orban", PositionKind.OPPOSE, "North Atlantic Treaty Organization"));
    }

    @Test
    void aTitledDescriptionHoldsAsThePersonNamedBefore() {
        Run r = run("NATO met in Brussels. Donald Trump spoke in Ohio, and voters fear the Republican nominee's anti-NATO views.");
        assertThat(r.of(PositionKind.OPPOSE)).extracting(p -> r.name(p.holder()), p -> r.name(p.target()))
                .contains(tuple("Donald Trump", "North Atlantic Treaty Organization"));
    }

    @Test
    void aProAdjectiveOnPeopleIsNoStance() {
        Run r = run("Russia denied that pro-Russian rebels shelled the town.");
        assertThat(r.of(PositionKind.SUPPORT)).isEmpty();
    }

    @Test
    void aVisitToACityOfTheCountryIsAVisitToTheCountry() {
        Run r = run("Investors have long watched Kenya's elections.\n\n"
                + "Angela Merkel's visit to Kisumu, the country's third city, drew crowds.");
        assertThat(r.of(PositionKind.CONSULT)).extracting(p -> r.name(p.holder()), p -> r.name(p.target()))
                .containsExactly(tuple("Angela Merkel", "Kenya"));
    }

    @Test
    void aPartitiveBeforeAnAgentNounKeepsItsHolder() {
        Run r = run("Angela Merkel, who has been one of the fiercest critics of Viktor Orban, spoke in Leeds.");
        assertThat(r.of(PositionKind.OPPOSE)).extracting(p -> r.name(p.holder()), p -> r.name(p.target()))
                .containsExactly(tuple("Angela Merkel", "Viktor Orban"));
    }
}
