package org.geokg.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a JSON Lines file (one JSON value per line, blank lines skipped) and answers the
 * questions about JSON values that Python's truthiness answers in score.py.
 */
final class JsonLines {
    static final ObjectMapper MAPPER = new ObjectMapper();

    /** One parsed line and where it came from, for error messages. */
    record Line(Path file, int number, JsonNode value) {
        String where() {
            return file + ":" + number;
        }
    }

    private JsonLines() {
    }

    static List<Line> read(Path file) {
        List<Line> out = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int n = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                n++;
                String text = PythonText.strip(line);
                if (text.isEmpty()) {
                    continue;
                }
                try {
                    out.add(new Line(file, n, MAPPER.readTree(text)));
                } catch (JsonProcessingException e) {
                    throw new EvalException(file + ":" + n + ": not valid JSON (" + e.getOriginalMessage() + ")");
                }
            }
        } catch (NoSuchFileException e) {
            throw new EvalException(file + ": no such file");
        } catch (IOException e) {
            throw new EvalException(file + ": cannot be read as UTF-8 text (" + e.getMessage() + ")", e);
        }
        return out;
    }

    /** Python's {@code bool(value)}: false for null, absent, false, 0, "" and empty arrays and objects. */
    static boolean truthy(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return false;
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.isNumber()) {
            return v.doubleValue() != 0;
        }
        if (v.isTextual()) {
            return !v.textValue().isEmpty();
        }
        return v.size() > 0;
    }

    /** True when the field is absent or JSON null (Python's {@code x.get(k) is None}). */
    static boolean isNone(JsonNode v) {
        return v == null || v.isNull() || v.isMissingNode();
    }

    /** The value as Python's {@code str()} would print a JSON scalar; null for absent or null. */
    static String text(JsonNode v) {
        if (isNone(v)) {
            return null;
        }
        if (v.isBoolean()) {
            return v.booleanValue() ? "True" : "False";
        }
        return v.isValueNode() ? v.asText() : v.toString();
    }
}
