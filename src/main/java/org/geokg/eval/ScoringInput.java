package org.geokg.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads gold and prediction files of the three tasks (shapes in the corpus README) into the
 * records the scorers compare. Gold must carry what score.py relies on (offsets on every content
 * and source, a type on every mention); predictions may leave out what score.py tolerates
 * missing, which is then ignored and counted in a note, as score.py does.
 */
public final class ScoringInput {
    private ScoringInput() {
    }

    static List<AttributionItem> attributions(Path file, boolean gold) {
        List<AttributionItem> out = new ArrayList<>();
        for (JsonLines.Line line : JsonLines.read(file)) {
            JsonNode r = object(line.value(), line.where(), "an attribution object");
            String doc = doc(r, line);
            JsonNode src = r.get("source");
            SpanRef source = null;
            if (JsonLines.truthy(src)) {
                source = span(src, line.where() + ": source");
                if (gold && !source.hasOffsets()) {
                    throw new EvalException(line.where() + ": a gold source needs \"start\" and \"end\"");
                }
            }
            JsonNode c = r.get("content");
            SpanRef content = JsonLines.truthy(c) ? span(c, line.where() + ": content") : null;
            if (gold && (content == null || !content.hasOffsets())) {
                throw new EvalException(line.where() + ": a gold attribution needs a \"content\" span with \"start\" and \"end\"");
            }
            JsonNode d = r.get("direct");
            Boolean direct = JsonLines.isNone(d) ? null : JsonLines.truthy(d);
            out.add(new AttributionItem(doc, source, content, direct));
        }
        return out;
    }

    static List<MentionDoc> mentions(Path file, boolean gold) {
        List<MentionDoc> out = new ArrayList<>();
        for (JsonLines.Line line : JsonLines.read(file)) {
            JsonNode r = object(line.value(), line.where(), "a document object");
            List<MentionItem> mentions = new ArrayList<>();
            int k = 0;
            for (JsonNode m : list(r.get("mentions"), line.where() + ": mentions")) {
                String where = line.where() + ": mentions[" + k++ + "]";
                object(m, where, "a mention object");
                Integer start = integer(m.get("start"), where + ".start");
                Integer end = integer(m.get("end"), where + ".end");
                String type = JsonLines.text(m.get("type"));
                if (gold && (start == null || end == null || type == null)) {
                    throw new EvalException(where + ": a gold mention needs \"start\", \"end\" and \"type\"");
                }
                mentions.add(new MentionItem(start, end, type == null ? "None" : type));
            }
            out.add(new MentionDoc(doc(r, line), mentions));
        }
        return out;
    }

    static List<PositionDoc> positions(Path file) {
        List<PositionDoc> out = new ArrayList<>();
        for (JsonLines.Line line : JsonLines.read(file)) {
            JsonNode r = object(line.value(), line.where(), "a document object");
            List<PositionItem> positions = new ArrayList<>();
            int k = 0;
            for (JsonNode p : list(r.get("positions"), line.where() + ": positions")) {
                object(p, line.where() + ": positions[" + k++ + "]", "a position object");
                positions.add(new PositionItem(JsonLines.text(p.get("holder")), JsonLines.text(p.get("kind")),
                        JsonLines.text(p.get("target")), JsonLines.text(p.get("polarity"))));
            }
            List<EntityNames> entities = new ArrayList<>();
            k = 0;
            for (JsonNode e : list(r.get("entities"), line.where() + ": entities")) {
                entities.add(entity(e, line.where() + ": entities[" + k++ + "]"));
            }
            out.add(new PositionDoc(doc(r, line), positions, entities));
        }
        return out;
    }

    private static EntityNames entity(JsonNode e, String where) {
        Set<String> names = new HashSet<>();
        if (e.isTextual()) {
            if (!e.textValue().isEmpty()) {
                names.add(Names.normalise(e.textValue()));
            }
            return new EntityNames(names, null);
        }
        object(e, where, "an entity object or a name");
        List<JsonNode> all = new ArrayList<>();
        all.add(e.get("name"));
        all.addAll(list(e.get("aliases"), where + ".aliases"));
        for (JsonNode n : all) {
            if (JsonLines.truthy(n)) {
                names.add(Names.normalise(JsonLines.text(n)));
            }
        }
        JsonNode qid = JsonLines.truthy(e.get("wikidata")) ? e.get("wikidata") : e.get("qid");
        return new EntityNames(names, JsonLines.truthy(qid) ? JsonLines.text(qid) : null);
    }

    private static SpanRef span(JsonNode s, String where) {
        object(s, where, "a span object");
        List<Range> ranges = new ArrayList<>();
        List<String> pieceTexts = new ArrayList<>();
        JsonNode pieces = s.get("pieces");
        if (JsonLines.truthy(pieces)) {
            int k = 0;
            for (JsonNode p : list(pieces, where + ".pieces")) {
                String pw = where + ".pieces[" + k++ + "]";
                if (p.isObject()) {
                    ranges.add(new Range(required(p.get("start"), pw + ".start"), required(p.get("end"), pw + ".end")));
                    JsonNode t = p.get("text");
                    pieceTexts.add(JsonLines.truthy(t) ? JsonLines.text(t) : "");
                } else if (p.isArray() && p.size() >= 2) {
                    ranges.add(new Range(required(p.get(0), pw + "[0]"), required(p.get(1), pw + "[1]")));
                } else {
                    throw new EvalException(pw + ": expected {\"start\",\"end\"} or [start, end]");
                }
            }
            Collections.sort(ranges);
        } else {
            Integer start = integer(s.get("start"), where + ".start");
            Integer end = integer(s.get("end"), where + ".end");
            if (start != null && end != null) {
                ranges.add(new Range(start, end));
            }
        }
        List<String> aliases = new ArrayList<>();
        for (JsonNode a : list(s.get("aliases"), where + ".aliases")) {
            if (JsonLines.truthy(a)) {
                aliases.add(JsonLines.text(a));
            }
        }
        return new SpanRef(ranges, JsonLines.text(s.get("text")), pieceTexts, truthyText(s.get("entity")),
                truthyText(s.get("name")), aliases);
    }

    private static String truthyText(JsonNode v) {
        return JsonLines.truthy(v) ? JsonLines.text(v) : null;
    }

    private static String doc(JsonNode r, JsonLines.Line line) {
        JsonNode d = r.get("doc");
        if (d == null || !d.isTextual()) {
            throw new EvalException(line.where() + ": expected a \"doc\" field holding the document name");
        }
        return d.textValue();
    }

    private static JsonNode object(JsonNode v, String where, String what) {
        if (v == null || !v.isObject()) {
            throw new EvalException(where + ": expected " + what);
        }
        return v;
    }

    private static List<JsonNode> list(JsonNode v, String where) {
        if (!JsonLines.truthy(v)) {
            return List.of();
        }
        if (!v.isArray()) {
            throw new EvalException(where + ": expected an array");
        }
        List<JsonNode> out = new ArrayList<>();
        v.forEach(out::add);
        return out;
    }

    private static int required(JsonNode v, String where) {
        Integer n = integer(v, where);
        if (n == null) {
            throw new EvalException(where + ": expected an integer offset");
        }
        return n;
    }

    /** Python's {@code int(x)} of a JSON number or numeric string; null for absent or null. */
    private static Integer integer(JsonNode v, String where) {
        if (JsonLines.isNone(v)) {
            return null;
        }
        if (v.isNumber()) {
            return (int) v.doubleValue();
        }
        if (v.isTextual()) {
            try {
                return Integer.valueOf(PythonText.strip(v.textValue()));
            } catch (NumberFormatException e) {
                throw new EvalException(where + ": expected an integer offset, found \"" + v.textValue() + "\"");
            }
        }
        throw new EvalException(where + ": expected an integer offset, found " + v);
    }
}
