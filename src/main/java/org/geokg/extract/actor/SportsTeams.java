package org.geokg.extract.actor;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.geokg.extract.text.Token;

/**
 * Tells a match report from other news, and there a country that plays from a country that is a
 * place: in "Sweden defeated South Korea 1 – 0" both names are national teams (organisations),
 * while "the stadium in Sochi" names a place. An article is a match report when it has a score
 * ("3 – 0") and several words of the game.
 */
final class SportsTeams {
    private static final Set<String> GAME_WORDS = Set.of("goal", "goals", "scored", "scoring", "match",
            "matches", "striker", "midfielder", "goalkeeper", "defender", "penalty", "tournament", "league",
            "coach", "referee", "halftime", "half-time", "innings", "wicket", "touchdown", "quarterback", "kick-off",
            "kickoff", "equaliser", "equalizer", "header", "assist", "semifinal", "semi-final", "quarterfinal",
            "quarter-final", "championship", "cup", "squad", "playoff", "playoffs", "fixture", "midfield",
            "tie-break", "podium");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "near", "from", "across", "around",
            "throughout", "inside", "within", "outside", "into", "visit", "visited", "host", "hosts", "hosted");
    private static final Set<String> DASHES = Set.of("–", "-", "—");
    /** A score written as one token ("3-0", "2–1"). */
    private static final Pattern SCORE = Pattern.compile("\\d{1,2}[–-]\\d{1,2}");
    private static final Pattern SMALL_NUMBER = Pattern.compile("\\d{1,2}");

    private SportsTeams() {
    }

    /** True when the text has a score and at least three distinct words of a game. */
    static boolean isMatchReport(List<Token> all) {
        boolean score = false;
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < all.size(); i++) {
            String w = all.get(i).word().toLowerCase(Locale.ROOT);
            if (GAME_WORDS.contains(w)) {
                seen.add(w);
            }
            if (!score && i + 2 < all.size() && isSmallNumber(w) && DASHES.contains(all.get(i + 1).word())
                    && isSmallNumber(all.get(i + 2).word())) {
                score = true;
            }
            if (!score && SCORE.matcher(w).matches()) {
                score = true;
            }
        }
        return score && seen.size() >= 3;
    }

    /** True when the name starting at token {@code first} follows a word that places it ("in Sochi"). */
    static boolean isPlace(List<Token> all, int first) {
        int p = first - 1;
        if (p >= 0 && all.get(p).word().equalsIgnoreCase("the")) {
            p--;
        }
        return p >= 0 && PLACE_PREPOSITIONS.contains(all.get(p).word().toLowerCase(Locale.ROOT));
    }

    private static boolean isSmallNumber(String w) {
        return SMALL_NUMBER.matcher(w).matches();
    }
}
