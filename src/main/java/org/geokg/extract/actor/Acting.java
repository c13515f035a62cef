package org.geokg.extract.actor;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.geokg.extract.text.Token;

/**
 * Tells whether a place name acts as an actor (metonymy: "Beijing warned", "urged London",
 * "a proposal to London and Berlin", "according to Washington") rather than naming a place
 * ("talks in Beijing").
 */
final class Acting {
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");
    private static final Set<String> OBJECT_VERBS = Set.of("urge", "warn", "accuse", "tell", "ask", "press",
            "pressure", "criticize", "criticise", "condemn", "lobby", "persuade", "threaten", "sanction", "blame",
            "thank", "praise", "invite", "call", "push", "convince", "reassure", "assure", "notify", "inform",
            "join", "support", "back", "oppose", "defy", "fight", "attack", "punish", "reject", "rebuke");
    private static final Set<String> RELATION_NOUNS = Set.of("proposal", "offer", "deal", "agreement", "talk",
            "talks", "request", "appeal", "pressure", "ally", "relation", "relations", "tie", "ties", "negotiation",
            "negotiations", "letter", "message", "warning", "assurance", "assurances", "reassurance", "reassurances",
            "dispute", "tension", "tensions", "pact", "treaty", "alliance", "partnership", "cooperation", "dialogue",
            "overture", "demand", "complaint", "protest", "concession", "concessions", "plea", "promise");
    private static final Set<String> SPEECH_NOUNS = Set.of("according");

    private Acting() {
    }

    /** True when the name at tokens [first, last] is the subject of a verb or the addressee of an act. */
    static boolean isActing(List<Token> all, int first, int last) {
        return actsAsSubject(all, last) || isAddressee(all, first);
    }

    static boolean actsAsSubject(List<Token> all, int last) {
        int k = last + 1;
        while (k < all.size() && (all.get(k).pos().startsWith("RB") || all.get(k).word().equals("also"))) {
            k++;
        }
        if (k >= all.size()) {
            return false;
        }
        Token next = all.get(k);
        return FINITE.contains(next.pos()) && !next.word().equals("'s") && !next.word().equals("’s");
    }

    static boolean isAddressee(List<Token> all, int first) {
        int p = first - 1;
        if (p >= 0 && lower(all.get(p).word()).equals("the")) {
            p--;
        }
        if (p < 0) {
            return false;
        }
        Token prev = all.get(p);
        String w = lower(prev.word());
        if (OBJECT_VERBS.contains(lower(prev.lemma())) && prev.pos().startsWith("VB")) {
            return true;
        }
        if (w.equals("by") && p > 0 && all.get(p - 1).pos().equals("VBN")) {
            return true;
        }
        if (w.equals("to") && p > 0 && SPEECH_NOUNS.contains(lower(all.get(p - 1).word()))) {
            return true;
        }
        if (w.equals("to") || w.equals("with") || w.equals("on") || w.equals("from")) {
            for (int k = p - 1; k >= Math.max(0, p - 4); k--) {
                if (RELATION_NOUNS.contains(lower(all.get(k).word()))) {
                    return true;
                }
                if (all.get(k).pos().startsWith("VB") || all.get(k).word().equals(",")) {
                    break;
                }
            }
        }
        return false;
    }

    private static String lower(String w) {
        return w.toLowerCase(Locale.ROOT);
    }
}
