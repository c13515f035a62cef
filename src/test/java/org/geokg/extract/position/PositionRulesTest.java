package org.geokg.extract.position;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;






import org.geokg.model.Polarity;
import org.geokg.model.Position;
import org.geokg.model.PositionKind;
import org.junit.jupiter.api.Test;

/** The rules that find holders and targets of noun cues, relative clauses and reported accusations. */
class PositionRulesTest {


    private static PositionRun run(String text) {
        return PositionRun.of(text);
    }

    @Test
    void beingClearIsNoClearance() {
        PositionRun r = run("Angela Merkel said: \"We have been clear about this with Poland.\"");
        assertThat(r.of(PositionKind.ALLOW)).isEmpty();
        PositionRun cleared = run("Poland cleared Siemens to build the line.");
        assertThat(cleared.of(PositionKind.ALLOW)).extracting(p -> cleared.name(p.holder()), p -> cleared.name(p.target()))
                .containsExactly(tuple("Poland", "Siemens"));
    }

    @Test
    void anAgentNounInAnAppositionIsHeldByTheActorItDescribes() {
        PositionRun r = run("Boris Johnson, a former mayor who is a fierce critic of Angela Merkel, spoke in Leeds.");
        assertThat(r.of(PositionKind.OPPOSE)).extracting(p -> r.name(p.holder()), p -> r.name(p.target()))
                .containsExactly(tuple("Boris Johnson", "Angela Merkel"));
    }

    @Test
    void aCopulaGivesTheHolderOfAnAgentNoun() {
        PositionRun r = run("Angela Merkel has long been a loyal supporter of NATO.");
        assertThat(r.of(PositionKind.SUPPORT)).extracting(p -> r.name(p.holder()))
                .containsExactly("Angela Merkel");
    }

    @Test
    void theAgentOfANounCueFollowsByOrFrom() {
        PositionRun r = run("Under pressure from Germany and France, Italy dropped the tax.");
        assertThat(r.of(PositionKind.REQUEST)).extracting(p -> r.name(p.holder()))
                .containsExactlyInAnyOrder("Germany", "France");
        PositionRun visit = run("The reforms followed a visit by Chancellor Angela Merkel to Poland in May.");
        assertThat(visit.of(PositionKind.CONSULT)).extracting(p -> visit.name(p.holder()), p -> visit.name(p.target()))
                .containsExactly(tuple("Angela Merkel", "Poland"));
    }

    @Test
    void aPressureNounWithoutItsAgentStatesNoRequest() {
        PositionRun r = run("Spain ignored the German pressure on the budget.");
        assertThat(r.of(PositionKind.REQUEST)).isEmpty();
    }

    @Test
    void aGerundAfterAPrepositionSharesTheSubjectOfItsClause() {
        PositionRun r = run("Angela Merkel spoke to reporters in Berlin after meeting Emmanuel Macron.");
        assertThat(r.of(PositionKind.CONSULT)).extracting(p -> r.name(p.holder()), p -> r.name(p.target()))
                .containsExactly(tuple("Angela Merkel", "Emmanuel Macron"));
    }

    @Test
    void aRelativeClauseIsHeldByItsAntecedent() {
        PositionRun r = run("Emmanuel Macron, who met Angela Merkel on Monday, flew home on Tuesday.");
        assertThat(r.of(PositionKind.CONSULT)).extracting(p -> r.name(p.holder()), p -> r.name(p.target()))
                .containsExactly(tuple("Emmanuel Macron", "Angela Merkel"));
    }

    @Test
    void twoNamesSeparatedOnlyByACommaAreNoCoordination() {
        PositionRun r = run("After a long quarrel with Poland, Germany rejected the plan.");
        assertThat(r.of(PositionKind.REJECT)).extracting(p -> r.name(p.holder())).containsExactly("Germany");
    }

    @Test
    void aNounCueTargetsTheActorsOfItsComplement() {
        PositionRun r = run("Gazprom has made a new offer to Poland and Hungary.");
        assertThat(r.of(PositionKind.OFFER)).extracting(p -> r.name(p.holder()), p -> r.name(p.target()))
                .containsExactlyInAnyOrder(tuple("Gazprom", "Poland"), tuple("Gazprom", "Hungary"));
        assertThat(r.of(PositionKind.OFFER)).allMatch(p -> p.polarity() == Polarity.POSITIVE);
    }

    @Test
    void aReportedChargeOfWrongdoingIsAnAccusationByItsSource() {
        PositionRun r = run("The FBI has reportedly told European governments that Gazprom received money from "
                + "Russia's intelligence services, but the company denies it.");
        assertThat(r.of(PositionKind.ACCUSE)).extracting(p -> r.name(p.holder()), p -> r.name(p.target()),
                Position::polarity).containsExactly(tuple("Federal Bureau of Investigation", "Gazprom", Polarity.NEGATIVE));
        Position p = r.of(PositionKind.ACCUSE).get(0);
        assertThat(p.evidence().text()).startsWith("The FBI").contains("Gazprom received money");
    }

    @Test
    void aStatementWithoutWrongdoingStaysAStatement() {
        PositionRun r = run("The FBI has told European governments that Gazprom opened an office in Berlin.");
        assertThat(r.of(PositionKind.ACCUSE)).isEmpty();
    }

    @Test
    void aLeadersAdministrationIsTheGovernment() {
        PositionRun r = run("The United States lifted some duties. The Obama administration's waiver on steel helped Canada.");
        assertThat(r.of(PositionKind.ALLOW)).extracting(p -> r.name(p.holder()))
                .containsOnly("United States");
    }

    @Test
    void aLeaderWhoseOfficeGivesTheCountryStandsForItsGovernment() {
        PositionRun r = run("Mexico raised tariffs on corn. Mexico and Canada met in Ottawa. The United States protested. "
                + "In 2004, Canada rejected the George W. Bush administration's demand to drop the duties.");
        assertThat(r.positions()).filteredOn(p -> p.kind() == PositionKind.REJECT)
                .extracting(p -> r.name(p.holder()), p -> r.name(p.target()))
                .containsExactly(tuple("Canada", "United States"));
    }

    @Test
    void aLeaderOfUnknownCountryStandsForNoGovernment() {
        PositionRun r = run("Mexico raised tariffs on corn. Mexico and Canada met in Ottawa. Mexico protested. "
                + "The Zorblat administration's officials praised Canada.");
        assertThat(r.of(PositionKind.SUPPORT)).extracting(p -> r.name(p.holder()))
                .doesNotContain("Mexico");
    }

    @Test
    void aSecondCoordinatedVerbGivesItsOwnPositionWithTheSameHolder() {
        PositionRun c = run("Donald Trump criticized the deal and called for tariffs on China.");
        assertThat(c.positions()).extracting(p -> c.name(p.holder()), Position::kind)
                .contains(tuple("Donald Trump", PositionKind.OPPOSE), tuple("Donald Trump", PositionKind.REQUEST));
    }

    @Test
    void anObjectPronounAfterTheCueIsTheTarget() {
        PositionRun r = run("Angela Merkel praised Emmanuel Macron's speech. Vladimir Putin met with him in Paris.");
        assertThat(r.of(PositionKind.CONSULT)).extracting(p -> r.name(p.holder()), p -> r.name(p.target()))
                .containsExactly(tuple("Vladimir Putin", "Emmanuel Macron"));
    }

    @Test
    void aFirstPersonPossessiveInAQuotationIsItsSpeaker() {
        PositionRun r = run("Vladimir Putin was in Paris. \"After my meeting with him, we agreed on gas,\" said Olaf Scholz.");
        assertThat(r.of(PositionKind.CONSULT)).extracting(p -> r.name(p.holder()), p -> r.name(p.target()))
                .contains(tuple("Olaf Scholz", "Vladimir Putin"));
    }

    @Test
    void aPlaceHoldsOnlyWhenItActsRightThere() {
        PositionRun acts = run("Italy's decision to leave the European Union surprised everyone.");
        assertThat(acts.of(PositionKind.REJECT)).extracting(p -> acts.name(p.holder()), p -> acts.name(p.target()))
                .containsExactly(tuple("Italy", "European Union"));
        PositionRun setting = run("In Italy, the farmers rejected the European Union's proposal.");
        assertThat(setting.of(PositionKind.REJECT)).extracting(p -> setting.name(p.holder())).doesNotContain("Italy");
    }

    @Test
    void aPronounOfKnownGenderSkipsAPersonOfUnknownGender() {
        PositionRun r = run("Angela Merkel arrived on Monday, and she spoke warmly. She had breakfast with Joe Biden and "
                + "his aides. She will visit Justin Trudeau on Friday.");
        assertThat(r.of(PositionKind.CONSULT)).extracting(p -> r.name(p.holder()), p -> r.name(p.target()))
                .contains(tuple("Angela Merkel", "Justin Trudeau"))
                .doesNotContain(tuple("Joe Biden", "Justin Trudeau"));
    }

    @Test
    void sayingWhatSomeoneShouldDoIsARequestToThem() {
        PositionRun r = run("\"Germany must pay more for its own defence,\" Donald Trump said on Monday.");
        assertThat(r.of(PositionKind.REQUEST)).extracting(p -> r.name(p.holder()), p -> r.name(p.target()))
                .containsExactly(tuple("Donald Trump", "Germany"));
        PositionRun not = run("\"Germany must not pay more for its own defence,\" Donald Trump said on Monday.");
        assertThat(not.of(PositionKind.REQUEST)).isEmpty();
    }

    @Test
    void blockingAProposalRejectsIt() {
        PositionRun r = run("Poland blocked the proposal of the European Commission on Monday.");
        assertThat(r.of(PositionKind.REJECT)).extracting(p -> r.name(p.holder())).containsExactly("Poland");
        assertThat(r.of(PositionKind.SANCTION)).isEmpty();
    }

    @Test
    void aNameAfterATitleIsTheTarget() {
        PositionRun r = run("Angela Merkel criticised NATO member Turkey over the purchase.");
        assertThat(r.of(PositionKind.OPPOSE)).extracting(p -> r.name(p.target())).containsExactly("Türkiye");
    }

    @Test
    void aPlaceBeforeAnAppositionActs() {
        PositionRun r = run("Britain, which has the largest navy in Europe, long blocked any discussion of a joint force.");
        assertThat(r.of(PositionKind.REJECT)).extracting(p -> r.name(p.holder())).containsExactly("United Kingdom");
    }

    @Test
    void leavingAPlaceOrAnEventRejectsNothing() {
        PositionRun r = run("Angela Merkel left the summit early on Friday.");
        assertThat(r.of(PositionKind.REJECT)).isEmpty();
        PositionRun eu = run("Italy left the European Union in a surprise vote.");
        assertThat(eu.of(PositionKind.REJECT)).extracting(p -> eu.name(p.target())).containsExactly("European Union");
    }

    @Test
    void aParticipleBeforeANounIsNoAct() {
        PositionRun r = run("Siemens and the banned groups met in Munich on Monday.");
        assertThat(r.of(PositionKind.SANCTION)).isEmpty();
    }

    @Test
    void anAgentNounWithoutItsObjectStatesNoPosition() {
        PositionRun r = run("Angela Merkel greeted her supporters in Leipzig.");
        assertThat(r.of(PositionKind.SUPPORT)).isEmpty();
    }

    @Test
    void aRelativeClauseOnACoordinationIsHeldByAll() {
        PositionRun r = run("The plan angered both Karl Lund and Maria Berg, who have criticized the European Union for years.");
        assertThat(r.of(PositionKind.OPPOSE)).extracting(p -> r.name(p.holder()))
                .containsExactlyInAnyOrder("Karl Lund", "Maria Berg");
    }
}
