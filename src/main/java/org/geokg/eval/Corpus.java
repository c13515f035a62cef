package org.geokg.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.geokg.extract.RawArticle;

/**
 * The development corpus folder ({@code shared/corpus}): raw article texts, their metadata in
 * {@code articles.jsonl}, and the gold file of each task. The texts are read as UTF-8 exactly,
 * without newline normalisation, so extracted offsets are comparable with the gold.
 */
public final class Corpus {
    private final Path dir;
    private final Map<String, JsonNode> metadata = new HashMap<>();

    private Corpus(Path dir) {
        this.dir = dir;
        Path meta = dir.resolve("articles.jsonl");
        if (Files.isRegularFile(meta)) {
            for (JsonLines.Line line : JsonLines.read(meta)) {
                JsonNode doc = line.value().get("doc");
                if (doc != null && doc.isTextual()) {
                    metadata.put(doc.textValue(), line.value());
                }
            }
        }
    }

    /** The corpus in this folder; it must hold {@code articles/} and {@code gold/}. */
    public static Corpus at(Path dir) {
        if (!Files.isDirectory(dir.resolve("articles")) || !Files.isDirectory(dir.resolve("gold"))) {
            throw new EvalException(dir + ": not a corpus folder (expected articles/ and gold/ in it); "
                    + "give --corpus or -Dgeokg.shared=PATH/TO/shared");
        }
        return new Corpus(dir);
    }

    /** {@code ${geokg.shared}/corpus}, with {@code geokg.shared} defaulting to {@code ../shared}. */
    public static Path defaultDir() {
        return Path.of(System.getProperty("geokg.shared", "../shared")).resolve("corpus");
    }

    public Path dir() {
        return dir;
    }

    public Path gold(Task task) {
        return dir.resolve("gold").resolve(task.goldFile());
    }

    /** The documents a task's gold file covers, in file order. */
    public List<String> docs(Task task) {
        Set<String> out = new LinkedHashSet<>();
        for (JsonLines.Line line : JsonLines.read(gold(task))) {
            JsonNode doc = line.value().get("doc");
            if (doc == null || !doc.isTextual()) {
                throw new EvalException(line.where() + ": expected a \"doc\" field holding the document name");
            }
            out.add(doc.textValue());
        }
        return new ArrayList<>(out);
    }

    /** The article text of a document with the metadata {@code articles.jsonl} gives for it. */
    public RawArticle article(String doc) {
        Path file = dir.resolve("articles").resolve(doc + ".txt");
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new EvalException(file + ": not UTF-8 text");
        } catch (IOException e) {
            throw new EvalException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
        JsonNode m = metadata.get(doc);
        return new RawArticle(doc, field(m, "title"), field(m, "publisher"), date(m, doc), field(m, "url"), "en", text);
    }

    private static String field(JsonNode m, String name) {
        return m == null || !m.path(name).isTextual() ? null : m.get(name).textValue();
    }

    private LocalDate date(JsonNode m, String doc) {
        String d = field(m, "date");
        try {
            return d == null ? null : LocalDate.parse(d);
        } catch (DateTimeParseException e) {
            throw new EvalException(dir.resolve("articles.jsonl") + ": document " + doc
                    + ": date \"" + d + "\" is not YYYY-MM-DD");
        }
    }
}
