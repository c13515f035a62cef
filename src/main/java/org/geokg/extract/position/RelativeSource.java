package org.geokg.extract.position;

import java.util.List;
import java.util.Optional;
import org.geokg.extract.attribution.Attribution;
import org.geokg.extract.position.ClauseActors.Mention;
import org.geokg.extract.text.AnnotatedText;
import org.geokg.extract.text.Sentence;
import org.geokg.extract.text.Token;

/**
 * A speaker named by a relative pronoun: in "both Austria and Hungary, who have criticised the
 * Union" every actor of the coordinated antecedent holds the position, and what it is about
 * follows the cue in the relative clause.
 */
final class RelativeSource {
    private RelativeSource() {
    }

    /** The antecedents of a "who"/"which" source, when there are several; empty otherwise. */
    static List<Mention> holders(AnnotatedText doc, ClauseActors clauses, Attribution a) {
        if (a.source() == null) {
            return List.of();
        }
        String w = a.source().text().strip().toLowerCase(java.util.Locale.ROOT);
        if (!w.equals("who") && !w.equals("which")) {
            return List.of();
        }
        Sentence s = doc.sentenceAt(a.source().start());
        if (s == null) {
            return List.of();
        }
        List<Token> t = s.tokens();
        for (int k = 0; k < t.size(); k++) {
            if (t.get(k).start() == a.source().start()) {
                List<Mention> antecedents = clauses.relativeAntecedent(s, k);
                return antecedents.size() > 1 ? antecedents : List.of();
            }
        }
        return List.of();
    }

    /** What the relative clause is about: the first actor after the cue, other than the holders. */
    static Optional<Mention> target(AnnotatedText doc, ClauseActors clauses, Attribution a, List<String> exclude) {
        if (a.cue() == null || a.content().end() > a.cue().start()) {
            return Optional.empty();
        }
        Sentence s = doc.sentenceAt(a.cue().start());
        int end = s == null ? a.cue().end() : s.end();
        for (Token tok : s == null ? List.<Token>of() : s.tokens()) {
            if (tok.start() > a.cue().end() && (tok.word().equals(",") || tok.word().equals(";"))) {
                end = tok.start();
                break;
            }
        }
        return clauses.firstOther(a.cue().end(), end, exclude);
    }
}
