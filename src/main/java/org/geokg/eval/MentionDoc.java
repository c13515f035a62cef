package org.geokg.eval;

import java.util.List;

/** The mentions of one document line of a mentions file. */
record MentionDoc(String doc, List<MentionItem> mentions) {
    MentionDoc {
        mentions = List.copyOf(mentions);
    }
}
