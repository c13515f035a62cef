package org.geokg.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import java.util.Map;
import org.geokg.query.CannedQuery;
import org.geokg.query.QueryParam;
import org.geokg.query.QueryRegistry;
import org.junit.jupiter.api.Test;

/** The benchmark's own logic: parameters for every canned query, and percentiles. */
class ScaleBenchmarkTest {
    @Test
    void everyCannedQueryGetsAValueForEachParameterAndBinds() {
        for (CannedQuery q : QueryRegistry.standard().all()) {
            Map<String, String> params = ScaleBenchmark.params(q);
            assertThat(params.keySet()).as(q.name())
                    .containsExactlyInAnyOrderElementsOf(q.params().stream().map(QueryParam::name).toList());
            assertThatCode(() -> q.bind(params)).as(q.name()).doesNotThrowAnyException();
        }
    }

    @Test
    void namesOfActorsComeFromTheGeneratedCorpusAndOtherValuesFromTheExample() {
        Map<String, String> evidence = ScaleBenchmark.params(QueryRegistry.standard().get("evidence"));
        assertThat(evidence).containsEntry("holder", SyntheticCorpus.actorName(0))
                .containsEntry("target", SyntheticCorpus.actorName(1));
        assertThat(ScaleBenchmark.params(QueryRegistry.standard().get("positions-by-kind"))).containsEntry("kind", "SANCTION");
    }

    @Test
    void percentilesAreNearestRank() {
        List<Double> sorted = List.of(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0);
        assertThat(QueryLoad.percentile(sorted, 50)).isEqualTo(5.0);
        assertThat(QueryLoad.percentile(sorted, 95)).isEqualTo(10.0);
        assertThat(QueryLoad.percentile(List.of(3.0), 99)).isEqualTo(3.0);
        assertThat(QueryLoad.percentile(List.of(), 50)).isNaN();
    }
}
