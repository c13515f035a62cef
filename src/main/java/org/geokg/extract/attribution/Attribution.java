package org.geokg.extract.attribution;

import org.geokg.model.Span;

/**
 * Who said what: the {@code source} mention ("he", "Mike Pompeo", "a source"), the {@code cue}
 * ("said", "according to", a colon) and the {@code content} reported. A quotation split by its
 * frame ({@code "A," he said, "B."}) is one attribution whose content runs from A to B.
 *
 * @param source        the mention of the speaker, or null when the article names none
 * @param direct        true when the content is or holds a quotation in double quotation marks (straight or
 *                      curly); quotations in doubled apostrophes are found but, as in the corpus, not
 *                      flagged
 * @param sourceActorId the actor the source mention refers to, or null when it is not an actor
 * @param confidence    in [0, 1]: higher for an explicit cue with a named speaker
 */
public record Attribution(Span source, Span cue, Span content, boolean direct, String sourceActorId,
        double confidence) {
    public Attribution {
        if (content == null) {
            throw new IllegalArgumentException("an attribution needs content");
        }
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be between 0 and 1, was " + confidence);
        }
    }
}
