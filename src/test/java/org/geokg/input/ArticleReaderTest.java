package org.geokg.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.geokg.model.Article;
import org.geokg.model.EntityType;
import org.geokg.model.Modality;
import org.geokg.model.Polarity;
import org.geokg.model.PositionKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleReaderTest {

    static Path fixture(String name) {
        try {
            return Path.of(ArticleReaderTest.class.getResource("/input/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void readsAValidArticleIntoRecords() {
        Article a = ArticleReader.read(fixture("good-minimal.json"));

        assertThat(a.id()).isEqualTo("test-minimal");
        assertThat(a.language()).isEqualTo("en");
        assertThat(a.provenance().isCurated()).isTrue();
        assertThat(a.entities()).extracting(e -> e.type())
                .containsExactly(EntityType.Government, EntityType.Company, EntityType.Person);
        assertThat(a.entity("minister").roles()).singleElement()
                .satisfies(r -> assertThat(r.organization()).isEqualTo("ruritania"));
        assertThat(a.positions()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(PositionKind.SANCTION);
            assertThat(p.polarity()).isEqualTo(Polarity.NEGATIVE);
            assertThat(p.modality()).isEqualTo(Modality.ASSERTED);
            assertThat(p.cue().text()).isEqualTo("banned");
        });
    }

    @Test
    void writingAndReadingBackGivesTheSameArticle() throws Exception {
        Article a = ArticleReader.read(fixture("good-minimal.json"));
        byte[] json = ArticleReader.mapper().writeValueAsBytes(a);
        assertThat(ArticleReader.read(json, "round-trip")).isEqualTo(a);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            bad-syntax.json             |                               |      | not valid JSON
            bad-unknown-field.json      | /author                       | :5: | unknown field "author"
            bad-missing-field.json      | /entities/1/name              | :10: | missing required field "name"
            bad-unknown-kind.json       | /positions/0/kind             | :15: | unknown kind "EMBARGO"; expected one of STATE, SUPPORT
            bad-date.json               | /published                    | :5: | bad date "2024-02-30"
            bad-dangling-reference.json | /positions/0/target           | :15: | unknown entity "cheese-corp"
            bad-duplicate-id.json       | /entities/2/id                | :11: | duplicate entity id "ruritania"
            bad-span-text.json          | /positions/0/cue/text         | :18: | does not match the article text at 10-16, which reads "banned"
            bad-wrong-type.json         | /positions/0/cue/start        | :18: | expected an integer
            bad-empty.json              |                               |      | the file is empty
            bad-not-object.json         |                               | :1:  | expected
            bad-null-required.json      | /entities/1                   | :10: | "name" is required and must not be null
            bad-coerced-number.json     | /positions/0/cue/start        | :18: | expected an integer
            bad-unknown-type.json       | /entities/1/type              | :10: | unknown entity type "Corporation"
            """)
    void badInputNamesFilePointerLocationAndProblem(String file, String pointer, String location, String problem) {
        Path path = fixture(file);
        assertThatThrownBy(() -> ArticleReader.read(path))
                .isInstanceOf(InputException.class)
                .satisfies(e -> {
                    InputException ie = (InputException) e;
                    assertThat(ie.file()).isEqualTo(path.toString());
                    assertThat(ie.pointer()).isEqualTo(pointer == null ? "" : pointer);
                    assertThat(ie.getMessage()).startsWith(path.toString()).contains(problem);
                    if (location != null) {
                        assertThat(ie.getMessage()).contains(location);
                    }
                });
    }
}
