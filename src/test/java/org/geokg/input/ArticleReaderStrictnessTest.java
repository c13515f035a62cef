package org.geokg.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.geokg.bench.SyntheticCorpus;
import org.junit.jupiter.api.Test;

/** What ArticleReader refuses that Jackson alone would take, and what it still accepts. */
class ArticleReaderStrictnessTest {
    private static String valid() throws Exception {
        return new String(ArticleReader.mapper().writeValueAsBytes(new SyntheticCorpus(1, 20).article(0)), StandardCharsets.UTF_8);
    }

    private static void read(String json) {
        ArticleReader.read(json.getBytes(StandardCharsets.UTF_8), "a.json");
    }

    @Test
    void anIntegerIsStillANumber() throws Exception {
        read(valid().replaceFirst("\"confidence\":[0-9.]+", "\"confidence\":1"));
    }

    @Test
    void aNumberIsNotAString() throws Exception {
        assertThatThrownBy(() -> read(valid().replaceFirst("\"title\":\"[^\"]*\"", "\"title\":12")))
                .isInstanceOf(InputException.class).hasMessageContaining("/title");
    }

    @Test
    void datesAreOnlyYearMonthDay() throws Exception {
        for (String d : new String[] {"\"2020-01-01T00:00:00Z\"", "\"\"", "\"+10000-01-01\"", "20200101"}) {
            assertThatThrownBy(() -> read(valid().replaceFirst("\"published\":\"[^\"]*\"", "\"published\":" + d)))
                    .as(d).isInstanceOf(InputException.class).hasMessageContaining("/published");
        }
    }

    @Test
    void deepNestingIsRefusedWithoutOverflowingTheStack() {
        assertThatThrownBy(() -> read("[".repeat(100_000) + "]".repeat(100_000))).isInstanceOf(InputException.class);
        // inside a value Jackson must descend, so the parser's depth limit is what stops it
        assertThatThrownBy(() -> read("{\"id\":\"a\",\"title\":\"t\",\"provenance\":{\"producer\":\"p\",\"version\":"
                + "[".repeat(100_000) + "]".repeat(100_000) + "}}")).isInstanceOf(InputException.class);
    }

    @Test
    void malformedUtf8IsRefused() {
        byte[] overlong = {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC0, (byte) 0xAF, '"', '}'};
        assertThatThrownBy(() -> ArticleReader.read(overlong, "a.json")).isInstanceOf(InputException.class)
                .hasMessageContaining("not UTF-8");
    }
}
