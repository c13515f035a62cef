package org.geokg.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CoreNlpQuoteBaselineTest {

    @Test
    void publishersTakeTurnsSoThatAPartialRunSamplesEachOfThem() {
        List<String> docs = List.of("nyt_1", "nyt_2", "nyt_3", "politico_1", "breitbart_1", "breitbart_2");
        assertThat(CoreNlpQuoteBaseline.publishersInTurn(docs))
                .containsExactly("breitbart_1", "nyt_1", "politico_1", "breitbart_2", "nyt_2", "nyt_3");
    }
}
