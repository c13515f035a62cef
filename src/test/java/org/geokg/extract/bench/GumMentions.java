package org.geokg.extract.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.geokg.extract.actor.Actor;
import org.geokg.extract.actor.ActorFinder;
import org.geokg.extract.actor.ActorIndex;
import org.geokg.extract.actor.GazetteerLexicon;
import org.geokg.extract.text.Annotator;
import org.geokg.model.Span;

/**
 * Writes the named mentions the actor finder gives for the GUM news articles of the shared
 * corpus as a prediction file for {@code score.py --task mentions}. Not a test: a tool to
 * measure with.
 *
 * <pre>
 * java -cp ... org.geokg.extract.bench.GumMentions ../shared pred.jsonl
 * python3 ../shared/corpus/score.py --task mentions --gold ../shared/corpus/gold/mentions.gum.jsonl --pred pred.jsonl
 * </pre>
 */
public final class GumMentions {
    private GumMentions() {
    }

    public static void main(String[] args) throws IOException {
        Path shared = Path.of(args.length > 0 ? args[0] : System.getProperty("geokg.shared", "../shared"));
        Path out = Path.of(args.length > 1 ? args[1] : "target/gum-mentions.jsonl");
        ObjectMapper json = new ObjectMapper();
        ActorFinder finder = new ActorFinder(GazetteerLexicon.standard());
        List<Path> files;
        try (Stream<Path> s = Files.list(shared.resolve("corpus/articles"))) {
            files = s.filter(p -> p.getFileName().toString().startsWith("GUM_news_")).sorted().toList();
        }
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (Path f : files) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                ActorIndex index = finder.find(Annotator.shared().annotate(text));
                ObjectNode doc = json.createObjectNode();
                doc.put("doc", f.getFileName().toString().replaceFirst("\\.txt$", ""));
                ArrayNode ms = doc.putArray("mentions");
                for (Actor a : index.actors()) {
                    for (Span m : a.mentions()) {
                        ObjectNode o = ms.addObject();
                        o.put("start", m.start());
                        o.put("end", m.end());
                        o.put("text", m.text());
                        o.put("type", a.type().name());
                    }
                }
                w.write(json.writeValueAsString(doc));
                w.write("\n");
            }
        }
        System.out.println("wrote " + out + " for " + files.size() + " articles");
    }
}
