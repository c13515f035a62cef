package org.geokg.extract.attribution;

import java.util.List;
import org.geokg.extract.actor.ActorIndex;
import org.geokg.extract.text.AnnotatedText;

/**
 * Finds who said what in an article: direct quotations (straight or curly marks, split around
 * their frame, running over paragraphs), indirect speech ("X said that …", "according to X",
 * "…, X said", "X told Y …"), and quotations with no frame of their own, which go to the nearest
 * speaker in the same or the previous paragraph. Speakers are resolved to actors through names,
 * titles and pronouns. Rules only, on tokens and tags: no parser, so an article takes
 * milliseconds. Stateless and thread-safe.
 *
 * <pre>{@code
 * List<Attribution> said = new AttributionFinder().find(doc, actors);
 * }</pre>
 */
public final class AttributionFinder {
    private final ReportingCues cues = ReportingCues.shared();

    /** The attributions of {@code doc}, ordered by the start of their content. */
    public List<Attribution> find(AnnotatedText doc, ActorIndex actors) {
        return new AttributionPass(doc, actors, cues).run();
    }
}
