package org.geokg.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.geokg.model.Article;
import org.geokg.model.Entity;
import org.geokg.model.EntityType;
import org.geokg.model.Polarity;
import org.geokg.model.Position;
import org.geokg.model.PositionKind;
import org.geokg.model.Provenance;
import org.geokg.model.Span;
import org.junit.jupiter.api.Test;

/** One act read twice on overlapping evidence is scored once, with its target when one reading has it. */
class RepeatedPositionsTest {
    private static final String TEXT = "Oslo said it would leave the bloc and quit the pact. Oslo left.";

    private static Entity entity(String id, String name, EntityType type, int start, int end) {
        return new Entity(id, name, type, List.of(), null, null, List.of(), List.of(),
                List.of(new Span(start, end, TEXT.substring(start, end))));
    }

    private static Position reject(String target, int start, int end) {
        return new Position("norway", null, PositionKind.REJECT, target, null, Polarity.NEGATIVE, null, false, null,
                0.6, new Span(start, end, TEXT.substring(start, end)), null, null, null);
    }

    @Test
    void aReadingWithoutTargetGivesWayAndSeparateActsStay() {
        Entity norway = entity("norway", "Norway", EntityType.Government, 0, 4);
        Entity bloc = entity("bloc", "Bloc", EntityType.InternationalOrganization, 29, 33);
        List<Position> positions = List.of(reject(null, 0, 51), reject("bloc", 0, 33), reject(null, 0, 33),
                reject(null, 52, 62));
        Article a = new Article("a", null, "t", null, null, "en", TEXT, new Provenance("geokg-extractor", "test"),
                List.of(norway, bloc), positions);

        assertThat(Predictions.positions("d", a).positions())
                .extracting(Predictions.PositionOut::target, p -> p.evidence().start())
                .containsExactly(tuple("Bloc", 0), tuple(null, 52));
    }
}
