package org.geokg.extract.position;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.geokg.extract.actor.ActorFinder;
import org.geokg.extract.actor.ActorIndex;
import org.geokg.extract.actor.GazetteerLexicon;
import org.geokg.extract.attribution.AttributionFinder;
import org.geokg.extract.text.AnnotatedText;
import org.geokg.extract.text.Annotator;
import org.geokg.model.Position;
import org.geokg.model.PositionKind;
import org.junit.jupiter.api.Test;

class TargetFinderTest {
    private static final ActorFinder ACTORS = new ActorFinder(GazetteerLexicon.standard());

    private record Run(String text, ActorIndex actors, List<Position> positions) {
        String name(String id) {
            return id == null ? null : actors.byId(id).orElseThrow().name();
        }

        /** The target's name of the one position of this kind held by the named actor. */
        String targetOf(String holder, PositionKind kind) {
            List<Position> of = positions.stream()
                    .filter(p -> p.kind() == kind && name(p.holder()).equals(holder)).toList();
            assertThat(of).as("%s positions of %s in %s", kind, holder, positions).hasSize(1);
            return name(of.get(0).target());
        }

        List<Mention> unnamed(String window) {
            int from = text.indexOf(window);
            return new TargetFinder(actors, text).unnamed(from, from + window.length()).stream()
                    .map(m -> new Mention(m.actor().name(), text.substring(m.start(), m.end()))).toList();
        }
    }

    private record Mention(String actor, String words) {
    }

    private static Run run(String text) {
        AnnotatedText doc = Annotator.shared().annotate(text);
        ActorIndex actors = ACTORS.find(doc);
        return new Run(text, actors, new PositionFinder().find(doc, actors, new AttributionFinder().find(doc, actors)));
    }

    @Test
    void aDescriptionAfterTheCueIsTheActorItRefersBackTo() {
        Run r = run("Huawei opened a research centre in Paris in May. Washington has pressed its allies to adopt "
                + "tough rules to keep out the Chinese firm.");
        assertThat(r.targetOf("United States", PositionKind.REQUEST)).isEqualTo("Huawei");
    }

    @Test
    void aDescriptionResolvesToTheMostRecentActorOfItsType() {
        Run r = run("The IMF cut its forecast for Greece on Tuesday. Germany praised the fund for its candour.");
        assertThat(r.unnamed("praised the fund for its candour"))
                .containsExactly(new Mention("International Monetary Fund", "the fund"));
    }

    @Test
    void aDescriptionOfSomeoneNewRefersToNoOne() {
        Run r = run("Huawei opened a research centre in Paris in May. Germany praised the other company.");
        assertThat(r.unnamed("praised the other company")).isEmpty();
    }

    @Test
    void aNationalityDoesNotChooseAnActorOfAnotherCountry() {
        Run r = run("Mexico protested on Monday. Canada later signed a deal with the Chinese country.");
        assertThat(r.unnamed("signed a deal with the Chinese country")).isEmpty();
    }

    @Test
    void aNationalityAdjectiveOnWhatACountrySendsPointsAtItsGovernment() {
        Run r = run("Mexico and Canada quarrelled over trade in March. Canada then imposed duties on Mexican steel "
                + "imports.");
        assertThat(r.targetOf("Canada", PositionKind.SANCTION)).isEqualTo("Mexico");
    }

    @Test
    void aNationalityAdjectiveOnPeopleIsNoGovernment() {
        Run r = run("Mexico and Canada quarrelled over trade in March. Canada praised Mexican voters.");
        assertThat(r.unnamed("praised Mexican voters")).isEmpty();
    }

    @Test
    void europeanNationsStandForTheUnionTheArticleNames() {
        Run r = run("The European Union met in Rome on Friday. France urged European nations to raise their defence "
                + "budgets.");
        assertThat(r.targetOf("France", PositionKind.REQUEST)).isEqualTo("European Union");
    }

    @Test
    void europeIsTheUnionOnlyWhereTheArticleNamesTheUnion() {
        assertThat(run("The European Union met in Rome on Friday. Italy criticised Europe over its migration policy.")
                .targetOf("Italy", PositionKind.OPPOSE)).isEqualTo("European Union");
        assertThat(run("Italy criticised Europe over its migration policy.").targetOf("Italy", PositionKind.OPPOSE))
                .isEqualTo("Europe");
    }

    @Test
    void aDescriptionOfTheHolderItselfIsNoTarget() {
        Run r = run("Huawei opened a research centre in Paris in May. Huawei denied that the company spies for anyone.");
        assertThat(r.positions()).filteredOn(p -> p.kind() == PositionKind.DENY)
                .allSatisfy(p -> assertThat(r.name(p.target())).isNotEqualTo("Huawei"));
    }

    @Test
    void backingOutIsAimedAtWhomTheUndertakingWasMadeAndSoIsThePressure() {
        Run r = run("Mexico signed a trade pact with Canada in 1994. That year the United States pledged that it "
                + "would lift its limits on Mexican trucks. But under pressure from the Teamsters and their allies "
                + "in Congress, Washington backed out.");
        assertThat(r.targetOf("United States", PositionKind.REJECT)).isEqualTo("Mexico");
        assertThat(r.targetOf("Teamsters", PositionKind.REQUEST)).isEqualTo("Mexico");
    }

    @Test
    void aBodyOfTheHoldersOwnStateIsNoTarget() {
        Run r = run("In May, as the Congress debated a new bill, the United States banned the imports.");
        assertThat(r.targetOf("United States", PositionKind.SANCTION)).as(r.positions().toString()).isNull();
    }

    @Test
    void aTargetIsSoughtInTheCuesOwnConjunctOnly() {
        Run r = run("Germany has openly criticized the long-standing trade and investment rules of the old Atlantic "
                + "Trade Charter and called for new duties on goods from China and Japan.");
        assertThat(r.targetOf("Germany", PositionKind.OPPOSE)).isNotIn("China", "Japan");
        assertThat(r.positions()).filteredOn(p -> p.kind() == PositionKind.REQUEST)
                .extracting(p -> r.name(p.holder()), p -> r.name(p.target()))
                .containsExactlyInAnyOrder(org.assertj.core.api.Assertions.tuple("Germany", "China"),
                        org.assertj.core.api.Assertions.tuple("Germany", "Japan"));
    }

    @Test
    void theAdministrationIsTheGovernmentAnEarlierLeadersAdministrationNamed() {
        Run r = run("The United States eased its sanctions in May, a shift of the Obama administration. Amnesty "
                + "International criticized the administration for its silence.");
        assertThat(r.targetOf("Amnesty International", PositionKind.OPPOSE)).isEqualTo("United States");
    }

    @Test
    void aTitleRefersBackToThePersonHoldingItOfTheNationalityGiven() {
        Run r = run("German Foreign Minister Heiko Maas flew to Rome. Mike Pompeo met the foreign minister on Monday "
                + "and later called the Dutch foreign minister.");
        assertThat(r.unnamed("met the foreign minister on Monday"))
                .containsExactly(new Mention("Heiko Maas", "the foreign minister"));
        assertThat(r.unnamed("called the Dutch foreign minister")).isEmpty();
    }

    @Test
    void aStateSpeakingOfItselfSpeaksAboutTheNextActorInWhatItSaid() {
        Run r = run("On Friday the White House announced that the United States would lift its embargo against Cuba.");
        assertThat(r.positions()).filteredOn(p -> r.name(p.holder()).equals("White House"))
                .isNotEmpty()
                .allSatisfy(p -> assertThat(r.name(p.target())).isEqualTo("Cuba"));
    }
}
