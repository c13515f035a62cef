package org.geokg.extract.position;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;






import org.geokg.model.Position;
import org.geokg.model.PositionKind;
import org.junit.jupiter.api.Test;

/** An official saying what their country will do voices the government's position. */
class GovernmentVoiceTest {


    private static PositionRun run(String text) {
        return PositionRun.of(text);
    }

    @Test
    void theCountryAsSubjectIsTheGovernment() {
        PositionRun r = run("Norwegian Prime Minister Karl Lund said on Monday that the country would break with the European Union.");
        assertThat(r.positions()).filteredOn(p -> p.kind() == PositionKind.REJECT)
                .extracting(p -> r.name(p.holder()), p -> r.name(p.speaker()), p -> r.name(p.target()))
                .containsExactly(tuple("Norway", "Karl Lund", "European Union"));
    }

    @Test
    void itWithAnIntentionIsTheGovernmentButNotOtherwise() {
        PositionRun r = run("Norwegian Prime Minister Karl Lund said that it would withdraw from the treaty.");
        assertThat(r.positions()).extracting(p -> r.name(p.holder())).containsExactly("Norway");
        PositionRun own = run("Norwegian Prime Minister Karl Lund said that it was wrong to reject the treaty.");
        assertThat(own.positions()).extracting(p -> own.name(p.holder())).doesNotContain("Norway");
    }
}
