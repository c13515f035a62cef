package org.geokg.extract.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.geokg.model.EntityType;
import org.geokg.model.Span;
import org.junit.jupiter.api.Test;

class ActorIndexTest {
    // "Mike Pompeo met Huawei. He said the company lied. Sarah Lee agreed; she left. They did too."
    private final Actor pompeo = actor("mike-pompeo", EntityType.Person, new Span(0, 11, "Mike Pompeo"));
    private final Actor huawei = actor("huawei", EntityType.Company, new Span(16, 22, "Huawei"));
    private final Actor lee = actor("sarah-lee", EntityType.Person, new Span(51, 60, "Sarah Lee"));
    private final ActorIndex index = new ActorIndex(List.of(pompeo, huawei, lee),
            Map.of("mike-pompeo", ActorIndex.Gender.MALE, "sarah-lee", ActorIndex.Gender.FEMALE));

    private static Actor actor(String id, EntityType type, Span... mentions) {
        return new Actor(id, id, type, null, null, List.of(), List.of(mentions), List.of(), List.of());
    }

    @Test
    void findsActorsByPositionAndRange() {
        assertThat(index.at(5, 8)).contains(pompeo);
        assertThat(index.at(12, 15)).isEmpty();
        assertThat(index.within(0, 50)).containsExactly(pompeo, huawei);
        assertThat(index.byId("huawei")).contains(huawei);
    }

    @Test
    void resolvesPronounsToTheLatestCompatibleActor() {
        assertThat(index.resolvePronoun("He", 24)).contains(pompeo);
        assertThat(index.resolvePronoun("the company", 40)).contains(huawei);
        assertThat(index.resolvePronoun("she", 70)).contains(lee);
        assertThat(index.resolvePronoun("he", 70)).contains(pompeo);
        assertThat(index.resolvePronoun("it", 70)).contains(huawei);
        assertThat(index.resolvePronoun("he", 0)).isEmpty();
    }
}
