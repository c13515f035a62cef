package org.geokg.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes prediction lines as JSON Lines files that both scorers read. */
public final class PredictionFiles {
    private static final ObjectWriter WRITER = JsonLines.MAPPER.writer();

    private PredictionFiles() {
    }

    /** Writes one JSON object per line (UTF-8), creating the folder if needed. */
    public static Path write(Path file, List<?> lines) {
        StringBuilder sb = new StringBuilder();
        try {
            for (Object line : lines) {
                sb.append(WRITER.writeValueAsString(line)).append('\n');
            }
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            return Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a prediction line cannot be written as JSON", e);
        } catch (IOException e) {
            throw new EvalException(file + ": cannot write predictions (" + e.getMessage() + ")", e);
        }
    }
}
