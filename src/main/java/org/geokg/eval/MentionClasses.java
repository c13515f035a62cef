package org.geokg.eval;

import java.util.Locale;
import java.util.Set;
import org.geokg.gazetteer.Gazetteer;
import org.geokg.model.Entity;
import org.geokg.model.EntityType;
import org.geokg.model.Span;

/**
 * Names the class a mention is written with in the mentions prediction file, where the corpus
 * classes by what a name denotes rather than by what the actor does. The model keeps a country
 * that acts as its Government, but the words "France" or "Paris" name a place; a museum, an
 * airport or a road that the model holds as an organisation is a place too. Other mentions keep
 * their entity's type name. Mentions that are not names ("the report", "Officials" opening a
 * sentence) are not written at all, since the corpus scores named mentions only.
 */
final class MentionClasses {
    /** The type name the scorer reads as a place. */
    static final String PLACE = "Place";
    /** Head nouns of buildings, sites and ways: places, whoever runs them. */
    private static final Set<String> FACILITY_HEADS = Set.of("airport", "arena", "avenue", "base", "bridge",
            "building", "cathedral", "center", "centre", "complex", "facility", "factory", "hall", "harbour",
            "hospital", "memorial", "mosque", "museum", "palace", "park", "plaza", "road", "square", "stadium",
            "station", "street", "temple", "tower", "towers");
    /** Buildings known by a name whose head noun alone does not say so. */
    private static final Set<String> BUILDINGS = Set.of("white house", "kremlin", "pentagon");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "some", "many", "several", "one",
            "two", "three", "most", "all", "other", "another", "these", "those", "this", "that", "recent", "such");
    private static final Set<String> PREPOSITIONS = Set.of("of", "at", "in", "on", "for", "from", "near", "by");

    private final Gazetteer gazetteer;

    MentionClasses(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The type name to write for mention {@code m} of {@code e} in {@code text}, or null to leave it out. */
    String typeOf(Entity e, Span m, String text) {
        if (e.type() == null || !isNamed(m, text)) {
            return null;
        }
        String name = bare(m.text());
        if (e.type() == EntityType.Government && namesCountry(name)) {
            return EntityType.Country.name();
        }
        if (e.type() != EntityType.Person && e.type() != EntityType.Country && isFacility(name)) {
            return PLACE;
        }
        return e.type().name();
    }

    private boolean namesCountry(String name) {
        return gazetteer.country(name).isPresent() || gazetteer.countryByCapital(name).isPresent();
    }

    /** A name whose head noun (its last word before a preposition) is a building or a site. */
    static boolean isFacility(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (BUILDINGS.contains(lower)) {
            return true;
        }
        String[] words = lower.split("\\s+");
        int h = 0;
        while (h + 1 < words.length && !PREPOSITIONS.contains(words[h + 1])) {
            h++;
        }
        // a centre or a hall "for" a purpose is a body ("Center for Strategic Studies")
        boolean purpose = h + 1 < words.length && words[h + 1].equals("for");
        return !purpose && FACILITY_HEADS.contains(words[h].replaceAll("[^\\p{L}]", ""));
    }

    /**
     * A mention is a name when a word after its determiners is capitalised, unless that word is
     * only capitalised because it opens a sentence and the article writes it in lower case elsewhere.
     */
    static boolean isNamed(Span m, String text) {
        String[] words = m.text().strip().split("\\s+");
        int k = 0;
        while (k < words.length - 1 && DETERMINERS.contains(words[k].toLowerCase(Locale.ROOT))) {
            k++;
        }
        boolean capital = false;
        for (int i = k; i < words.length; i++) {
            if (!words[i].isEmpty() && (Character.isUpperCase(words[i].charAt(0)) || Character.isDigit(words[i].charAt(0)))) {
                capital = true;
            }
        }
        if (!capital) {
            return false;
        }
        if (words.length - k != 1 || text == null || !opensSentence(text, m.start())) {
            return true;
        }
        String word = words[k].replaceAll("[^\\p{L}]", "");
        String lower = word.toLowerCase(Locale.ROOT);
        return word.equals(lower) || !containsWord(text, lower);
    }

    private static boolean opensSentence(String text, int start) {
        int i = start - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || "\"“‘'(".indexOf(text.charAt(i)) >= 0)) {
            i--;
        }
        return i < 0 || ".!?:\n".indexOf(text.charAt(i)) >= 0;
    }

    private static boolean containsWord(String text, String word) {
        int from = 0;
        while (true) {
            int at = text.indexOf(word, from);
            if (at < 0) {
                return false;
            }
            int end = at + word.length();
            if ((at == 0 || !Character.isLetter(text.charAt(at - 1)))
                    && (end == text.length() || !Character.isLetter(text.charAt(end)))) {
                return true;
            }
            from = at + 1;
        }
    }

    /** The name without a leading "the" and a possessive ending. */
    private static String bare(String s) {
        String t = s.strip();
        if (t.toLowerCase(Locale.ROOT).startsWith("the ")) {
            t = t.substring(4);
        }
        if (t.endsWith("'s") || t.endsWith("’s")) {
            t = t.substring(0, t.length() - 2);
        }
        return t.strip();
    }
}
