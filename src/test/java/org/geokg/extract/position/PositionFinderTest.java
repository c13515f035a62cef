package org.geokg.extract.position;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.geokg.extract.actor.ActorFinder;
import org.geokg.extract.actor.ActorIndex;
import org.geokg.extract.actor.GazetteerLexicon;
import org.geokg.extract.attribution.AttributionFinder;
import org.geokg.extract.text.AnnotatedText;
import org.geokg.extract.text.Annotator;
import org.geokg.model.Modality;
import org.geokg.model.Polarity;
import org.geokg.model.Position;
import org.geokg.model.PositionKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PositionFinderTest {
    private static final ActorFinder ACTORS = new ActorFinder(GazetteerLexicon.standard());

    private record Run(ActorIndex actors, List<Position> positions) {
        String name(String id) {
            return id == null ? null : actors.byId(id).orElseThrow().name();
        }

        Position only(PositionKind kind) {
            List<Position> of = positions.stream().filter(p -> p.kind() == kind).toList();
            assertThat(of).as("positions of kind %s in %s", kind, positions).hasSize(1);
            return of.get(0);
        }
    }

    private static Run run(String text) {
        AnnotatedText doc = Annotator.shared().annotate(text);
        ActorIndex actors = ACTORS.find(doc);
        return new Run(actors, new PositionFinder().find(doc, actors, new AttributionFinder().find(doc, actors)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Germany urged France to reduce its coal imports.|REQUEST",
        "Germany offered France a new gas contract.|OFFER",
        "Germany denied the report about its gas deal.|DENY",
        "Germany accused France of breaking the deal.|ACCUSE",
        "Germany criticised France over the gas deal.|OPPOSE",
        "Germany welcomed France into the gas pact.|SUPPORT",
        "Germany banned French gas imports last week.|SANCTION",
        "Germany approved the French gas pipeline.|ALLOW",
        "Germany rejected the French gas proposal.|REJECT",
        "Germany threatened France with new tariffs.|THREATEN",
        "Germany held talks with France on Monday.|CONSULT",
        "Germany signed a gas treaty with France.|AGREE",
    })
    void eachKindHasItsCue(String text, PositionKind kind) {
        Run r = run(text);
        Position p = r.only(kind);
        assertThat(r.name(p.holder())).isEqualTo("Germany");
        assertThat(p.evidence().text()).contains("Germany");
    }

    @Test
    void aCoordinationOfCountriesGivesOnePositionPerCountry() {
        Run r = run("Australia, Japan and New Zealand barred Huawei from their networks.");
        assertThat(r.positions()).filteredOn(p -> p.kind() == PositionKind.SANCTION)
                .extracting(p -> r.name(p.holder()), p -> r.name(p.target()), Position::polarity)
                .containsExactlyInAnyOrder(
                        tuple("Australia", "Huawei", Polarity.NEGATIVE),
                        tuple("Japan", "Huawei", Polarity.NEGATIVE),
                        tuple("New Zealand", "Huawei", Polarity.NEGATIVE));
    }

    @Test
    void expectedAndUndecidedAndIntendedModalities() {
        assertThat(run("Germany is expected to ban Huawei from its network.").only(PositionKind.SANCTION).modality())
                .isEqualTo(Modality.EXPECTED);
        assertThat(run("Germany has not decided whether to allow Huawei into its network.").only(PositionKind.ALLOW)
                .modality()).isEqualTo(Modality.UNDECIDED);
        assertThat(run("Huawei is willing to sign a treaty with Germany.").only(PositionKind.OFFER).modality())
                .isEqualTo(Modality.INTENDED);
        assertThat(run("Germany will ban Huawei from its network.").only(PositionKind.SANCTION).modality())
                .isEqualTo(Modality.INTENDED);
    }

    @Test
    void aQuotationGivesAStatePositionOfItsSpeakerMarkedAsQuote() {
        Run r = run("\"The weather this winter has been very cold,\" Chancellor Olaf Scholz said.");
        Position p = r.only(PositionKind.STATE);
        assertThat(r.name(p.holder())).isEqualTo("Olaf Scholz");
        assertThat(p.quote()).isTrue();
        assertThat(p.content().text()).startsWith("\"The weather");
        assertThat(p.confidence()).isBetween(0.0, 1.0);
    }

    @Test
    void aReportingCueOfAKindGivesThatKind() {
        Run r = run("Angela Merkel urged Russia to withdraw its troops.");
        Position p = r.only(PositionKind.REQUEST);
        assertThat(r.name(p.holder())).isEqualTo("Angela Merkel");
        assertThat(r.name(p.target())).isEqualTo("Russia");
    }

    @Test
    void aNegatedActIsNoPosition() {
        assertThat(run("Germany did not ban Huawei.").positions())
                .noneMatch(p -> p.kind() == PositionKind.SANCTION);
    }
}
