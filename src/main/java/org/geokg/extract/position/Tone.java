package org.geokg.extract.position;

import java.util.Locale;
import java.util.Set;
import org.geokg.model.Polarity;

/**
 * A rough attitude of what was said, for positions whose cue carries none ("said"): negative
 * when words of threat, blame or failure outnumber words of approval, positive in the opposite
 * case, otherwise neutral.
 */
final class Tone {
    private static final Set<String> NEGATIVE = Set.of("threat", "threats", "risk", "risks", "danger", "dangerous",
            "concern", "concerns", "worried", "worry", "fail", "failed", "failure", "wrong", "bad", "worse", "worst",
            "dishonest", "lie", "lies", "liar", "corrupt", "illegal", "crime", "criminal", "attack", "attacks",
            "against", "problem", "problems", "crisis", "disaster", "terrible", "unfit", "hack", "hacked", "hacking",
            "interference", "meddling", "spy", "spying", "obsolete", "never", "reject", "oppose", "ban", "punish",
            "weak", "unacceptable", "troubling", "disgrace", "shame", "fraud", "rigged", "collapse", "decline",
            "slow", "slower", "depress", "uncertainty", "tensions", "hostile", "aggression", "breach", "violate");
    private static final Set<String> POSITIVE = Set.of("good", "great", "right", "strong", "success", "successful",
            "support", "welcome", "praise", "progress", "better", "best", "benefit", "benefits", "partner",
            "partnership", "cooperation", "agree", "agreement", "productive", "positive", "improve", "improvement",
            "growth", "reform", "reforms", "proud", "important", "trust", "friend", "friends", "ally", "allies",
            "commitment", "opportunity", "win", "peace", "safe", "secure");

    private static final java.util.regex.Pattern WORD_BREAK = java.util.regex.Pattern.compile("[^a-z']+");

    private Tone() {
    }

    static Polarity of(String text) {
        int neg = 0;
        int pos = 0;
        for (String w : WORD_BREAK.split(text.toLowerCase(Locale.ROOT))) {
            if (NEGATIVE.contains(w)) {
                neg++;
            } else if (POSITIVE.contains(w)) {
                pos++;
            }
        }
        if (neg > pos) {
            return Polarity.NEGATIVE;
        }
        return pos > neg ? Polarity.POSITIVE : Polarity.NEUTRAL;
    }
}
