package org.geokg.extract.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.geokg.extract.ExtractionException;
import org.geokg.extract.RawArticle;

/**
 * Article JSON that has a text but no entities or positions yet, to a raw article. A file that
 * already has entities is curated: it is loaded as it is, not extracted.
 */
final class JsonArticleReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonArticleReader() {
    }

    static RawArticle read(String file, String fallbackId, String content) {
        JsonNode root;
        try {
            root = JSON.readTree(content);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw new ExtractionException(file + (loc == null ? "" : ":" + loc.getLineNr() + ":" + loc.getColumnNr())
                    + ": not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new ExtractionException(file + ": expected a JSON object (an Article with a \"text\")");
        }
        JsonNode text = root.get("text");
        if (text == null || !text.isTextual() || text.asText().isBlank()) {
            throw new ExtractionException(file + ": /text: expected the article text as a non-empty string");
        }
        for (String field : new String[] {"entities", "positions"}) {
            JsonNode n = root.get(field);
            if (n != null && n.isArray() && !n.isEmpty()) {
                throw new ExtractionException(file + ": /" + field + ": the article already has " + field
                        + "; load curated Article JSON directly instead of extracting it");
            }
        }
        String id = string(root, "id");
        return new RawArticle(id != null && !id.isBlank() ? id : fallbackId, string(root, "title"),
                string(root, "publisher"), date(file, root), string(root, "url"), string(root, "language"),
                text.asText());
    }

    private static String string(JsonNode root, String field) {
        JsonNode n = root.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }

    private static LocalDate date(String file, JsonNode root) {
        String d = string(root, "published");
        if (d == null || d.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(d);
        } catch (DateTimeParseException e) {
            throw new ExtractionException(file + ": /published: expected a date YYYY-MM-DD, found \"" + d + "\"");
        }
    }
}
