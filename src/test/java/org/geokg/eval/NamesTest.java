package org.geokg.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void surnamesTitlesAndFullNamesNameTheSamePerson() {
        assertThat(Names.sameName("Trump", "Mr. Trump")).isTrue();
        assertThat(Names.sameName("Donald Trump", "Mr. Trump")).isTrue();
        assertThat(Names.sameName("Trump's", "Donald J. Trump")).isTrue();
        assertThat(Names.sameName("The Post", "The Washington Post")).isTrue();
    }

    @Test
    void differentFirstNamesOrLowerCaseGroupsDoNotMatch() {
        assertThat(Names.sameName("Hillary Clinton", "Bill Clinton")).isFalse();
        assertThat(Names.sameName("officials", "White House officials")).isFalse();
        assertThat(Names.sameName("", "Trump")).isFalse();
    }

    @Test
    void equalAfterDeterminersAndCaseEvenWhenLowerCase() {
        assertThat(Names.sameName("the senator", "Senator")).isTrue();
        assertThat(Names.sameName("a spokesman", "spokesman")).isTrue();
    }

    @Test
    void pronounsAreRecognisedAsBareWords() {
        assertThat(Names.isPronoun("He")).isTrue();
        assertThat(Names.isPronoun("they,")).isTrue();
        assertThat(Names.isPronoun("He himself")).isFalse();
        assertThat(Names.isPronoun("Heath")).isFalse();
    }

    @Test
    void normalisedNamesFoldCaseWidthSpacesAndLeadingThe() {
        assertThat(Names.normalise("  The   Netherlands. ")).isEqualTo("netherlands");
        assertThat(Names.normalise("STRASSE")).isEqualTo(Names.normalise("Straße"));
        assertThat(Names.normalise("\uff28uawei")).isEqualTo("huawei");
        assertThat(Names.normalise("Beijing\u2019s")).isEqualTo("beijing's");
    }
}
