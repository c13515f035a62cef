package org.geokg.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnnotatorTest {

    @Test
    void tokensCarryOffsetsIntoTheOriginalTextAndNerClasses() {
        String text = "Angela Merkel met officials of Siemens in Paris on Monday.\nShe left.";
        AnnotatedText doc = Annotator.shared().annotate(text);
        assertThat(doc.sentences()).hasSize(2);
        for (Token t : doc.tokens()) {
            assertThat(text.substring(t.start(), t.end())).isEqualTo(t.word());
        }
        List<Token> tokens = doc.tokens();
        assertThat(tokens.get(0).ner()).isEqualTo("PERSON");
        assertThat(tokens.get(0).pos()).isEqualTo("NNP");
        assertThat(tokens.stream().filter(t -> t.word().equals("Siemens")).findFirst().orElseThrow().ner())
                .isEqualTo("ORGANIZATION");
        assertThat(tokens.stream().filter(t -> t.word().equals("Paris")).findFirst().orElseThrow().ner())
                .isEqualTo("LOCATION");
        assertThat(doc.sentenceAt(text.indexOf("She")).index()).isEqualTo(1);
    }

    @Test
    void titleCaseHeadlineDoesNotBecomeOneOrganisation() {
        String text = "Theresa May to Confront Trump Over Huawei's Role\n\n"
                + "British Prime Minister Theresa May will raise the matter with US President Donald Trump, "
                + "officials said. The ban on Huawei worries London.";
        AnnotatedText doc = Annotator.shared().annotate(text);
        Token confront = doc.tokens().stream().filter(t -> t.word().equals("Confront")).findFirst().orElseThrow();
        assertThat(confront.ner()).isEqualTo("O");
        assertThat(doc.tokens().get(0).ner()).isEqualTo("PERSON");
        assertThat(doc.tokens().get(3).word()).isEqualTo("Confront");
        assertThat(doc.tokens().get(5).word()).isEqualTo("Over");
        assertThat(doc.tokens().get(5).ner()).isEqualTo("O");
    }

    @Test
    void paragraphStartsAreLineStarts() {
        AnnotatedText doc = new AnnotatedText("Title\n\nFirst para.\nSecond.", List.of());
        assertThat(doc.paragraphStarts()).containsExactly(0, 7, 19);
    }
}
