package org.geokg.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One gazetteer TSV file read from the classpath: lines starting with '#' are comments, the
 * first other line is the header, cells are tab-separated and multi-valued cells use '|'.
 */
final class TsvTable {
    private final String resource;
    private final Map<String, Integer> columns;
    private final List<Row> rows;

    private TsvTable(String resource, Map<String, Integer> columns, List<Row> rows) {
        this.resource = resource;
        this.columns = columns;
        this.rows = rows;
    }

    /** One data line with its line number, for messages. */
    record Row(int line, String[] cells) {
    }

    static TsvTable read(String resource) {
        InputStream in = TsvTable.class.getResourceAsStream(resource);
        if (in == null) {
            throw new GazetteerException(resource + ": gazetteer resource not found on the classpath");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            Map<String, Integer> columns = null;
            List<Row> rows = new ArrayList<>();
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (columns == null) {
                    columns = new HashMap<>();
                    for (int i = 0; i < cells.length; i++) {
                        columns.put(cells[i], i);
                    }
                } else if (cells.length != columns.size()) {
                    throw new GazetteerException(resource + ":" + number + ": expected " + columns.size()
                            + " tab-separated cells, found " + cells.length);
                } else {
                    rows.add(new Row(number, cells));
                }
            }
            if (columns == null) {
                throw new GazetteerException(resource + ": no header line");
            }
            return new TsvTable(resource, columns, rows);
        } catch (IOException e) {
            throw new GazetteerException(resource + ": cannot read: " + e.getMessage(), e);
        }
    }

    List<Row> rows() {
        return rows;
    }

    /** The cell of {@code column} in {@code row}; fails naming the file when the column is absent. */
    String get(Row row, String column) {
        Integer index = columns.get(column);
        if (index == null) {
            throw new GazetteerException(resource + ": header has no column '" + column + "'");
        }
        return row.cells()[index];
    }

    List<String> getList(Row row, String column) {
        String value = get(row, column);
        if (value.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(value.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    String where(Row row) {
        return resource + ":" + row.line();
    }
}
