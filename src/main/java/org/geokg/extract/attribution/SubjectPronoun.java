package org.geokg.extract.attribution;

import java.util.List;
import java.util.Optional;
import org.geokg.extract.actor.Actor;
import org.geokg.extract.actor.ActorIndex;
import org.geokg.extract.text.Token;
import org.geokg.model.EntityType;

/**
 * "It" later in a sentence refers to the sentence's subject rather than to an actor named on the
 * way: in "Huawei is willing to sign a deal with the US to back up its reassurances that it does
 * not plan to spy", "it" is Huawei, not the US named just before. The subject is the actor named
 * before the sentence's first finite verb; a person is no "it".
 */
final class SubjectPronoun {
    private SubjectPronoun() {
    }

    /** The subject of the sentence {@code t} that the pronoun at token {@code pronoun} refers to, if any. */
    static Optional<Actor> of(List<Token> t, int pronoun, ActorIndex actors) {
        String w = t.get(pronoun).word().toLowerCase(java.util.Locale.ROOT);
        if (!w.equals("it") && !w.equals("its")) {
            return Optional.empty();
        }
        for (int v = 0; v < pronoun; v++) {
            String p = t.get(v).pos();
            if (p.equals("VBZ") || p.equals("VBD") || p.equals("VBP") || p.equals("MD")) {
                if (v == 0) {
                    return Optional.empty();
                }
                List<Actor> subject = actors.within(t.get(0).start(), t.get(v - 1).end());
                if (subject.size() != 1 || subject.get(0).type() == EntityType.Person) {
                    return Optional.empty();
                }
                return Optional.of(subject.get(0));
            }
            if (p.equals(",") || p.equals(":") || t.get(v).word().equals("\"")) {
                // an opening clause or a quotation: no plain subject to take
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
