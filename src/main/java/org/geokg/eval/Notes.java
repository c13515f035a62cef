package org.geokg.eval;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/** The notes score.py prints under its tables that are common to all tasks. */
final class Notes {
    private Notes() {
    }

    /** Predicted documents that are not in the gold are ignored and counted. */
    static void restrict(Set<String> goldDocs, Collection<String> predDocs, List<String> notes) {
        long extra = predDocs.stream().filter(d -> !goldDocs.contains(d)).count();
        if (extra > 0) {
            notes.add(extra + " predicted document(s) not in the gold file were ignored");
        }
    }
}
