package org.geokg.extract.position;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.geokg.extract.actor.Actor;
import org.geokg.extract.actor.ActorFinder;
import org.geokg.extract.actor.ActorIndex;
import org.geokg.extract.actor.GazetteerLexicon;
import org.geokg.extract.attribution.AttributionDevRun;
import org.geokg.extract.attribution.AttributionFinder;
import org.geokg.extract.attribution.SourceActors;
import org.geokg.extract.text.AnnotatedText;
import org.geokg.model.Position;

/**
 * Development tool, not a test: runs attribution and position finding over the documents of a
 * gold positions file and writes predictions for {@code score.py --task positions}, with the
 * entity names and aliases the prediction uses. Arguments: gold file, prediction file to write.
 */
public final class PositionDevRun {
    private PositionDevRun() {
    }

    public static void main(String[] args) throws Exception {
        Path gold = Path.of(args[0]);
        Path articles = gold.getParent().getParent().resolve("articles");
        ObjectMapper json = new ObjectMapper();
        ActorFinder actorFinder = new ActorFinder(GazetteerLexicon.standard());
        AttributionFinder attributions = new AttributionFinder();
        PositionFinder positions = new PositionFinder();
        List<String> lines = new ArrayList<>();
        long nanos = 0;
        for (String line : Files.readAllLines(gold)) {
            if (line.isBlank()) {
                continue;
            }
            String doc = json.readTree(line).get("doc").asText();
            String text = Files.readString(articles.resolve(doc + ".txt"), StandardCharsets.UTF_8);
            AnnotatedText at = AttributionDevRun.cachedAnnotation(json, doc, text);
            ActorIndex found0 = actorFinder.find(at);
            long t0 = System.nanoTime();
            SourceActors.Completed c = SourceActors.complete(found0, attributions.find(at, found0));
            ActorIndex actors = c.actors();
            List<Position> found = positions.find(at, actors, c.attributions());
            nanos += System.nanoTime() - t0;
            ObjectNode o = json.createObjectNode();
            o.put("doc", doc);
            ArrayNode ps = o.putArray("positions");
            for (Position p : found) {
                ObjectNode n = ps.addObject();
                n.put("holder", name(actors, p.holder()));
                n.put("holder_type", actors.byId(p.holder()).map(a -> a.type().name()).orElse(null));
                n.put("speaker", name(actors, p.speaker()));
                n.put("kind", p.kind().name());
                n.put("target", name(actors, p.target()));
                n.put("topic", p.topic());
                n.put("polarity", p.polarity().json());
                n.put("modality", p.modality().json());
                n.put("quote", p.quote());
                ObjectNode ev = n.putObject("evidence");
                ev.put("start", p.evidence().start());
                ev.put("end", p.evidence().end());
                ev.put("text", p.evidence().text());
            }
            ArrayNode es = o.putArray("entities");
            for (Actor a : actors.actors()) {
                ObjectNode e = es.addObject();
                e.put("name", a.name());
                ArrayNode al = e.putArray("aliases");
                a.aliases().forEach(al::add);
                if (a.wikidata() != null) {
                    e.put("wikidata", a.wikidata());
                }
            }
            lines.add(json.writeValueAsString(o));
        }
        Files.write(Path.of(args[1]), lines, StandardCharsets.UTF_8);
        System.out.printf("%d articles; attributions+positions %.2f ms/article%n", lines.size(), nanos / 1e6 / lines.size());
    }

    private static String name(ActorIndex actors, String id) {
        return id == null ? null : actors.byId(id).map(Actor::name).orElse(id);
    }
}
