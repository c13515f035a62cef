package org.geokg.input;

import org.geokg.GeoKgException;

/**
 * An input file that cannot be read as an article: names the file, the JSON pointer and the
 * line:column of the offending value, and what was expected there.
 */
public class InputException extends GeoKgException {
    private final String file;
    private final String pointer;
    private final int line;
    private final int column;
    private final String problem;

    public InputException(String file, String pointer, int line, int column, String problem) {
        super(format(file, pointer, line, column, problem));
        this.file = file;
        this.pointer = pointer;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    private static String format(String file, String pointer, int line, int column, String problem) {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(':').append(line).append(':').append(column);
        }
        sb.append(": ");
        if (pointer != null && !pointer.isEmpty()) {
            sb.append("at ").append(pointer).append(": ");
        }
        return sb.append(problem).toString();
    }

    public String file() {
        return file;
    }

    /** JSON pointer (RFC 6901) of the value at fault, "" for the whole document. */
    public String pointer() {
        return pointer;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    public String problem() {
        return problem;
    }
}
