package org.geokg.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeadlineRecaserTest {

    private static final String BODY = "\n\nThe talks went on for a long time, and officials said little about them.";

    @Test
    void surnameThatIsAlsoAModalStaysCapitalisedBeforeTo() {
        String text = "Theresa May to Confront Trump Over Huawei's Role" + BODY;
        assertThat(HeadlineRecaser.recase(text)).startsWith("Theresa May to confront Trump over");
    }

    @Test
    void surnameWithPossessiveOrAtTheEndStaysCapitalised() {
        assertThat(HeadlineRecaser.recase("Fans Queue Over Brian May's Guitar Sale" + BODY))
                .startsWith("Fans Queue over Brian May's Guitar");
        assertThat(HeadlineRecaser.recase("Ministers Meet Again Without Theresa May" + BODY))
                .startsWith("Ministers Meet Again without Theresa May\n");
    }

    @Test
    void modalBeforeAVerbIsLowerCased() {
        String text = "Trump May Visit Beijing Before Summit Talks" + BODY;
        assertThat(HeadlineRecaser.recase(text)).startsWith("Trump may Visit Beijing before");
    }

    @Test
    void recasingKeepsTheLength() {
        String text = "Theresa May to Confront Trump Over Huawei's Role" + BODY;
        assertThat(HeadlineRecaser.recase(text)).hasSameSizeAs(text);
    }

    @Test
    void verbAfterTheInfinitiveMarkerIsLowerCasedButADestinationIsNot() {
        assertThat(HeadlineRecaser.recase("Huawei Willing to Sign Pact With Ministry" + BODY))
                .startsWith("Huawei Willing to sign Pact");
        assertThat(HeadlineRecaser.recase("Premier Makes Surprise Trip to Havana" + BODY))
                .startsWith("Premier Makes Surprise Trip to Havana\n");
    }
}
