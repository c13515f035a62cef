package org.geokg.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Loading from small fixture folders: ambiguity handling, date precision, error messages. */
class GazetteerFilesTest {
    @Test
    void aliasInTheFilesForTwoCountriesResolvesToNeither() {
        Gazetteer g = Gazetteer.load("/gazetteer-fixture/");
        assertThat(g.country("Twinland")).isEmpty();
        assertThat(g.country("East")).map(Country::iso2).hasValue("AA");
        assertThat(g.country("the Kingdom of Westland")).map(Country::iso2).hasValue("BB");
        assertThat(g.countryByWikidata("Q900011")).map(Country::iso2).hasValue("AA");
    }

    @Test
    void yearOnlyDatesWidenToTheWholeYear() {
        Gazetteer g = Gazetteer.load("/gazetteer-fixture/");
        assertThat(g.officeHolders("Ann Example")).singleElement().satisfies(h -> {
            assertThat(h.start()).isEqualTo(LocalDate.of(1999, 1, 1));
            assertThat(h.end()).isEqualTo(LocalDate.of(2004, 5, 6));
        });
    }

    @Test
    void shortLineIsReportedWithFileAndLine() {
        assertThatThrownBy(() -> Gazetteer.load("/gazetteer-bad/"))
                .isInstanceOf(GazetteerException.class)
                .hasMessage("/gazetteer-bad/countries.tsv:2: expected 10 tab-separated cells, found 5");
    }

    @Test
    void missingFolderIsReported() {
        assertThatThrownBy(() -> Gazetteer.load("/no-such-gazetteer/"))
                .isInstanceOf(GazetteerException.class)
                .hasMessageContaining("/no-such-gazetteer/countries.tsv: gazetteer resource not found");
    }
}
