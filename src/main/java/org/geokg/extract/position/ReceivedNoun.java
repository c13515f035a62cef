package org.geokg.extract.position;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.geokg.extract.position.ClauseActors.Mention;
import org.geokg.extract.text.Sentence;
import org.geokg.extract.text.Token;

/**
 * The target of an attitude someone receives: "the president's plan received strong support from
 * the opposition", "the minister drew criticism from unions". The noun's agent holds it; the
 * subject of the receiving verb (its first named actor: "the president's plan") is its target.
 */
final class ReceivedNoun {
    private static final Set<String> RECEIVE = Set.of("receive", "win", "get", "gain", "draw", "attract", "enjoy",
            "earn", "garner", "face", "meet");
    private static final Set<String> CLAUSE_OPENERS = Set.of(",", ";", ":", "--");

    private ReceivedNoun() {
    }

    /** The subject of the verb the noun cue at {@code m} is the object of; empty when it is no such object. */
    static Optional<Mention> target(ClauseActors clauses, Sentence s, KindCues.Match m, List<String> exclude) {
        List<Token> t = s.tokens();
        int v = m.first() - 1;
        while (v >= 0 && (t.get(v).pos().startsWith("JJ") || t.get(v).pos().equals("DT")
                || t.get(v).pos().startsWith("RB"))) {
            v--;
        }
        if (v < 0 || !t.get(v).pos().startsWith("VB") || !RECEIVE.contains(t.get(v).lemma().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        int from = s.start();
        for (int k = v - 1; k >= 0; k--) {
            if (CLAUSE_OPENERS.contains(t.get(k).word())) {
                from = t.get(k).end();
                break;
            }
        }
        return clauses.firstOther(from, t.get(v).start(), exclude);
    }
}
