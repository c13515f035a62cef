package org.geokg.eval;

import static org.assertj.core.api.Assertions.assertThat;

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

/** Predicted entities go by the article's names for them, and only named actors hold positions. */
class EntityAliasesTest {
    private static final String TEXT = "Envoy Lars Berg said no. He said it again. Critics said yes.";

    private static Entity berg() {
        return new Entity("lars-berg", "Lars Berg", EntityType.Person, List.of(), null, null, List.of(), List.of(),
                List.of(new Span(0, 15, "Envoy Lars Berg"), new Span(6, 15, "Lars Berg"), new Span(25, 27, "He")));
    }

    private static Entity critics() {
        return new Entity("critics", "Critics", EntityType.Organization, List.of("Critics"), null, null, List.of(),
                List.of(), List.of(new Span(43, 50, "Critics")));
    }

    private static Entity crowd() {
        return new Entity("the-crowd", "the crowd", EntityType.Organization, List.of("the crowd"), null, null,
                List.of(), List.of(), List.of(new Span(0, 9, "the crowd")));
    }

    @Test
    void mentionWordingBecomesAnAliasButPronounsDoNot() {
        assertThat(EntityAliases.of(berg(), TEXT)).containsExactly("Envoy Lars Berg");
    }

    @Test
    void aStatementGivesWayToAMoreSpecificKindOfTheSameHolderButStaysAnAttribution() {
        String text = "Lars Berg said he backs the plan.";
        Span evidence = new Span(0, 33, text);
        Span content = new Span(15, 32, text.substring(15, 32), 0.8);
        Position state = new Position("lars-berg", null, PositionKind.STATE, null, null, Polarity.NEUTRAL, null,
                false, null, 0.7, evidence, new Span(10, 14, "said"), new Span(0, 9, "Lars Berg"), content);
        Position support = new Position("lars-berg", null, PositionKind.SUPPORT, null, "the plan", Polarity.POSITIVE,
                null, false, null, 0.6, evidence, new Span(18, 23, "backs"), null, null);
        Entity berg = new Entity("lars-berg", "Lars Berg", EntityType.Person, List.of(), null, null, List.of(),
                List.of(), List.of(new Span(0, 9, "Lars Berg")));
        Article a = new Article("a", null, "t", null, null, "en", text, new Provenance("geokg-extractor", "test"),
                List.of(berg), List.of(state, support));

        assertThat(Predictions.positions("d", a).positions()).extracting(Predictions.PositionOut::kind)
                .containsExactly("SUPPORT");
        assertThat(Predictions.attributions("d", a)).hasSize(1);
    }

    @Test
    void aPersonAlsoGoesByTheTitleBeforeTheName() {
        String text = "Talks ended, and former trade envoy Mara Lind said so.";
        assertThat(EntityAliases.titled(text, 36, "Mara Lind"))
                .containsExactly("envoy Mara Lind", "trade envoy Mara Lind", "former trade envoy Mara Lind");
        assertThat(EntityAliases.titled("Mara Lind spoke.", 0, "Mara Lind")).isEmpty();
        assertThat(EntityAliases.titled("It ended. Mara Lind spoke.", 10, "Mara Lind")).isEmpty();
    }

    @Test
    void aDescriptionIsNoNamedActor() {
        assertThat(EntityAliases.isNamed(berg())).isTrue();
        assertThat(EntityAliases.isNamed(critics())).isTrue();
        assertThat(EntityAliases.isNamed(crowd())).isFalse();
    }

    @Test
    void aCapitalThatOnlyOpensTheSentenceOrAQuantifierMakesNoName() {
        String text = "Talks ended. Energy analysts said prices rise. Then Lind aides said so. Many Nordic states agreed.";
        Entity analysts = new Entity("energy-analysts", "Energy analysts", EntityType.Organization,
                List.of("Energy analysts"), null, null, List.of(), List.of(), List.of(new Span(13, 28, "Energy analysts")));
        Entity aides = new Entity("lind-aides", "Lind aides", EntityType.Organization, List.of("Lind aides"), null,
                null, List.of(), List.of(), List.of(new Span(52, 62, "Lind aides")));
        Entity nordic = new Entity("nordic-states", "Many Nordic states", EntityType.Organization,
                List.of("Many Nordic states"), null, null, List.of(), List.of(), List.of(new Span(72, 90, "Many Nordic states")));

        assertThat(EntityAliases.isNamed(analysts)).isTrue();
        assertThat(EntityAliases.isNamed(analysts, text)).isFalse();
        assertThat(EntityAliases.isNamed(aides, text)).isTrue();
        assertThat(EntityAliases.isNamed(nordic, text)).isFalse();
        assertThat(EntityAliases.isNamed(critics(), TEXT)).isTrue();
    }

    @Test
    void positionsOfADescriptionAreLeftOutButTheirAttributionStays() {
        Span content = new Span(0, 24, TEXT.substring(0, 24), 0.8);
        Position byBerg = new Position("lars-berg", null, PositionKind.STATE, null, null, Polarity.NEUTRAL, null,
                false, null, 0.7, new Span(0, 24, TEXT.substring(0, 24)), new Span(16, 20, "said"),
                new Span(0, 15, "Envoy Lars Berg"), content);
        Span crowdContent = new Span(51, 59, TEXT.substring(51, 59), 0.8);
        Position byCrowd = new Position("the-crowd", null, PositionKind.STATE, null, null, Polarity.NEUTRAL, null,
                false, null, 0.5, new Span(43, 60, TEXT.substring(43, 60)), new Span(51, 55, "said"),
                new Span(43, 50, "Critics"), crowdContent);
        Article a = new Article("a", null, "t", null, null, "en", TEXT, new Provenance("geokg-extractor", "test"),
                List.of(berg(), crowd()), List.of(byBerg, byCrowd));

        Predictions.PositionLine line = Predictions.positions("d", a);

        assertThat(line.positions()).extracting(Predictions.PositionOut::holder).containsExactly("Lars Berg");
        assertThat(line.entities()).filteredOn(e -> e.name().equals("Lars Berg"))
                .flatExtracting(Predictions.EntityOut::aliases).containsExactly("Envoy Lars Berg");
        assertThat(Predictions.attributions("d", a)).hasSize(2);
    }
}
