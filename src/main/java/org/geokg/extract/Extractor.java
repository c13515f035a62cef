package org.geokg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import org.geokg.extract.actor.Actor;
import org.geokg.extract.actor.ActorFinder;
import org.geokg.extract.actor.ActorIndex;
import org.geokg.extract.actor.GazetteerLexicon;
import org.geokg.extract.actor.DescribedActors;
import org.geokg.extract.actor.PartyMembers;
import org.geokg.extract.actor.RegionalGroups;
import org.geokg.extract.attribution.Attribution;
import org.geokg.extract.attribution.SourceActors;
import org.geokg.extract.attribution.AttributionFinder;
import org.geokg.extract.position.PositionFinder;
import org.geokg.extract.text.AnnotatedText;
import org.geokg.extract.text.Annotator;
import org.geokg.model.Article;
import org.geokg.model.Entity;
import org.geokg.model.Position;
import org.geokg.model.Provenance;
import org.geokg.model.Span;

/**
 * Raw article to {@link Article}: annotate the text, find and resolve its actors, then the
 * positions they state, with offsets and confidences on every mention, and the extractor's
 * name and version as provenance. Thread-safe: one instance serves every thread.
 *
 * <pre>{@code
 * Extractor extractor = Extractor.create();
 * Article a = extractor.extract(new ArticleSources().read(Path.of("news/huawei.txt")));
 * }</pre>
 */
public final class Extractor {
    public static final String NAME = "geokg-extractor";
    /** The version written as provenance: the jar's Implementation-Version, or "dev" when run from classes. */
    public static final String VERSION = version();

    private final Annotator annotator;
    private final ActorFinder actors;
    private final AttributionFinder attributions = new AttributionFinder();
    private final PositionFinder positions = new PositionFinder();

    private Extractor(Annotator annotator, ActorFinder actors) {
        this.annotator = annotator;
        this.actors = actors;
    }

    /** The extractor with the shared CoreNLP annotator and the standard gazetteer. */
    public static Extractor create() {
        return new Extractor(Annotator.shared(), new ActorFinder(GazetteerLexicon.standard()));
    }

    public Article extract(RawArticle raw) {
        Provenance provenance = new Provenance(NAME, VERSION);
        if (raw.text().isBlank()) {
            return new Article(raw.id(), raw.url(), titleOf(raw), raw.publisher(), raw.published(), raw.language(),
                    raw.text(), provenance, List.of(), List.of());
        }
        AnnotatedText doc = annotator.annotate(raw.text());
        // parties named by their members ("Republicans") hold positions as parties, regions' leaders as groups
        ActorIndex index = RegionalGroups.complete(doc, PartyMembers.complete(doc, actors.find(doc)));
        // "the American media", "the Dutch foreign minister": actors named by a description
        index = DescribedActors.complete(doc, index, GazetteerLexicon.standard());
        // Sources that are not named actors ("officials", "the poll") become actors of their own,
        // so that every attribution can be a position with a holder.
        SourceActors.Completed completed = SourceActors.complete(index, attributions.find(doc, index));
        List<Position> found = oneConfidencePerSpan(
                positions.find(doc, completed.actors(), completed.attributions()));
        return new Article(raw.id(), raw.url(), titleOf(raw), raw.publisher(), raw.published(), raw.language(),
                raw.text(), provenance, entities(completed.actors()), found);
    }

    /** Every article needs a title; a text without a headline is titled by its id. */
    private static String titleOf(RawArticle raw) {
        return raw.title() == null || raw.title().isBlank() ? raw.id() : raw.title();
    }

    private static List<Entity> entities(ActorIndex index) {
        List<Entity> entities = new ArrayList<>();
        for (Actor a : index.actors()) {
            entities.add(new Entity(a.id(), a.name(), a.type(), a.aliases(), a.wikidata(), a.country(), a.roles(),
                    a.members(), a.mentions()));
        }
        return entities;
    }

    /**
     * A span is one resource in the graph (keyed by its offsets), so two positions that share a
     * span must give it the same confidence: the highest any of them gives.
     */
    static List<Position> oneConfidencePerSpan(List<Position> found) {
        Map<Long, Double> best = new HashMap<>();
        for (Position p : found) {
            for (Span s : new Span[] {p.evidence(), p.cue(), p.source(), p.content()}) {
                if (s != null && s.confidence() != null) {
                    best.merge(key(s), s.confidence(), Math::max);
                }
            }
        }
        List<Position> out = new ArrayList<>(found.size());
        for (Position p : found) {
            out.add(new Position(p.holder(), p.speaker(), p.kind(), p.target(), p.topic(), p.polarity(), p.modality(),
                    p.quote(), p.date(), p.confidence(), unified(p.evidence(), best), unified(p.cue(), best),
                    unified(p.source(), best), unified(p.content(), best)));
        }
        return out;
    }

    private static long key(Span s) {
        return ((long) s.start() << 32) | s.end();
    }

    private static Span unified(Span s, Map<Long, Double> best) {
        if (s == null || s.confidence() == null) {
            return s;
        }
        return new Span(s.start(), s.end(), s.text(), best.get(key(s)));
    }

    private static String version() {
        String v = Extractor.class.getPackage().getImplementationVersion();
        return v == null || v.isBlank() ? "dev" : v;
    }
}
