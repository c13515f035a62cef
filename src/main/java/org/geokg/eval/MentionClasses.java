package org.geokg.eval;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.geokg.extract.text.AnnotatedText;
import org.geokg.extract.text.Token;
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
    /** The type name the scorer reads as persons: a people named as a group. */
    static final String PEOPLE = "People";
    /** Head nouns of buildings, sites and ways: places, whoever runs them. */
    private static final Set<String> FACILITY_HEADS = Set.of("airport", "arena", "avenue", "base", "bridge",
            "building", "cathedral", "center", "centre", "complex", "facility", "factory", "hall", "harbour",
            "hospital", "memorial", "mosque", "museum", "palace", "park", "plaza", "road", "square", "stadium",
            "station", "street", "temple", "tower", "towers");
    /** Buildings known by a name whose head noun alone does not say so. */
    private static final Set<String> BUILDINGS = Set.of("white house", "kremlin", "pentagon");
    private static final Set<String> MODIFIERS = Set.of("NN", "NNS", "NNP", "NNPS", "JJ", "CD", "HYPH", "VBN");
    private static final Set<String> APPOSITION_OPENERS = Set.of("DT", "PRP$", "POS");
    /** Tags that end the head's chunk: prepositions, commas, clauses, brackets, conjunctions, verbs. */
    private static final Set<String> CHUNK_ENDS = Set.of("IN", "TO", ",", "WDT", "WP", "WP$", "WRB", "-LRB-",
            "CC", "VBD", "VBZ", "VBP", "VBG", "VBN", "VB", "MD", ":", ".");
    private static final Set<String> PREPOSITIONS = Set.of("of", "at", "in", "on", "for", "from", "near", "by");

    private final Gazetteer gazetteer;

    MentionClasses(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * The type name to write for mention {@code m} of {@code e} in {@code doc} (whose tokens are
     * {@code all}), or null to leave it out.
     */
    String typeOf(Entity e, Span m, AnnotatedText doc, List<Token> all) {
        if (e.type() == null || !isNamed(m, doc, all)
                || e.type() == EntityType.Person && followsDescription(m, doc, all)) {
            return null;
        }
        if (e.type() == EntityType.Group) {
            // a people ("Muslims") is persons; a coalition of actors is scored by its members
            return e.members().isEmpty() ? PEOPLE : e.type().name();
        }
        String name = bare(m.text());
        if (e.type() == EntityType.Government && namesCountry(name)) {
            return EntityType.Country.name();
        }
        // a site's short form ("the KSC" for "Kennedy Space Center") names the site as well
        if (e.type() != EntityType.Person && e.type() != EntityType.Country
                && (isFacility(name) || isFacility(bare(e.name())))) {
            return PLACE;
        }
        return e.type().name();
    }

    /**
     * The phrases of a person's mention that reaches over an apposition ("Ada Lind, the Mayor of
     * Tidewater"): the corpus marks the name and the apposition as two mentions of the person,
     * and the apposition counts only where it is a name itself.
     */
    static List<Span> appositionParts(Entity e, Span m) {
        int comma = m.text().indexOf(", ");
        if (e.type() != EntityType.Person || comma <= 0) {
            return List.of(m);
        }
        Span name = new Span(m.start(), m.start() + comma, m.text().substring(0, comma), m.confidence());
        int from = comma + 2;
        Span apposition = new Span(m.start() + from, m.end(), m.text().substring(from), m.confidence());
        for (Span other : e.mentions()) {
            // a title the actor finder already took as a mention of its own
            if (other != m && other.start() < apposition.end() && apposition.start() < other.end()) {
                return List.of(name);
            }
        }
        return List.of(name, apposition);
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
     * A mention is a name when the head of its noun phrase is a proper noun: the last word before
     * a preposition, a comma or a clause ("Mike Pompeo, US Secretary of State" by "Pompeo"), and
     * not a common noun that the name only follows ("captain" in "English captain Harry Kane",
     * whose phrase the corpus counts as a description).
     */
    static boolean isNamed(Span m, AnnotatedText doc, List<Token> all) {
        int first = firstTokenAt(all, m.start());
        if (first < 0 || all.get(first).start() >= m.end()) {
            return false;
        }
        Token head = null;
        for (int k = first; k < all.size() && all.get(k).start() < m.end(); k++) {
            Token t = all.get(k);
            if (head != null && CHUNK_ENDS.contains(t.pos())) {
                break;
            }
            if (!t.pos().equals("POS") && !t.pos().equals("DT") && !t.pos().equals("PRP$")) {
                head = t;
            }
        }
        if (head == null) {
            return false;
        }
        if (head.isProperNoun()) {
            return true;
        }
        boolean capital = Character.isUpperCase(head.word().charAt(0)) || Character.isDigit(head.word().charAt(0));
        boolean opening = doc.sentenceAt(head.start()) != null && doc.sentenceAt(head.start()).tokens().get(0) == head;
        // a capital that opens a sentence is a name unless the article writes the word in lower case,
        // or the tagger reads it as a plural common noun and no name ("Estimates suggest")
        return capital && (!opening || !containsWord(doc.text(), head.word().toLowerCase(Locale.ROOT))
                && !(head.pos().equals("NNS") && !head.isNamed()));
    }

    /**
     * A person's name right after a common noun that describes them ("English captain Harry
     * Kane"): the corpus takes the description as the phrase's head, so the phrase is no name.
     */
    static boolean followsDescription(Span m, AnnotatedText doc, List<Token> all) {
        int first = firstTokenAt(all, m.start());
        if (first <= 0) {
            return false;
        }
        Token before = all.get(first - 1);
        // a lower-case word is a common noun whatever the tagger says ("captain" as NNP)
        if (!before.pos().equals("NN") && !before.pos().equals("NNP") || !Character.isLowerCase(before.word().charAt(0))
                || doc.sentenceAt(before.start()) != doc.sentenceAt(all.get(first).start())) {
            return false;
        }
        // with a determiner ("the mayor Ada Lind", "his father Ada Lind") the name stands in
        // apposition and heads its own phrase
        int k = first - 1;
        while (k > 0 && MODIFIERS.contains(all.get(k - 1).pos())) {
            k--;
        }
        return k == 0 || !APPOSITION_OPENERS.contains(all.get(k - 1).pos());
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

    private static int firstTokenAt(List<Token> all, int offset) {
        int lo = 0;
        int hi = all.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (all.get(mid).end() > offset) {
                found = mid;
                hi = mid - 1;
            } else {
                lo = mid + 1;
            }
        }
        return found;
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
