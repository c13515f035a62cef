package org.geokg.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameIndexTest {
    @Test
    void aliasOfTwoValuesResolvesToNeither() {
        NameIndex<String> index = new NameIndex<>();
        index.put("Korea", "KP", NameIndex.ALIAS);
        index.put("Korea", "KR", NameIndex.ALIAS);
        index.put("Korea", "KP", NameIndex.ALIAS);
        assertThat(index.get("korea")).isEmpty();
        assertThat(index.isAmbiguous("KOREA")).isTrue();
    }

    @Test
    void ownNameBeatsAnotherValuesAlias() {
        NameIndex<String> index = new NameIndex<>();
        index.put("Ministry of Defence", "RU-MoD", NameIndex.ALIAS);
        index.put("Ministry of Defence", "GB-MoD", NameIndex.NAME);
        index.put("Ministry of Defence", "DE-MoD", NameIndex.ALIAS);
        assertThat(index.get("the ministry of defence")).hasValue("GB-MoD");
    }

    @Test
    void sameValueTwiceIsNotAmbiguous() {
        NameIndex<String> index = new NameIndex<>();
        index.put("U.S.", "US", NameIndex.ALIAS);
        index.put("US", "US", NameIndex.ALIAS);
        assertThat(index.get("us")).hasValue("US");
        assertThat(index.isAmbiguous("us")).isFalse();
    }
}
