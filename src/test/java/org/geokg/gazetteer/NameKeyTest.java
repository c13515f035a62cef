package org.geokg.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameKeyTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "U.S.|us", "the U.S.|us", "The  United   States|united states", "Côte d’Ivoire|cote divoire",
            "Guinea-Bissau|guinea bissau", "People's Republic of China|peoples republic of china",
            "Straße|strasse", "ＵＳＡ|usa", "Thessaloniki|thessaloniki", "the|the"})
    void normalises(String name, String key) {
        assertThat(NameKey.of(name)).isEqualTo(key);
    }

    @org.junit.jupiter.api.Test
    void nullAndBlankGiveEmptyKey() {
        assertThat(NameKey.of(null)).isEmpty();
        assertThat(NameKey.of("  ")).isEmpty();
    }
}
