package org.geokg.extract.actor;

import static org.assertj.core.api.Assertions.assertThat;

import org.geokg.extract.text.Annotator;
import org.geokg.model.Span;
import org.junit.jupiter.api.Test;

/** Products and vehicles are named in the text but are not actors. */
class ProductsTest {
    private static final ActorFinder FINDER = new ActorFinder(GazetteerLexicon.standard());

    @Test
    void vehiclesAndVersionedProductsAreNoActors() {
        String text = "Orbix Labs said the Space Shuttle Halcyon will go to a museum. Halcyon flew 20 missions. "
                + "Users of Quarro7 were told to upgrade to the newer versions of Quarro Navigator.";
        ActorIndex index = FINDER.find(Annotator.shared().annotate(text));
        assertThat(index.actors()).flatExtracting(Actor::mentions).extracting(Span::text)
                .noneMatch(t -> t.contains("Halcyon") || t.contains("Quarro"));
        assertThat(index.actors()).extracting(Actor::name).contains("Orbix Labs");
    }
}
