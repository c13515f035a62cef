package org.geokg.eval;

import java.util.List;

/** The positions of one document line of a positions file, with the entities whose names they use. */
record PositionDoc(String doc, List<PositionItem> positions, List<EntityNames> entities) {
    PositionDoc {
        positions = List.copyOf(positions);
        entities = List.copyOf(entities);
    }
}
