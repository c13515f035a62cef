package org.geokg.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import java.util.Map;
import org.geokg.model.Article;
import org.geokg.model.EntityType;
import org.geokg.model.Position;
import org.geokg.query.CannedQuery;
import org.geokg.query.QueryParam;
import org.geokg.query.QueryRegistry;
import org.junit.jupiter.api.Test;

/** The benchmark's own logic: parameters for every canned query, whom they ask about, and percentiles. */
class ScaleBenchmarkTest {
    private static final SyntheticCorpus CORPUS = new SyntheticCorpus(42, CorpusWriter.ACTORS);
    private static final List<QuerySubjects.Subject> SUBJECTS = QuerySubjects.of(CORPUS, 200);

    @Test
    void everyCannedQueryGetsAValueForEachRequiredParameterAndBinds() {
        for (QuerySubjects.Subject subject : SUBJECTS) {
            for (CannedQuery q : QueryRegistry.standard().all()) {
                Map<String, String> params = ScaleBenchmark.params(q, subject);
                assertThat(params.keySet()).as(q.name())
                        .containsAll(q.params().stream().filter(QueryParam::required).map(QueryParam::name).toList());
                assertThat(q.params().stream().map(QueryParam::name).toList()).as(q.name()).containsAll(params.keySet());
                assertThatCode(() -> q.bind(params)).as(q.name()).doesNotThrowAnyException();
            }
        }
    }

    @Test
    void namesOfActorsComeFromTheSubjectAndOtherValuesFromTheExample() {
        QuerySubjects.Subject top = SUBJECTS.get(1);
        assertThat(top.label()).isEqualTo("top");
        Map<String, String> evidence = ScaleBenchmark.params(QueryRegistry.standard().get("evidence"), top);
        assertThat(evidence).containsEntry("holder", SyntheticCorpus.actorName(0))
                .containsEntry("target", SyntheticCorpus.actorName(1));
        QuerySubjects.Subject median = SUBJECTS.get(0);
        assertThat(ScaleBenchmark.params(QueryRegistry.standard().get("who-opposes"), median))
                .containsEntry("target", median.target());
        assertThat(ScaleBenchmark.params(QueryRegistry.standard().get("timeline"), median))
                .containsEntry("holder", median.actor()).containsEntry("target", median.pairTarget());
        assertThat(ScaleBenchmark.params(QueryRegistry.standard().get("positions-by-kind"), median))
                .containsEntry("kind", "SANCTION");
    }

    @Test
    void theMedianActorIsTheMiddleOfTheHoldersByPositionsAndHoldsPositionsTowardItsPairTarget() {
        QuerySubjects.Subject median = SUBJECTS.get(0);
        QuerySubjects.Subject top = SUBJECTS.get(1);
        int[] counts = new int[CorpusWriter.ACTORS];
        boolean[] holds = new boolean[CorpusWriter.ACTORS];
        int towardPair = 0;
        for (int i = 0; i < 200; i++) {
            Article a = CORPUS.article(i);
            for (Position p : a.positions()) {
                counts[SyntheticCorpus.actorIndex(p.holder())]++;
                holds[SyntheticCorpus.actorIndex(p.holder())] = true;
                counts[SyntheticCorpus.actorIndex(p.target())]++;
                if (name(p.holder()).equals(median.actor()) && name(p.target()).equals(median.pairTarget())) {
                    towardPair++;
                }
            }
        }
        int named = 0;
        int more = 0;
        int less = 0;
        for (int k = 0; k < counts.length; k++) {
            int c = counts[k];
            if (holds[k]) {
                named++;
                more += c > median.positions() ? 1 : 0;
                less += c < median.positions() ? 1 : 0;
            }
        }
        // the middle of the ranking: no more than half the holders on either side
        assertThat(more).isLessThanOrEqualTo(named / 2);
        assertThat(less).isLessThanOrEqualTo(named / 2);
        assertThat(median.positions()).isPositive().isLessThan(top.positions());
        assertThat(towardPair).isPositive();
        assertThat(top.positions()).isEqualTo(counts[0]);
        assertThat(SyntheticCorpus.actorType(index(median.person()))).isEqualTo(EntityType.Person);
        // the same corpus and size give the same subjects
        assertThat(QuerySubjects.of(new SyntheticCorpus(42, CorpusWriter.ACTORS), 200)).isEqualTo(SUBJECTS);
    }

    private static String name(String entityId) {
        return SyntheticCorpus.actorName(SyntheticCorpus.actorIndex(entityId));
    }

    private static int index(String actorName) {
        for (int k = 0; k < CorpusWriter.ACTORS; k++) {
            if (SyntheticCorpus.actorName(k).equals(actorName)) {
                return k;
            }
        }
        throw new AssertionError("no actor named " + actorName);
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
