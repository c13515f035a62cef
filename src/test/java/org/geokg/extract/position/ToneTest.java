package org.geokg.extract.position;

import static org.assertj.core.api.Assertions.assertThat;

import org.geokg.model.Polarity;
import org.junit.jupiter.api.Test;

class ToneTest {

    @Test
    void evaluativeWordsDecide() {
        assertThat(Tone.of("The talks were productive and the outcome is excellent")).isEqualTo(Polarity.POSITIVE);
        assertThat(Tone.of("The plan is dangerous and deeply irresponsible")).isEqualTo(Polarity.NEGATIVE);
        assertThat(Tone.of("The delegation arrived in the capital on Monday")).isEqualTo(Polarity.NEUTRAL);
    }

    @Test
    void inflectedFormsAreFound() {
        assertThat(Tone.of("Officials worried about repeated violations")).isEqualTo(Polarity.NEGATIVE);
        assertThat(Tone.of("They praised the partnerships")).isEqualTo(Polarity.POSITIVE);
    }

    @Test
    void reportingVerbsAndHedgesCarryNoSide() {
        assertThat(Tone.of("The minister warned that the vote may take place in spring")).isEqualTo(Polarity.NEUTRAL);
        assertThat(Tone.of("The treaty may be obsolete")).isEqualTo(Polarity.NEGATIVE);
    }

    @Test
    void negationFlipsTheWordsInItsScope() {
        assertThat(Tone.of("The agreement is not good for farmers")).isEqualTo(Polarity.NEGATIVE);
        assertThat(Tone.of("The new rules don't look fair")).isEqualTo(Polarity.NEGATIVE);
        assertThat(Tone.of("The council failed to protect its members")).isEqualTo(Polarity.NEGATIVE);
        assertThat(Tone.of("There was a lack of trust between the two sides")).isEqualTo(Polarity.NEGATIVE);
    }

    @Test
    void aNegatedBadWordIsNoPraise() {
        assertThat(Tone.of("We will not tolerate interference in our elections")).isEqualTo(Polarity.NEGATIVE);
        assertThat(Tone.of("The visitors pose no threat")).isEqualTo(Polarity.NEUTRAL);
    }

    @Test
    void theHeadOfTwoWordsDecides() {
        assertThat(Tone.of("The plant is a safety risk")).isEqualTo(Polarity.NEGATIVE);
        assertThat(Tone.of("The trucks posed no safety threat")).isEqualTo(Polarity.NEUTRAL);
    }

    @Test
    void negationEndsAtItsClause() {
        // "not" reaches "late", not the praise after "and"
        assertThat(Tone.of("The bus was not late and the service was excellent")).isEqualTo(Polarity.POSITIVE);
    }

    @Test
    void aNegatedComparisonIsEmphasis() {
        assertThat(Tone.of("Nothing is more important to the region than this pipeline")).isEqualTo(Polarity.POSITIVE);
        assertThat(Tone.of("No ally has been more helpful than Norway")).isEqualTo(Polarity.POSITIVE);
    }

    @Test
    void theClauseAfterButWins() {
        assertThat(Tone.of("The summit was a success in some ways, but the final deal is a disaster"))
                .isEqualTo(Polarity.NEGATIVE);
        assertThat(Tone.of("Our aim is not to punish anyone but to build a stable peace")).isEqualTo(Polarity.POSITIVE);
        assertThat(Tone.of("Weak exports were offset by strong tourism")).isEqualTo(Polarity.POSITIVE);
    }

    @Test
    void aConcessionCountsOnlyWhenNothingElseDoes() {
        assertThat(Tone.of("Although the launch went smoothly and was a success, the program is a failure"))
                .isEqualTo(Polarity.NEGATIVE);
        assertThat(Tone.of("Although the harvest was poor, prices held")).isEqualTo(Polarity.NEGATIVE);
    }

    @Test
    void aConditionIsNoJudgement() {
        assertThat(Tone.of("If the ceasefire fails, talks will resume next week")).isEqualTo(Polarity.NEUTRAL);
        // what would follow is supposed as well, what must follow is asked for
        assertThat(Tone.of("If the union breaks up, the region could face chaos")).isEqualTo(Polarity.NEUTRAL);
        assertThat(Tone.of("If the union breaks up, Europe must stay strong")).isEqualTo(Polarity.POSITIVE);
    }

    @Test
    void changeWordsTurnWhatTheyChange() {
        assertThat(Tone.of("The central bank slashed its outlook for the economy")).isEqualTo(Polarity.NEGATIVE);
        assertThat(Tone.of("The agency is lowering its growth forecast")).isEqualTo(Polarity.NEGATIVE);
        assertThat(Tone.of("The ministry raised its estimate for exports")).isEqualTo(Polarity.POSITIVE);
        assertThat(Tone.of("The accord should reduce tensions along the border")).isEqualTo(Polarity.POSITIVE);
        assertThat(Tone.of("The raid will raise tensions along the border")).isEqualTo(Polarity.NEGATIVE);
        assertThat(Tone.of("Unemployment dropped sharply last year")).isEqualTo(Polarity.POSITIVE);
        assertThat(Tone.of("Factories will produce 2 percent more, down 0.5 points from the last forecast"))
                .isEqualTo(Polarity.NEGATIVE);
        assertThat(Tone.of("The new levy could depress investment")).isEqualTo(Polarity.NEGATIVE);
        assertThat(Tone.of("Our role in the pact may need to be diminished")).isEqualTo(Polarity.NEGATIVE);
        assertThat(Tone.of("He would not come to the defense of the islands")).isEqualTo(Polarity.NEGATIVE);
        assertThat(Tone.of("The ministry wants to counter aggression at sea")).isEqualTo(Polarity.POSITIVE);
    }

    @Test
    void partsOfNamesAreNoJudgement() {
        assertThat(Tone.of("The delegation flew from the United Arab Emirates to the Peace Palace"))
                .isEqualTo(Polarity.NEUTRAL);
        assertThat(Tone.of("Bank Raises Growth Forecast")).isEqualTo(Polarity.POSITIVE);
    }

    @Test
    void theClauseAroundTheTargetDecidesFirst() {
        String text = "Brazil has been a reliable friend, while the talks with the other side were a failure";
        int brazil = text.indexOf("Brazil");
        assertThat(Tone.toward(text, brazil, brazil + 6)).isEqualTo(Polarity.POSITIVE);
        int side = text.indexOf("side");
        assertThat(Tone.toward(text, side, side + 4)).isEqualTo(Polarity.NEGATIVE);
        // a neutral clause around the target leaves it to the whole statement
        String plain = "Ghana, the host, said the talks were productive";
        assertThat(Tone.toward(plain, 0, 5)).isEqualTo(Polarity.POSITIVE);
    }

    @Test
    void aJudgementOfTheTargetItselfIsSaidOfIt() {
        String obsolete = "I think the alliance may be obsolete";
        int at = obsolete.indexOf("the alliance");
        assertThat(Tone.judged(obsolete, at, at + 12)).isEqualTo(Polarity.NEGATIVE);
        String possessive = "Peru's offer was very helpful";
        assertThat(Tone.judged(possessive, 0, 4)).isEqualTo(Polarity.POSITIVE);
        assertThat(Tone.judged("It is the right decision to lift the embargo on Cuba", 48, 52))
                .isEqualTo(Polarity.POSITIVE);
        String opening = "Without new money, Chile risks a lot";
        int c = opening.indexOf("Chile");
        assertThat(Tone.judged(opening, c, c + 5)).isEqualTo(Polarity.NEGATIVE);
        // a judgement near the target but of something else judges no one
        String near = "We are facing a critical situation in Chile after the vote";
        int chile = near.indexOf("Chile");
        assertThat(Tone.judged(near, chile, chile + 5)).isEqualTo(Polarity.NEUTRAL);
        assertThat(Tone.toward(near, chile, chile + 5)).isEqualTo(Polarity.NEGATIVE);
    }

    @Test
    void takingAwaySomethingBadIsGood() {
        assertThat(Tone.of("The council will lift the sanctions")).isEqualTo(Polarity.POSITIVE);
        assertThat(Tone.of("The council will lift its growth forecast")).isEqualTo(Polarity.POSITIVE);
        assertThat(Tone.of("Ministers agreed to remove the tariffs")).isEqualTo(Polarity.POSITIVE);
        assertThat(Tone.of("They will end a long-standing national emergency against the island"))
                .isEqualTo(Polarity.POSITIVE);
    }
}
