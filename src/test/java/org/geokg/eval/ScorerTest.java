package org.geokg.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scorer on tiny gold and prediction files written here, with figures worked out by hand. */
class ScorerTest {
    @TempDir
    Path tmp;

    @Test
    void attributionsCountContentSourceAndEndToEndSeparately() throws IOException {
        Path gold = file("g.jsonl",
                "{\"doc\":\"d\",\"id\":\"E1\",\"source\":{\"start\":0,\"end\":5,\"text\":\"Trump\"},"
                        + "\"content\":{\"start\":10,\"end\":50,\"text\":\"\u201cwe will win\u201d\"},\"direct\":true}",
                "{\"doc\":\"d\",\"id\":\"E2\",\"source\":{\"start\":55,\"end\":57,\"text\":\"he\"},"
                        + "\"content\":{\"start\":60,\"end\":100,\"text\":\"that taxes would fall\"},\"direct\":false}",
                "{\"doc\":\"d\",\"id\":\"E3\",\"source\":null,\"content\":{\"start\":120,\"end\":140,\"text\":\"x\"},"
                        + "\"direct\":false}");
        Path pred = file("p.jsonl",
                // named by entity only: right; direct left to the quote-mark rule
                "{\"doc\":\"d\",\"source\":{\"entity\":\"Donald Trump\"},\"content\":{\"start\":12,\"end\":48,"
                        + "\"text\":\"\u201cwe will\"}}",
                // wrong pronoun source
                "{\"doc\":\"d\",\"source\":{\"start\":200,\"end\":203,\"text\":\"she\"},\"content\":{\"start\":70,\"end\":100}}",
                // a source where the gold has none: content found, end-to-end wrong
                "{\"doc\":\"d\",\"source\":{\"text\":\"officials\"},\"content\":{\"start\":120,\"end\":140}}",
                "{\"doc\":\"d\",\"content\":{\"start\":300,\"end\":320}}",
                "{\"doc\":\"other\",\"content\":{\"start\":0,\"end\":5}}",
                "{\"doc\":\"d\",\"source\":{\"text\":\"he\"}}");
        Scores s = Scorer.score(Task.ATTRIBUTIONS, gold, pred);

        ScoreRow.Counts content = (ScoreRow.Counts) s.table("Attributions: content").row("all attributions");
        assertThat(content).isEqualTo(new ScoreRow.Counts("all attributions", 3, 4, 3, 3));
        assertThat(content.prf().precision()).isEqualTo(0.75);
        ScoreRow.Counts direct = (ScoreRow.Counts) s.table("Attributions: content").row("direct quotes");
        assertThat(direct).isEqualTo(new ScoreRow.Counts("direct quotes", 1, 1, 1, 1));
        assertThat(s.table("Attributions: source").row("  all, non-pronoun source"))
                .isEqualTo(new ScoreRow.Accuracy("  all, non-pronoun source", 1, 1));
        assertThat(s.table("Attributions: source").row("  all, pronoun source"))
                .isEqualTo(new ScoreRow.Accuracy("  all, pronoun source", 1, 0));
        ScoreRow.Counts e2e = (ScoreRow.Counts) s.table("Attributions: end-to-end").row("all attributions");
        assertThat(e2e).isEqualTo(new ScoreRow.Counts("all attributions", 3, 4, 1, 1));
        assertThat(e2e.prf().f1()).isCloseTo(2 * 0.25 / 3 / (0.25 + 1.0 / 3), org.assertj.core.data.Offset.offset(1e-12));
        assertThat(s.notes()).containsExactly("1 predicted document(s) not in the gold file were ignored",
                "1 predicted attribution(s) without a content span were ignored");
    }

    @Test
    void contentsMatchWhenTheyOverlapByHalfTheShorterOneAndTheBestIouWins() throws IOException {
        Path gold = file("g.jsonl", "{\"doc\":\"d\",\"content\":{\"start\":0,\"end\":10,\"text\":\"a\"}}",
                "{\"doc\":\"d\",\"content\":{\"start\":100,\"end\":120,\"text\":\"b\"}}");
        Path pred = file("p.jsonl",
                "{\"doc\":\"d\",\"content\":{\"start\":8,\"end\":30}}",        // overlap 2 < 5: no
                "{\"doc\":\"d\",\"content\":{\"start\":90,\"end\":115}}",      // IoU 15/30
                "{\"doc\":\"d\",\"content\":{\"start\":101,\"end\":119}}",     // IoU 18/20: wins
                "{\"doc\":\"d\",\"content\":{\"pieces\":[[2,4],[6,9]]}}");     // 5 chars inside [0,10): yes
        Scores s = Scorer.score(Task.ATTRIBUTIONS, gold, pred);
        assertThat(s.table("Attributions: content").row("all attributions"))
                .isEqualTo(new ScoreRow.Counts("all attributions", 2, 4, 2, 2));
        assertThat(AttributionScorer.contentOk(attr(0, 10), attr(5, 30))).isTrue();
        assertThat(AttributionScorer.contentOk(attr(0, 10), attr(8, 30))).isFalse();
    }

    @Test
    void mentionsScoreExactOverlapAndAnyTypeWithTheTypeMap() throws IOException {
        Path gold = file("g.jsonl", "{\"doc\":\"d\",\"mentions\":["
                + "{\"start\":0,\"end\":20,\"text\":\"U.S. President Obama\",\"type\":\"person\"},"
                + "{\"start\":30,\"end\":37,\"text\":\"Beijing\",\"type\":\"place\"},"
                + "{\"start\":40,\"end\":46,\"text\":\"Huawei\",\"type\":\"organization\"}]}");
        Path pred = file("p.jsonl", "{\"doc\":\"d\",\"mentions\":["
                + "{\"start\":15,\"end\":20,\"type\":\"PER\"},"            // overlap only
                + "{\"start\":30,\"end\":37,\"type\":\"Government\"},"     // right span, mapped to organization
                + "{\"start\":40,\"end\":46,\"type\":\"Company\"},"        // exact
                + "{\"start\":50,\"end\":55,\"type\":\"Role\"}]}");        // type not in the gold: ignored
        Scores s = Scorer.score(Task.MENTIONS, gold, pred);
        assertThat(s.table("Mentions: exact").row("micro")).isEqualTo(new ScoreRow.Counts("micro", 3, 3, 1, 1));
        assertThat(s.table("Mentions: overlapping span + type").row("micro"))
                .isEqualTo(new ScoreRow.Counts("micro", 3, 3, 2, 2));
        assertThat(s.table("Mentions: overlapping span + type").row("organization"))
                .isEqualTo(new ScoreRow.Counts("organization", 1, 2, 1, 1));
        assertThat(s.table("Mentions: overlapping span, any type").row("micro"))
                .isEqualTo(new ScoreRow.Counts("micro", 3, 3, 3, 3));
        // macro: P = (1 + 1/2 + 0) / 3 over person, organization, place
        assertThat(s.table("Mentions: overlapping span + type").macro().precision()).isEqualTo(0.5);
        assertThat(s.notes()).containsExactly(
                "1 predicted mention(s) of types not in the gold (organization, person, place) or without offsets were ignored");
        Scores literal = Scorer.score(Task.MENTIONS, gold, pred, false);
        assertThat(literal.table("Mentions: overlapping span, any type").row("micro"))
                .isEqualTo(new ScoreRow.Counts("micro", 3, 0, 0, 0));
    }

    @Test
    void positionsMatchHoldersThroughAliasesAndWikidataWithAMaximumMatching() throws IOException {
        Path gold = file("g.jsonl", "{\"doc\":\"d\",\"positions\":["
                + "{\"holder\":\"Australia\",\"kind\":\"SANCTION\",\"target\":\"Huawei\",\"polarity\":\"negative\"},"
                + "{\"holder\":\"Mike Pompeo\",\"kind\":\"REQUEST\",\"polarity\":\"negative\"},"
                + "{\"holder\":\"Mike Pompeo\",\"kind\":\"OPPOSE\",\"target\":\"Huawei\",\"polarity\":\"negative\"}],"
                + "\"entities\":[{\"name\":\"Australia\",\"aliases\":[\"Canberra\"]},"
                + "{\"name\":\"Mike Pompeo\",\"aliases\":[\"Pompeo\"],\"wikidata\":\"Q473239\"},"
                + "{\"name\":\"Huawei\",\"aliases\":[\"the Chinese firm\"],\"wikidata\":\"Q160120\"}]}");
        Path pred = file("p.jsonl", "{\"doc\":\"d\",\"positions\":["
                + "{\"holder\":\"canberra\",\"kind\":\"sanction\",\"target\":\"Chinese firm\",\"polarity\":\"negative\"},"
                + "{\"holder\":\"Secretary Pompeo\",\"kind\":\"REQUEST\",\"target\":\"Germany\",\"polarity\":\"positive\"},"
                + "{\"holder\":\"Pompeo\",\"kind\":\"STATE\",\"target\":\"Huawei\",\"polarity\":\"negative\"}],"
                + "\"entities\":[{\"name\":\"Secretary Pompeo\",\"wikidata\":\"Q473239\"}, \"Germany\"]}");
        Scores s = Scorer.score(Task.POSITIONS, gold, pred);
        ScoreTable strict = s.table("Positions: holder + kind");
        assertThat(strict.row("SANCTION")).isEqualTo(new ScoreRow.Counts("SANCTION", 1, 1, 1, 1));
        assertThat(strict.row("REQUEST")).isEqualTo(new ScoreRow.Counts("REQUEST", 1, 1, 1, 1));
        assertThat(strict.row("STATE")).isEqualTo(new ScoreRow.Counts("STATE", 0, 1, 0, 0));
        assertThat(strict.row("micro")).isEqualTo(new ScoreRow.Counts("micro", 3, 3, 2, 2));
        // stance: Australia and the OPPOSE (by Pompeo, on Huawei, negative) match; REQUEST has the wrong polarity
        assertThat(s.table("Positions: stance").row("micro")).isEqualTo(new ScoreRow.Counts("micro", 3, 3, 2, 2));
    }

    @Test
    void maximumMatchingFindsWhatGreedyOrderWouldMiss() {
        // gold 0 fits predictions 0 and 1, gold 1 only prediction 0
        java.util.List<Integer> golds = java.util.List.of(0, 1);
        java.util.List<Integer> preds = java.util.List.of(0, 1);
        int[] m = Matching.maximum(golds, preds, (g, p) -> g == 0 || p == 0);
        assertThat(m).containsExactly(1, 0);
    }

    @Test
    void figuresArePrintedRoundedHalfEvenLikePython() {
        assertThat(Scores.fmt(0.0625)).isEqualTo(" 0.062");
        assertThat(Scores.fmt(0.1875)).isEqualTo(" 0.188");
        assertThat(Scores.fmt(1.0)).isEqualTo(" 1.000");
        assertThat(Scores.fmt(null)).isEqualTo("     -");
    }

    @Test
    void aFileThatIsNotJsonLinesIsReportedWithItsLine() throws IOException {
        Path gold = file("g.jsonl", "{\"doc\":\"d\",\"content\":{\"start\":0,\"end\":10}}", "", "{oops");
        assertThatThrownBy(() -> Scorer.score(Task.ATTRIBUTIONS, gold, gold))
                .isInstanceOf(EvalException.class).hasMessageContaining("g.jsonl:3: not valid JSON");
        Path noContent = file("n.jsonl", "{\"doc\":\"d\",\"source\":{\"start\":0,\"end\":3,\"text\":\"Ann\"}}");
        assertThatThrownBy(() -> Scorer.score(Task.ATTRIBUTIONS, noContent, noContent))
                .isInstanceOf(EvalException.class).hasMessageContaining("n.jsonl:1: a gold attribution needs a \"content\"");
        assertThatThrownBy(() -> Scorer.score(Task.MENTIONS, tmp.resolve("missing.jsonl"), gold))
                .isInstanceOf(EvalException.class).hasMessageEndingWith("missing.jsonl: no such file");
    }

    private static AttributionItem attr(int start, int end) {
        return new AttributionItem("d", null, new SpanRef(java.util.List.of(new Range(start, end)), "", java.util.List.of(),
                null, null, java.util.List.of()), null);
    }

    private Path file(String name, String... lines) throws IOException {
        return Files.writeString(tmp.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }
}
