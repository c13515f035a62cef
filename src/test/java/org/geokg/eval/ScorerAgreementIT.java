package org.geokg.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java scorer and the corpus's reference score.py print the same figures: both score the
 * gold against itself and against a perturbed copy made here (30% of items dropped, spans
 * shifted, sources renamed, types and kinds changed, stray predictions added).
 */
class ScorerAgreementIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Path corpus;

    @TempDir
    Path tmp;

    @BeforeAll
    static void findCorpus() {
        corpus = Path.of(System.getProperty("geokg.shared", "../shared")).resolve("corpus");
        assumeThat(corpus.resolve("score.py")).as("the shared corpus with score.py").exists();
        assumeThat(python()).as("python3 on the PATH").isTrue();
    }

    @Test
    void attributionFiguresAgreeWithScorePy() throws Exception {
        Path gold = corpus.resolve("gold").resolve(Task.ATTRIBUTIONS.goldFile());
        Path pred = write("attributions.jsonl", perturbAttributions(lines(gold), new Random(7)));
        assertAgree(Task.ATTRIBUTIONS, gold, gold);
        assertAgree(Task.ATTRIBUTIONS, gold, pred);
    }

    @Test
    void mentionFiguresAgreeWithScorePy() throws Exception {
        Path gold = corpus.resolve("gold").resolve(Task.MENTIONS.goldFile());
        Path pred = write("mentions.jsonl", perturbMentions(lines(gold), new Random(11)));
        assertAgree(Task.MENTIONS, gold, gold);
        assertAgree(Task.MENTIONS, gold, pred);
    }

    @Test
    void positionFiguresAgreeWithScorePy() throws Exception {
        Path gold = corpus.resolve("gold").resolve(Task.POSITIONS.goldFile());
        Path pred = write("positions.jsonl", perturbPositions(lines(gold), new Random(13)));
        assertAgree(Task.POSITIONS, gold, gold);
        assertAgree(Task.POSITIONS, gold, pred);
    }

    private void assertAgree(Task task, Path gold, Path pred) throws Exception {
        JsonNode python = runScorePy(task, gold, pred);
        ObjectNode java = Scorer.score(task, gold, pred).toJson();
        assertThat(java.get("notes")).isEqualTo(python.get("notes"));
        assertThat(java.get("tables")).hasSameSizeAs(python.get("tables"));
        for (int t = 0; t < python.get("tables").size(); t++) {
            JsonNode pt = python.get("tables").get(t);
            JsonNode jt = java.get("tables").get(t);
            assertThat(jt.get("table")).isEqualTo(pt.get("table"));
            assertThat(jt.get("rows")).hasSameSizeAs(pt.get("rows"));
            for (int r = 0; r < pt.get("rows").size(); r++) {
                assertSameValues(jt.get("rows").get(r), pt.get("rows").get(r), pt.get("table").asText());
            }
            if (pt.has("macro")) {
                assertSameValues(jt.get("macro"), pt.get("macro"), pt.get("table").asText() + " macro");
            } else {
                assertThat(jt.has("macro")).isFalse();
            }
        }
        // and the text reports are the same, line for line
        assertThat(Scorer.score(task, gold, pred).render().strip()).isEqualTo(runScorePyText(task, gold, pred).strip());
    }

    private static void assertSameValues(JsonNode java, JsonNode python, String where) {
        assertThat(fieldNames(java)).as(where).isEqualTo(fieldNames(python));
        for (Iterator<String> it = python.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            JsonNode p = python.get(f);
            JsonNode j = java.get(f);
            if (p.isFloatingPointNumber() || j.isFloatingPointNumber()) {
                assertThat(j.asDouble()).as(where + " / " + python.get("row") + " / " + f)
                        .isCloseTo(p.asDouble(), org.assertj.core.data.Offset.offset(1e-12));
            } else {
                assertThat(j).as(where + " / " + python.get("row") + " / " + f).isEqualTo(p);
            }
        }
    }

    private static List<String> fieldNames(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }

    // ---- perturbed copies of the gold: deterministic, and varied enough to exercise every rule

    private static List<ObjectNode> perturbAttributions(List<ObjectNode> gold, Random rnd) {
        List<ObjectNode> out = new ArrayList<>();
        for (ObjectNode g : gold) {
            if (rnd.nextDouble() < 0.3) {
                continue;
            }
            ObjectNode p = g.deepCopy();
            ObjectNode content = (ObjectNode) p.get("content");
            int shift = rnd.nextInt(41) - 20;
            if (!content.has("pieces")) {
                content.put("start", Math.max(0, content.get("start").asInt() + shift));
                content.put("end", Math.max(content.get("start").asInt(), content.get("end").asInt() + shift / 2));
            } else if (rnd.nextBoolean()) {
                content.remove("pieces");
            }
            int what = rnd.nextInt(6);
            JsonNode source = p.get("source");
            if (source != null && !source.isNull()) {
                ObjectNode s = (ObjectNode) source;
                String text = s.get("text").asText();
                switch (what) {
                    case 0 -> p.putNull("source");
                    case 1 -> { // a name without offsets: its last word as entity, plus a title
                        ObjectNode named = JSON.createObjectNode();
                        String[] words = text.split("\\s+");
                        named.put("entity", "Mr. " + words[words.length - 1]);
                        if (rnd.nextBoolean()) {
                            named.putArray("aliases").add("Senator " + words[0]);
                        }
                        p.set("source", named);
                    }
                    case 2 -> { // offsets moved away from the gold source
                        s.put("start", s.get("end").asInt() + 3);
                        s.put("end", s.get("end").asInt() + 9);
                        s.put("text", "officials");
                    }
                    case 3 -> p.remove("direct");
                    default -> { }
                }
            } else if (what == 0) {
                ObjectNode invented = JSON.createObjectNode();
                invented.put("text", "a spokesman");
                p.set("source", invented);
            }
            if (rnd.nextInt(10) == 0) {
                p.put("direct", !p.path("direct").asBoolean());
            }
            out.add(p);
            if (rnd.nextInt(12) == 0) { // a stray prediction next to a real one
                ObjectNode stray = p.deepCopy();
                ObjectNode c = (ObjectNode) stray.get("content");
                c.remove("pieces");
                c.put("start", c.get("end").asInt() + 1);
                c.put("end", c.get("end").asInt() + 40);
                stray.remove("direct");
                out.add(stray);
            }
        }
        ObjectNode elsewhere = JSON.createObjectNode();
        elsewhere.put("doc", "not-in-the-gold");
        elsewhere.putObject("content").put("start", 0).put("end", 10).put("text", "\u201cquoted");
        out.add(elsewhere);
        ObjectNode noContent = JSON.createObjectNode();
        noContent.put("doc", gold.get(0).get("doc").asText());
        noContent.putObject("source").put("text", "He");
        out.add(noContent);
        return out;
    }

    private static List<ObjectNode> perturbMentions(List<ObjectNode> gold, Random rnd) {
        String[] types = {"Person", "PER", "Company", "Government", "GPE", "Country", "LOC", "Role", "place", "ORG"};
        List<ObjectNode> out = new ArrayList<>();
        for (ObjectNode g : gold) {
            ObjectNode doc = g.deepCopy();
            ArrayNode kept = JSON.createArrayNode();
            for (JsonNode m : g.get("mentions")) {
                if (rnd.nextDouble() < 0.3) {
                    continue;
                }
                ObjectNode p = ((ObjectNode) m).deepCopy();
                p.remove("head");
                p.remove("wikipedia");
                int r = rnd.nextInt(5);
                if (r == 0) { // bare head, as an extractor outputs names
                    p.put("start", m.get("head").get("start").asInt());
                    p.put("end", m.get("head").get("end").asInt());
                } else if (r == 1) {
                    p.put("end", p.get("end").asInt() + 4);
                }
                if (rnd.nextInt(3) == 0) {
                    p.put("type", types[rnd.nextInt(types.length)]);
                }
                kept.add(p);
            }
            ObjectNode noOffsets = JSON.createObjectNode();
            noOffsets.put("type", "person");
            kept.add(noOffsets);
            doc.set("mentions", kept);
            out.add(doc);
        }
        ObjectNode elsewhere = JSON.createObjectNode();
        elsewhere.put("doc", "not-in-the-gold");
        elsewhere.putArray("mentions").addObject().put("start", 0).put("end", 3).put("type", "PER");
        out.add(elsewhere);
        return out;
    }

    private static List<ObjectNode> perturbPositions(List<ObjectNode> gold, Random rnd) {
        String[] kinds = {"STATE", "OPPOSE", "support", "Request", "SANCTION"};
        String[] polarities = {"positive", "negative", "neutral", "Negative"};
        List<ObjectNode> out = new ArrayList<>();
        for (ObjectNode g : gold) {
            ObjectNode doc = JSON.createObjectNode();
            doc.put("doc", g.get("doc").asText());
            ArrayNode kept = doc.putArray("positions");
            ArrayNode ents = doc.putArray("entities");
            JsonNode goldEntities = g.path("entities");
            for (JsonNode pos : g.get("positions")) {
                if (rnd.nextDouble() < 0.3) {
                    continue;
                }
                ObjectNode p = ((ObjectNode) pos).deepCopy();
                int r = rnd.nextInt(6);
                if (r == 0) {
                    p.put("kind", kinds[rnd.nextInt(kinds.length)]);
                } else if (r == 1) {
                    p.put("polarity", polarities[rnd.nextInt(polarities.length)]);
                } else if (r == 2) {
                    p.remove("target");
                } else if (r == 3) { // the holder by an alias that only the gold entity lists
                    String alias = aliasOf(goldEntities, p.path("holder").asText());
                    if (alias != null) {
                        p.put("holder", "The " + alias.toUpperCase() + ".");
                    }
                } else if (r == 4) { // the holder under a made-up name tied to it by Wikidata id
                    String qid = qidOf(goldEntities, p.path("holder").asText());
                    if (qid != null) {
                        String made = "Entity " + qid;
                        p.put("holder", made);
                        ents.addObject().put("name", made).put("wikidata", qid);
                    }
                }
                kept.add(p);
            }
            ents.add("Loose String Entity");
            out.add(doc);
        }
        return out;
    }

    private static String aliasOf(JsonNode entities, String name) {
        for (JsonNode e : entities) {
            if (e.path("name").asText().equals(name) && e.path("aliases").size() > 0) {
                return e.get("aliases").get(e.get("aliases").size() - 1).asText();
            }
        }
        return null;
    }

    private static String qidOf(JsonNode entities, String name) {
        for (JsonNode e : entities) {
            if (e.path("name").asText().equals(name) && e.hasNonNull("wikidata")) {
                return e.get("wikidata").asText();
            }
        }
        return null;
    }

    // ---- plumbing

    private static List<ObjectNode> lines(Path file) throws IOException {
        List<ObjectNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                out.add((ObjectNode) JSON.readTree(line));
            }
        }
        return out;
    }

    private Path write(String name, List<ObjectNode> records) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (ObjectNode r : records) {
            sb.append(JSON.writeValueAsString(r)).append('\n');
        }
        return Files.writeString(tmp.resolve(name), sb.toString(), StandardCharsets.UTF_8);
    }

    private static JsonNode runScorePy(Task task, Path gold, Path pred) throws Exception {
        return JSON.readTree(run(task, gold, pred, true));
    }

    private static String runScorePyText(Task task, Path gold, Path pred) throws Exception {
        return run(task, gold, pred, false);
    }

    private static String run(Task task, Path gold, Path pred, boolean json) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("python3", corpus.resolve("score.py").toString(), "--task",
                task.id(), "--gold", gold.toString(), "--pred", pred.toString()));
        if (json) {
            cmd.add("--json");
        }
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }

    private static boolean python() {
        try {
            Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
