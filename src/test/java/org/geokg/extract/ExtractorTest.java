package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.geokg.model.Article;
import org.geokg.model.Entity;
import org.geokg.model.EntityType;
import org.geokg.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractorTest {
    private static final String TEXT = "Norway Rejects Chile's Port Offer\n\n"
            + "Norwegian Trade Minister Kari Nordmann said on Tuesday that the offer was too small. "
            + "Nordmann added that Oslo would wait for the shipping company Maersk to decide.";

    @TempDir
    Path tmp;

    @Test
    void extractsEntitiesWithMentionsThatQuoteTheText() {
        Article a = Extractor.create().extract(new RawArticle("port", "Norway Rejects Chile's Port Offer", null, null,
                null, null, TEXT));
        assertThat(a.provenance().producer()).isEqualTo(Extractor.NAME);
        assertThat(a.provenance().version()).isNotBlank();
        assertThat(a.text()).isEqualTo(TEXT);
        for (Entity e : a.entities()) {
            for (Span m : e.mentions()) {
                assertThat(TEXT.substring(m.start(), m.end())).isEqualTo(m.text());
                assertThat(m.confidence()).isBetween(0.0, 1.0);
            }
        }
        Entity person = a.entity("kari-nordmann");
        assertThat(person).isNotNull();
        assertThat(person.mentions()).extracting(Span::text).containsExactly("Kari Nordmann", "Nordmann");
        assertThat(person.roles()).singleElement().satisfies(r -> {
            assertThat(r.title()).isEqualTo("Trade Minister");
            assertThat(a.entity(r.organization()).type()).isEqualTo(EntityType.Government);
            assertThat(a.entity(r.organization()).country()).isEqualTo("NO");
        });
        Entity norway = a.entity("norway");
        assertThat(norway.type()).isEqualTo(EntityType.Government);
        assertThat(norway.mentions()).extracting(Span::text).contains("Norway", "Oslo");
        assertThat(a.entity("maersk").type()).isEqualTo(EntityType.Company);
    }

    @Test
    void batchReportsEveryFileAndKeepsGoingPastBadOnes() throws IOException {
        Path good = Files.writeString(tmp.resolve("good.txt"), TEXT);
        Path bad = Files.writeString(tmp.resolve("bad.txt"), "   \n");
        List<String> seen = new ArrayList<>();
        List<BatchExtractor.Result> rs = new BatchExtractor(Extractor.create(), 2)
                .run(List.of(good, bad), (done, total, r) -> seen.add(done + "/" + total));
        assertThat(seen).containsExactlyInAnyOrder("1/2", "2/2");
        assertThat(rs.get(0).ok()).isTrue();
        assertThat(rs.get(0).article().id()).isEqualTo("good");
        assertThat(rs.get(1).ok()).isFalse();
        assertThat(rs.get(1).error()).hasMessageContaining("bad.txt: empty");
    }
}
