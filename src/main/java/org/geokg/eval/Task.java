package org.geokg.eval;

import java.util.Locale;

/** The three scored tasks of the dev corpus, each with its gold file under {@code corpus/gold/}. */
public enum Task {
    ATTRIBUTIONS("attributions.dev.jsonl"),
    MENTIONS("mentions.gum.jsonl"),
    POSITIONS("positions.dev.jsonl");

    private final String goldFile;

    Task(String goldFile) {
        this.goldFile = goldFile;
    }

    public String goldFile() {
        return goldFile;
    }

    /** The name used on the command line and in prediction file names ("attributions"). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Task of(String id) {
        for (Task t : values()) {
            if (t.id().equals(id.toLowerCase(Locale.ROOT))) {
                return t;
            }
        }
        throw new EvalException("unknown task \"" + id + "\": expected attributions, mentions or positions");
    }
}
