package org.geokg.extract.attribution;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.geokg.extract.actor.Actor;
import org.geokg.extract.actor.ActorIndex;
import org.geokg.extract.attribution.NounPhrases.Range;
import org.geokg.extract.text.Token;
import org.geokg.model.EntityType;

/**
 * Reads which actor a source phrase names by its head, the last word of the phrase. When the head
 * is a person's name ("a Bloomberg interview Trump", "European Council President Donald Tusk"),
 * that person speaks, not the outlet or body named before it as a modifier (which the longest
 * mention would pick); in "McConnell aides" the speakers are the aides, a group of their own, not
 * the person who qualifies them.
 */
final class SourceHead {
    /** Plural nouns for the people around someone, who speak as themselves. */
    private static final Set<String> ENTOURAGE = Set.of("aides", "advisers", "advisors", "allies", "supporters",
            "staffers", "lawyers", "attorneys", "associates", "loyalists", "backers", "confidants", "relatives",
            "friends", "critics", "opponents", "rivals", "deputies", "lieutenants");

    /** What the head says about the phrase's speaker. */
    enum Reading {
        /** The head is a name: its actor speaks. */
        NAMED,
        /** The head is a group around a person named before it ("Clinton aides"): no actor of the index. */
        ENTOURAGE,
        /** Nothing to say: resolve the phrase as a whole. */
        WHOLE
    }

    /** A reading and, for {@link Reading#NAMED}, the actor. */
    record Head(Reading reading, Actor actor) {
    }

    private SourceHead() {
    }

    static Head of(List<Token> t, Range src, ActorIndex actors) {
        Token head = t.get(src.last());
        if (src.first() < src.last() && head.pos().startsWith("NNP")) {
            Optional<Actor> named = actors.at(head.start(), head.end());
            if (named.isPresent() && named.get().type() == EntityType.Person) {
                return new Head(Reading.NAMED, named.get());
            }
        }
        if (src.first() < src.last() && head.pos().equals("NNS")
                && ENTOURAGE.contains(head.word().toLowerCase(Locale.ROOT))) {
            Token before = t.get(src.last() - 1);
            Optional<Actor> modifier = before.pos().startsWith("NNP") ? actors.at(before.start(), before.end())
                    : Optional.empty();
            if (modifier.isPresent() && modifier.get().type() == EntityType.Person) {
                return new Head(Reading.ENTOURAGE, null);
            }
        }
        return new Head(Reading.WHOLE, null);
    }
}
