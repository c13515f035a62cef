package org.geokg.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.junit.jupiter.api.io.TempDir;

/** Extracted articles become prediction lines that the scorer reads back and credits. */
class PredictionsTest {
    private static final String TEXT =
            "Paris and Rome rejected the plan. \u201cIt will fail,\u201d she said. Ms. Okafor leads Nordvik.";

    @TempDir
    Path tmp;

    private static Article article() {
        Entity france = new Entity("france", "France", EntityType.Government, List.of("Paris"), "Q142", "FR",
                List.of(), List.of(), List.of(new Span(0, 5, "Paris", 0.9)));
        Entity italy = new Entity("italy", "Italy", EntityType.Government, List.of("Rome"), "Q38", "IT",
                List.of(), List.of(), List.of(new Span(10, 14, "Rome", 0.9)));
        Entity okafor = new Entity("ada-okafor", "Ada Okafor", EntityType.Person, List.of("Ms. Okafor"), null, null,
                List.of(), List.of(), List.of(new Span(60, 70, "Ms. Okafor", 0.8)));
        Entity nordvik = new Entity("nordvik", "Nordvik", EntityType.Company, List.of(), null, null,
                List.of(), List.of(), List.of(new Span(77, 84, "Nordvik", 0.7)));
        Span evidence = new Span(0, 33, TEXT.substring(0, 33));
        Span content = new Span(34, 49, TEXT.substring(34, 49), 0.8);
        // a coalition: two REJECT positions, no attribution; one quoted statement by a pronoun
        Position p1 = new Position("france", null, PositionKind.REJECT, null, "the plan", Polarity.NEGATIVE, null,
                false, null, 0.7, evidence, new Span(15, 23, "rejected"), null, null);
        Position p2 = new Position("italy", null, PositionKind.REJECT, null, "the plan", Polarity.NEGATIVE, null,
                false, null, 0.7, evidence, new Span(15, 23, "rejected"), null, null);
        Position quote = new Position("ada-okafor", "ada-okafor", PositionKind.STATE, null, null, Polarity.NEUTRAL,
                null, true, null, 0.6, new Span(34, 59, TEXT.substring(34, 59)), new Span(54, 58, "said"),
                new Span(50, 53, "she", 0.6), content);
        Position sameQuote = new Position("nordvik", "ada-okafor", PositionKind.STATE, null, null, Polarity.NEUTRAL,
                null, true, null, 0.5, quote.evidence(), quote.cue(), quote.source(), content);
        return new Article("a1", null, "t", null, null, "en", TEXT, new Provenance("geokg-extractor", "test"),
                List.of(france, italy, okafor, nordvik), List.of(p1, p2, quote, sameQuote));
    }

    @Test
    void oneAttributionPerContentSpanNamedByTheMostConfidentPosition() {
        List<Predictions.AttributionLine> lines = Predictions.attributions("d", article());
        assertThat(lines).hasSize(1);
        Predictions.AttributionLine a = lines.get(0);
        assertThat(a.doc()).isEqualTo("d");
        assertThat(a.content().start()).isEqualTo(34);
        assertThat(a.direct()).isTrue();
        assertThat(a.source().text()).isEqualTo("she");
        assertThat(a.source().entity()).isEqualTo("Ada Okafor");
        assertThat(a.source().aliases()).containsExactly("Ms. Okafor");
    }

    @Test
    void mentionsCarryTheClassOfWhatTheyNameInTextOrder() {
        Predictions.MentionLine m = Predictions.mentions("d", article());
        assertThat(m.mentions()).extracting(Predictions.Mention::text)
                .containsExactly("Paris", "Rome", "Ms. Okafor", "Nordvik");
        assertThat(m.mentions()).extracting(Predictions.Mention::type)
                // capitals that act are governments in the model, but their names name places
                .containsExactly("Country", "Country", "Person", "Company");
    }

    @Test
    void onePhraseNamesAnEntityOnceThoughTwoMentionsOverlapThere() {
        String text = "The Nordvik board met. Nordvik said so.";
        Entity nordvik = new Entity("nordvik", "Nordvik", EntityType.Company, List.of(), null, null, List.of(),
                List.of(), List.of(new Span(0, 11, "The Nordvik", 0.7), new Span(4, 11, "Nordvik", 0.7),
                        new Span(23, 30, "Nordvik", 0.7)));
        Article a = new Article("a2", null, "t", null, null, "en", text, new Provenance("geokg-extractor", "test"),
                List.of(nordvik), List.of());
        assertThat(Predictions.mentions("d", a).mentions()).extracting(Predictions.Mention::text)
                .containsExactly("The Nordvik", "Nordvik");
    }

    @Test
    void positionsUseCanonicalNamesAndListEveryEntity() {
        Predictions.PositionLine p = Predictions.positions("d", article());
        assertThat(p.positions()).extracting(Predictions.PositionOut::holder)
                .containsExactly("France", "Italy", "Ada Okafor", "Nordvik");
        assertThat(p.positions().get(0).kind()).isEqualTo("REJECT");
        assertThat(p.positions().get(0).polarity()).isEqualTo("negative");
        assertThat(p.positions().get(3).speaker()).isEqualTo("Ada Okafor");
        assertThat(p.entities()).extracting(Predictions.EntityOut::wikidata).containsExactly("Q142", "Q38", null, null);
    }

    @Test
    void writtenPredictionsAreScoredAgainstGold() throws IOException {
        Path gold = Files.writeString(tmp.resolve("gold.jsonl"), String.join("\n",
                "{\"doc\":\"d\",\"source\":{\"start\":50,\"end\":53,\"text\":\"she\"},\"cue\":null,"
                        + "\"content\":{\"start\":34,\"end\":49,\"text\":\"x\"},\"direct\":true}",
                "{\"doc\":\"d\",\"source\":{\"start\":0,\"end\":14,\"text\":\"Paris and Rome\"},\"cue\":null,"
                        + "\"content\":{\"start\":24,\"end\":32,\"text\":\"the plan\"},\"direct\":false}"),
                StandardCharsets.UTF_8);
        Path pred = PredictionFiles.write(tmp.resolve("out/attributions.jsonl"), Predictions.attributions("d", article()));
        Scores s = Scorer.score(Task.ATTRIBUTIONS, gold, pred);
        assertThat(s.table("Attributions: end-to-end").row("all attributions"))
                .isEqualTo(new ScoreRow.Counts("all attributions", 2, 1, 1, 1));

        Path posGold = Files.writeString(tmp.resolve("pgold.jsonl"), "{\"doc\":\"d\",\"positions\":["
                + "{\"holder\":\"Rome\",\"kind\":\"REJECT\",\"polarity\":\"negative\"},"
                + "{\"holder\":\"France\",\"kind\":\"REJECT\",\"polarity\":\"negative\"}],\"entities\":[]}",
                StandardCharsets.UTF_8);
        Path posPred = PredictionFiles.write(tmp.resolve("out/positions.jsonl"), List.of(Predictions.positions("d", article())));
        assertThat(Scorer.score(Task.POSITIONS, posGold, posPred).table("Positions: holder").row("REJECT"))
                .isEqualTo(new ScoreRow.Counts("REJECT", 2, 2, 2, 2));
    }
}
