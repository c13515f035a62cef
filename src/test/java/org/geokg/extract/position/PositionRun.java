package org.geokg.extract.position;

import java.util.List;
import org.geokg.extract.actor.ActorFinder;
import org.geokg.extract.actor.ActorIndex;
import org.geokg.extract.actor.GazetteerLexicon;
import org.geokg.extract.attribution.AttributionFinder;
import org.geokg.extract.text.AnnotatedText;
import org.geokg.extract.text.Annotator;
import org.geokg.model.Position;
import org.geokg.model.PositionKind;

/** The actors and positions the position rules find in a short text of a test, with names by id. */
record PositionRun(ActorIndex actors, List<Position> positions) {
    private static final ActorFinder ACTORS = new ActorFinder(GazetteerLexicon.standard());

    static PositionRun of(String text) {
        AnnotatedText doc = Annotator.shared().annotate(text);
        ActorIndex actors = ACTORS.find(doc);
        return new PositionRun(actors, new PositionFinder().find(doc, actors, new AttributionFinder().find(doc, actors)));
    }

    String name(String id) {
        return id == null ? null : actors.byId(id).orElseThrow().name();
    }

    List<Position> of(PositionKind kind) {
        return positions.stream().filter(p -> p.kind() == kind).toList();
    }
}
