package org.geokg.extract.attribution;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.geokg.extract.actor.Actor;
import org.geokg.extract.actor.ActorFinder;
import org.geokg.extract.actor.ActorIndex;
import org.geokg.extract.text.AnnotatedText;
import org.geokg.extract.text.Annotator;
import org.geokg.model.Span;

/**
 * Development tool, not a test: runs {@link AttributionFinder} over the documents of a gold
 * attribution file and writes predictions for {@code score.py --task attributions}.
 * Arguments: gold file, prediction file to write. Prints the time the finder took per article.
 */
public final class AttributionDevRun {
    private AttributionDevRun() {
    }

    public static void main(String[] args) throws Exception {
        Path gold = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Path articles = gold.getParent().getParent().resolve("articles");
        ObjectMapper json = new ObjectMapper();
        Set<String> docs = new LinkedHashSet<>();
        for (String line : Files.readAllLines(gold)) {
            if (!line.isBlank()) {
                docs.add(json.readTree(line).get("doc").asText());
            }
        }
        ActorFinder actorFinder = new ActorFinder(org.geokg.extract.actor.GazetteerLexicon.standard());
        AttributionFinder finder = new AttributionFinder();
        long findNanos = 0;
        long annotateNanos = 0;
        int count = 0;
        List<String> lines = new ArrayList<>();
        List<AnnotatedText> texts = new ArrayList<>();
        List<ActorIndex> indexes = new ArrayList<>();
        for (String doc : docs) {
            String text = Files.readString(articles.resolve(doc + ".txt"), StandardCharsets.UTF_8);
            long t0 = System.nanoTime();
            AnnotatedText at = cachedAnnotation(json, doc, text);
            ActorIndex actors = actorFinder.find(at);
            texts.add(at);
            indexes.add(actors);
            long t1 = System.nanoTime();
            List<Attribution> found = finder.find(at, actors);
            findNanos += System.nanoTime() - t1;
            annotateNanos += t1 - t0;
            int id = 0;
            for (Attribution a : found) {
                ObjectNode o = json.createObjectNode();
                o.put("doc", doc);
                o.put("id", "P" + (++id));
                if (a.source() != null) {
                    ObjectNode s = span(json, a.source());
                    if (a.sourceActorId() != null) {
                        Actor actor = actors.byId(a.sourceActorId()).orElseThrow();
                        s.put("entity", actor.name());
                        ArrayNode al = s.putArray("aliases");
                        actor.aliases().forEach(al::add);
                    }
                    o.set("source", s);
                } else {
                    o.putNull("source");
                }
                o.set("cue", a.cue() == null ? null : span(json, a.cue()));
                o.set("content", span(json, a.content()));
                // "direct" is left out: the scorer applies its quote-mark rule, as for the gold
                o.put("quoted", a.direct());
                o.put("confidence", a.confidence());
                lines.add(json.writeValueAsString(o));
            }
            count++;
        }
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (String l : lines) {
                w.write(l);
                w.newLine();
            }
        }
        // a second pass, after the JIT has compiled the finder, is the figure that counts
        long t2 = System.nanoTime();
        for (int k = 0; k < texts.size(); k++) {
            finder.find(texts.get(k), indexes.get(k));
        }
        long warm = System.nanoTime() - t2;
        System.out.printf("%d articles, %d attributions; actors %.1f ms/article, attribution %.2f ms/article "
                + "(first pass), %.2f ms/article (second pass)%n",
                count, lines.size(), annotateNanos / 1e6 / count, findNanos / 1e6 / count, warm / 1e6 / count);
    }

    /**
     * CoreNLP output is cached under java.io.tmpdir (the rules change, the tags do not), so
     * re-runs take seconds on a shared machine. Delete the folder when the annotator changes.
     */
    public static AnnotatedText cachedAnnotation(ObjectMapper json, String doc, String text)
            throws java.io.IOException {
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "geokg-attrib-cache");
        Files.createDirectories(dir);
        Path f = dir.resolve(doc + ".json");
        if (Files.exists(f)) {
            // the record's derived accessors (tokens, paragraphStarts) are written too; ignore them
            json.configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
            return json.readValue(f.toFile(), AnnotatedText.class);
        }
        AnnotatedText at = Annotator.shared().annotate(text);
        json.writeValue(f.toFile(), at);
        return at;
    }

    private static ObjectNode span(ObjectMapper json, Span s) {
        ObjectNode o = json.createObjectNode();
        o.put("start", s.start());
        o.put("end", s.end());
        o.put("text", s.text());
        return o;
    }
}
