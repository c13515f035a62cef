package org.geokg.extract.actor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.geokg.extract.text.AnnotatedText;
import org.geokg.extract.text.Sentence;
import org.geokg.extract.text.Token;

/**
 * Finds the names in a text: runs of tokens the tagger gave one class, and capitalised token
 * sequences the lexicon knows (which also correct the tagger's class, e.g. "US" as a country).
 * The longer of two overlapping readings wins. Possessive endings and leading courtesy titles
 * are cut off, so that "Mr. Trump's" yields the mention "Trump".
 */
final class NameSpotter {
    private static final int LONGEST = 7;
    private static final Set<String> CONNECTORS = Set.of("of", "and", "for", "the", "&", "de", "on");
    private static final Set<String> LEADING_TITLES = Set.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.",
            "sir", "president", "senator", "sen.", "gov.", "governor", "rep.", "prime", "minister", "chairman",
            "secretary", "general", "gen.", "judge", "justice", "king", "queen", "prince", "pope", "chancellor",
            "premier", "mayor", "ambassador", "lord", "lady", "professor", "prof.");

    private static final Set<String> COMMON_ABBREVIATIONS = Set.of("GMT", "UTC", "EST", "EDT", "PST", "PDT", "CET",
            "BST", "HTML", "HTTP", "URL", "PDF", "CEO", "CFO", "COO", "CTO", "MP", "MPS", "GDP", "VIP", "LGBT",
            "DNA", "AIDS", "HIV", "COVID", "USD", "EUR", "GBP", "TV", "AM", "PM", "OK", "USB", "LED", "AI", "IT",
            "PR", "HQ", "ID", "FAQ", "PHD", "MBA", "NEW", "THE", "AND", "FOR", "BUT", "NOT", "ALL", "WWII", "WWI",
            "SUV", "ATM", "IPO", "RSS", "API", "SMS", "GPS", "DVD", "CD", "FM", "VR", "AR", "IQ", "OMG", "LOL");

    /** Last words of names of events, prizes and laws, which the tagger calls MISC and which are not actors. */
    private static final Set<String> EVENTS = Set.of("war", "cup", "prize", "medal", "award", "awards", "games",
            "olympics", "championship", "championships", "day", "act", "summit", "festival", "election", "elections",
            "revolution", "crisis", "accord", "accords", "treaty", "agreement", "bill", "law", "tour", "series",
            "league", "open", "marathon", "expo", "week", "month", "year", "era", "movement", "doctrine", "plan");
    /** Last words of names that name organisations, whatever the tagger thought of the words before. */
    private static final Set<String> ORG_HEADS = Set.of("foundation", "institute", "university", "college",
            "association", "society", "trust", "fund", "academy", "federation", "corporation", "company", "council",
            "committee", "commission", "agency", "ministry", "department", "party", "league", "union", "club",
            "museum", "gallery", "hospital", "school", "church", "bank", "inc", "inc.", "corp", "corp.", "ltd", "ltd.",
            "org", "organisation", "organization");
    /** Organisation heads that also name the building it sits in, which a place name may end in. */
    private static final Set<String> BUILDING_HEADS = Set.of("museum", "gallery", "hospital", "school", "church",
            "bank", "university", "college");
    /** Plural last words of names that are parties, fields or events, not peoples. */
    private static final Set<String> NOT_PEOPLES = Set.of("democrats", "republicans", "conservatives", "liberals",
            "socialists", "greens", "tories", "arts", "sciences", "studies", "games", "affairs", "services", "nations",
            "states", "islands", "forces", "times", "news", "olympics", "awards", "series", "championships");
    /** Words for people who work for or own a company, written between its name and theirs. */
    private static final Set<String> STAFF_WORDS = Set.of("founder", "co-founder", "cofounder", "creator", "ceo",
            "chairman", "chairwoman", "owner", "employee", "engineer", "executive", "spokesman", "spokeswoman",
            "spokesperson");
    /** Last words of the names of roads, which an ordinal may open ("5th Avenue"). */
    private static final Set<String> ROADS = Set.of("avenue", "street", "road", "st", "st.", "ave", "ave.");
    /** Last words of the names of buildings and sites, which may be named after a person. */
    private static final Set<String> SITE_HEADS = Set.of("tower", "towers", "factory", "hall", "bridge", "stadium",
            "arena", "airport", "station", "mosque", "palace", "street", "avenue", "road", "square", "building",
            "center", "centre", "plaza", "park");
    /** Words that open a region's name rather than an organisation's ("East Ruritania"). */
    private static final Set<String> REGION_WORDS = Set.of("north", "south", "east", "west", "northern", "southern",
            "eastern", "western", "central", "upper", "lower", "greater", "new", "old", "mainland", "rural", "metro",
            "inner", "outer", "northeast", "northwest", "southeast", "southwest", "far", "great", "little", "occupied",
            "coastal", "downtown");
    /** Courtesy titles that a surname follows. */
    private static final Set<String> COURTESY = Set.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.");
    /** Words that count the members of a people ("one Karen", "many Yazidi"). */
    private static final Set<String> COUNTING = Set.of("one", "two", "three", "many", "several", "some", "most",
            "few", "thousands", "hundreds", "dozens");
    private static final Set<String> ORG_BRIDGES = Set.of("of", "for", "&", "de", "on");
    private static final Pattern BLANKS = Pattern.compile("\\s+");
    private static final Pattern YEAR = Pattern.compile("1[89][0-9]{2}|20[0-9]{2}");
    private static final Pattern ORDINAL = Pattern.compile("[1-9][0-9]*(st|nd|rd|th)");
    private static final Pattern SURNAME = Pattern.compile("\\p{Lu}\\p{Ll}+(-\\p{Lu}\\p{Ll}+)?");
    private static final Pattern SMALL_COUNT = Pattern.compile("[1-9][0-9]{0,2}");
    private static final Pattern CAPITALISED_WORD = Pattern.compile("\\p{Lu}\\p{Ll}+");
    /** Endings of nationality and language words ("Japanese", "Polish", "Syrian", "Arabic"). */
    private static final Pattern DEMONYM_ENDING = Pattern.compile(".*(ese|ish|ian|an|ic)$");
    private static final Pattern UNTAGGED_ACRONYM = Pattern.compile("\\p{Lu}{3,5}");
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,4}");

    private final ActorLexicon lexicon;
    private final NameReadings readings;

    NameSpotter(ActorLexicon lexicon) {
        this.lexicon = lexicon;
        this.readings = new NameReadings(lexicon);
    }

    List<Candidate> spot(AnnotatedText doc) {
        List<Candidate> found = new ArrayList<>();
        List<Token> all = doc.tokens();
        for (Sentence s : doc.sentences()) {
            boolean shouting = isAllCaps(s);
            List<Token> ts = s.tokens();
            int i = 0;
            while (i < ts.size()) {
                Candidate tagged = taggerRun(doc, ts, i);
                Candidate known = lexiconMatch(doc, ts, i);
                Candidate pick = tagged;
                if (known != null && (tagged == null || known.end() >= tagged.end())) {
                    pick = tagged == null ? known
                            : new Candidate(known.first(), known.last(), known.start(), known.end(), known.text(),
                                    tagged.ner(), known.known(), known.source());
                }
                if (pick == null && !shouting) {
                    pick = untaggedOrganization(doc, ts, i);
                }
                if (pick == null && !shouting && isUntaggedAcronym(ts.get(i))) {
                    Token t = ts.get(i);
                    pick = new Candidate(t.index(), t.index(), t.start(), t.end(), t.word(), "ORGANIZATION", null,
                            Candidate.Source.TAGGER);
                }
                if (pick == null) {
                    i++;
                    continue;
                }
                pick = trim(doc, all, pick);
                // a line in capitals ("FULL TEXT.") fools the tagger: keep only names the lexicon knows
                if (pick != null && (!shouting || pick.known() != null)) {
                    found.add(pick);
                }
                int base = ts.get(0).index();
                i = Math.max(i + 1, pickLast(tagged, known) - base + 1);
            }
        }
        List<Candidate> named = repeated(doc, longerRepeats(doc, GluedNames.split(doc, found)));
        named = peoplesByUse(all, personLists(doc, majorityClass(all, named)));
        named = afterCourtesyTitles(doc, ordinalUnits(doc, employers(all, countryEndingNames(doc, named))));
        return readings.apply(doc, withoutEvents(all, named));
    }

    /**
     * Leaves out the names of events that the tagger took for places or organisations: a name
     * written "during the X", "the annual X" or "the 1990 X" is an event's wherever the article
     * writes it. Persons and names the lexicon knows are kept.
     */
    private static List<Candidate> withoutEvents(List<Token> all, List<Candidate> found) {
        Set<String> events = new java.util.HashSet<>();
        for (Candidate c : found) {
            // the name must head its phrase: "the 1990 Kandor floods" and "during Kandor's floods"
            // date the floods, not Kandor
            if (c.known() != null || "PERSON".equals(c.ner()) || c.first() < 2
                    || c.last() + 1 < all.size() && (all.get(c.last() + 1).pos().startsWith("NN")
                    || isPossessive(all.get(c.last() + 1)))) {
                continue;
            }
            String b1 = all.get(c.first() - 1).word().toLowerCase(java.util.Locale.ROOT);
            String b2 = all.get(c.first() - 2).word().toLowerCase(java.util.Locale.ROOT);
            boolean during = b1.equals("during") || b1.equals("the") && b2.equals("during");
            boolean dated = b2.equals("the") && (b1.equals("annual") || YEAR.matcher(b1).matches());
            if (during || dated) {
                events.add(c.text());
            }
        }
        if (events.isEmpty()) {
            return found;
        }
        List<Candidate> out = new ArrayList<>(found.size());
        for (Candidate c : found) {
            if (c.known() != null || "PERSON".equals(c.ner()) || !events.contains(c.text())) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * A name that ends in a country after a word that is no region ("Team Ruritania", "Statistics
     * Ruritania", "Blipster UK") is a team, an agency or a company of that country, not a place.
     * "Team" before a country the tagger left out is taken into the name.
     */
    private List<Candidate> countryEndingNames(AnnotatedText doc, List<Candidate> found) {
        List<Token> all = doc.tokens();
        List<Candidate> out = new ArrayList<>(found.size());
        for (Candidate c : found) {
            Token before = c.first() > 0 ? all.get(c.first() - 1) : null;
            if (c.isCountryLike() && before != null && before.word().equals("Team")) {
                out.add(new Candidate(c.first() - 1, c.last(), before.start(), c.end(), doc.slice(before.start(), c.end()),
                        "ORGANIZATION", null, Candidate.Source.TAGGER));
            } else if (c.known() == null && c.last() > c.first() && !"PERSON".equals(c.ner())
                    && endsInCountry(all, c) && all.get(c.first()).isProperNoun() && !namesEvent(all, c)
                    && !REGION_WORDS.contains(all.get(c.first()).word().toLowerCase(java.util.Locale.ROOT))
                    && lexicon.country(all.get(c.first()).word()).isEmpty()
                    && lexicon.countryByDemonym(all.get(c.first()).word()).isEmpty()) {
                out.add("ORGANIZATION".equals(c.ner()) ? c : new Candidate(c.first(), c.last(), c.start(), c.end(),
                        c.text(), "ORGANIZATION", null, c.source()));
            } else {
                out.add(c);
            }
        }
        return out;
    }

    /** The last one, two or three words of the name are a country, and some word comes before them. */
    private boolean endsInCountry(List<Token> all, Candidate c) {
        for (int k = c.last(); k > c.first() && k >= c.last() - 2; k--) {
            String tail = String.join(" ", words(all, k, c.last()));
            if (lexicon.country(tail).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A place name before a word for someone who works for or owns a company ("Blipster founder
     * Ada Lind", "Ruritania Post spokesperson Bo Frey") names an organisation, and does so
     * wherever the article writes it.
     */
    private static List<Candidate> employers(List<Token> all, List<Candidate> found) {
        Set<String> employers = new java.util.HashSet<>();
        for (Candidate c : found) {
            if ("LOCATION".equals(c.ner()) && c.known() == null && c.last() + 2 < all.size()
                    && STAFF_WORDS.contains(all.get(c.last() + 1).word().toLowerCase(java.util.Locale.ROOT))
                    && "PERSON".equals(all.get(c.last() + 2).ner())) {
                employers.add(c.text());
            }
        }
        if (employers.isEmpty()) {
            return found;
        }
        List<Candidate> out = new ArrayList<>(found.size());
        for (Candidate c : found) {
            out.add("LOCATION".equals(c.ner()) && c.known() == null && employers.contains(c.text())
                    ? new Candidate(c.first(), c.last(), c.start(), c.end(), c.text(), "ORGANIZATION", null, c.source())
                    : c);
        }
        return out;
    }

    /**
     * A name after an ordinal ("the 82nd Airborne Division", "the 3rd Lancers") is a military or
     * other numbered unit: the ordinal belongs to the name, which names an organisation unless
     * it is a road ("5th Avenue").
     */
    private static List<Candidate> ordinalUnits(AnnotatedText doc, List<Candidate> found) {
        List<Token> all = doc.tokens();
        List<Candidate> out = new ArrayList<>(found.size());
        for (Candidate c : found) {
            Token before = c.first() > 0 ? all.get(c.first() - 1) : null;
            String last = all.get(c.last()).word().toLowerCase(java.util.Locale.ROOT);
            if (before != null && c.known() == null && ORDINAL.matcher(before.word()).matches()
                    && !"PERSON".equals(c.ner()) && !ROADS.contains(last) && !namesEvent(all, c)) {
                out.add(new Candidate(c.first() - 1, c.last(), before.start(), c.end(), doc.slice(before.start(), c.end()),
                        "ORGANIZATION", null, c.source()));
            } else {
                out.add(c);
            }
        }
        return out;
    }

    /** "Ada Lind Foundation for the Arts": an organisation's head noun before "for". */
    private static boolean hasBridgedHead(List<Token> all, Candidate c) {
        for (int k = c.first() + 1; k < c.last(); k++) {
            if (all.get(k).word().equals("for") && ORG_HEADS.contains(all.get(k - 1).word().toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** True when the last word of a name says what kind of body or site it is ("Towers", "Foundation"). */
    static boolean hasKindHead(String name) {
        String[] w = BLANKS.split(name.toLowerCase(java.util.Locale.ROOT));
        return w.length > 1 && (ORG_HEADS.contains(w[w.length - 1]) || SITE_HEADS.contains(w[w.length - 1]));
    }

    /** A name with a word of an event's name in it ("the 22nd Tidewater Expo"). */
    private static boolean namesEvent(List<Token> all, Candidate c) {
        for (int k = c.first(); k <= c.last(); k++) {
            if (EVENTS.contains(all.get(k).word().toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The capitalised word after "Mr" or "Dr" that the tagger left out ("Mr Lind said"): a
     * person's surname.
     */
    private static List<Candidate> afterCourtesyTitles(AnnotatedText doc, List<Candidate> found) {
        List<Token> all = doc.tokens();
        boolean[] covered = new boolean[all.size()];
        for (Candidate c : found) {
            for (int k = c.first(); k <= c.last(); k++) {
                covered[k] = true;
            }
        }
        List<Candidate> out = null;
        for (int k = 0; k + 1 < all.size(); k++) {
            Token next = all.get(k + 1);
            if (!COURTESY.contains(all.get(k).word().toLowerCase(java.util.Locale.ROOT)) || covered[k + 1]
                    || !next.pos().equals("NNP") || !SURNAME.matcher(next.word()).matches()) {
                continue;
            }
            int last = k + 1;
            while (last + 1 < all.size() && !covered[last + 1] && all.get(last + 1).pos().equals("NNP")
                    && Character.isUpperCase(all.get(last + 1).word().charAt(0))) {
                last++;
            }
            if (out == null) {
                out = new ArrayList<>(found);
            }
            out.add(new Candidate(k + 1, last, next.start(), all.get(last).end(),
                    doc.slice(next.start(), all.get(last).end()), "PERSON", null, Candidate.Source.TAGGER));
            k = last;
        }
        if (out == null) {
            return found;
        }
        out.sort(Comparator.comparingInt(Candidate::first));
        return out;
    }

    /**
     * A people whose name has no plural form ("the Karen", "Yazidi"): the tagger calls it MISC, and
     * a singular proper noun would pass for an organisation. It is a people when the article
     * counts its members ("one Karen", "200 Karen") or lists it with a people named in the plural
     * ("Kurds and Yazidi"); then it is a people wherever the article writes it.
     */
    private static List<Candidate> peoplesByUse(List<Token> all, List<Candidate> found) {
        Set<String> peoples = new java.util.HashSet<>();
        for (int n = 0; n < found.size(); n++) {
            Candidate c = found.get(n);
            if (!isSingleMiscName(all, c)) {
                continue;
            }
            Token before = c.first() > 0 ? all.get(c.first() - 1) : null;
            // a count, not a year or a time ("2008 Wikinews", "15:11 GMT")
            boolean counted = before != null && (before.pos().equals("CD") && SMALL_COUNT.matcher(before.word()).matches()
                    || COUNTING.contains(before.word().toLowerCase(java.util.Locale.ROOT)));
            boolean listed = n > 0 && found.get(n - 1).source() == Candidate.Source.PEOPLE
                    && onlyListJoiners(all, found.get(n - 1).last() + 1, c.first() - 1)
                    || n + 1 < found.size() && found.get(n + 1).source() == Candidate.Source.PEOPLE
                    && onlyListJoiners(all, c.last() + 1, found.get(n + 1).first() - 1);
            if (counted || listed) {
                peoples.add(c.text());
            }
        }
        if (peoples.isEmpty()) {
            return found;
        }
        List<Candidate> out = new ArrayList<>(found.size());
        for (Candidate c : found) {
            out.add(isSingleMiscName(all, c) && peoples.contains(c.text())
                    ? new Candidate(c.first(), c.last(), c.start(), c.end(), c.text(), "MISC", null,
                            Candidate.Source.PEOPLE)
                    : c);
        }
        return out;
    }

    private static boolean isSingleMiscName(List<Token> all, Candidate c) {
        return "MISC".equals(c.ner()) && c.known() == null && c.source() == Candidate.Source.TAGGER
                && c.first() == c.last() && all.get(c.first()).pos().equals("NNP")
                && CAPITALISED_WORD.matcher(c.text()).matches();
    }

    /**
     * Names listed among persons are persons: in "Zeus, Hera, Poseidon and Athena" or "Ana Lind,
     * Bo Frey and Cid Moreau" the tagger may read one member as a place or an organisation, but a
     * list of three or more names joined by commas and "and" whose members are mostly persons
     * names persons. The name is then a person wherever the article writes it. Names the lexicon
     * knows and names that end in an organisation's head noun keep their class.
     */
    private static List<Candidate> personLists(AnnotatedText doc, List<Candidate> found) {
        List<Token> all = doc.tokens();
        Set<List<String>> persons = new java.util.HashSet<>();
        int i = 0;
        while (i < found.size()) {
            int j = i;
            while (j + 1 < found.size() && onlyListJoiners(all, found.get(j).last() + 1, found.get(j + 1).first() - 1)
                    && doc.sentenceAt(found.get(j).start()) == doc.sentenceAt(found.get(j + 1).start())) {
                j++;
            }
            int n = j - i + 1;
            int tagged = 0;
            for (int k = i; k <= j; k++) {
                if ("PERSON".equals(found.get(k).ner())) {
                    tagged++;
                }
            }
            if (n >= 3 && tagged >= 2 && tagged * 2 > n) {
                for (int k = i; k <= j; k++) {
                    Candidate c = found.get(k);
                    // "the FTU's Ada Lind": a name before a possessive qualifies the next one
                    boolean qualifier = c.last() + 1 < all.size() && isPossessive(all.get(c.last() + 1));
                    if (!qualifier && couldBePerson(all, c)) {
                        persons.add(words(all, c.first(), c.last()));
                    }
                }
            }
            i = j + 1;
        }
        if (persons.isEmpty()) {
            return found;
        }
        List<Candidate> out = new ArrayList<>(found.size());
        for (Candidate c : found) {
            boolean listed = !"PERSON".equals(c.ner()) && couldBePerson(all, c)
                    && persons.contains(words(all, c.first(), c.last()));
            out.add(listed ? new Candidate(c.first(), c.last(), c.start(), c.end(), c.text(), "PERSON", null,
                    Candidate.Source.TAGGER) : c);
        }
        return out;
    }

    /** An unknown name of at most three capitalised words, each a proper noun or tagged as a name, with no organisation head noun. */
    private static boolean couldBePerson(List<Token> all, Candidate c) {
        if (c.known() != null || c.source() != Candidate.Source.TAGGER || c.last() - c.first() > 2
                || ORG_HEADS.contains(all.get(c.last()).word().toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        for (int k = c.first(); k <= c.last(); k++) {
            String w = all.get(k).word();
            if (w.length() > 1 && w.equals(w.toUpperCase(java.util.Locale.ROOT))) {
                // an acronym names a body, not a person
                return false;
            }
            // the tagger's part of speech may be wrong where its name class is right ("Dries" as a verb)
            if (!Character.isUpperCase(w.charAt(0)) || !all.get(k).isProperNoun() && !all.get(k).isNamed()) {
                return false;
            }
        }
        return true;
    }

    /** Only commas and "and" between two names (and at least one of them). */
    private static boolean onlyListJoiners(List<Token> all, int from, int to) {
        if (to < from) {
            return false;
        }
        for (int k = from; k <= to; k++) {
            String w = all.get(k).word();
            if (!w.equals(",") && !w.equals("and")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Gives every unknown name the class the tagger gave it most often in the article, counting
     * where it is written inside longer names too: the tagger reads "Scientology" as an
     * organisation in most sentences and as a place or a person in a few.
     */
    private static List<Candidate> majorityClass(List<Token> all, List<Candidate> found) {
        Map<List<String>, Map<String, Integer>> votes = new HashMap<>();
        for (Candidate c : found) {
            if (c.known() == null && !"O".equals(c.ner())) {
                votes.putIfAbsent(words(all, c.first(), c.last()), new HashMap<>());
            }
        }
        if (votes.isEmpty()) {
            return found;
        }
        Set<String> starts = firstWords(votes.keySet());
        for (int i = 0; i < all.size(); i++) {
            if (!all.get(i).isNamed() || !starts.contains(all.get(i).word())) {
                continue;
            }
            for (int len = 1; len <= LONGEST && i + len <= all.size(); len++) {
                Map<String, Integer> v = votes.get(words(all, i, i + len - 1));
                if (v != null && all.get(i).isNamed()) {
                    // inside a longer name the tagger gives the class of the whole ("Irving" in
                    // "Irving Police Department"): such a reading counts half
                    String ner = all.get(i).ner();
                    boolean inside = i > 0 && ner.equals(all.get(i - 1).ner())
                            || i + len < all.size() && ner.equals(all.get(i + len).ner());
                    v.merge(voteClass(ner), inside ? 1 : 2, Integer::sum);
                }
            }
        }
        List<Candidate> out = new ArrayList<>(found.size());
        for (Candidate c : found) {
            // a class the spotter chose against the tagger ("Croucher Foundation") is not put to the vote,
            // and a name of several words that ends in an organisation's head noun ("the Sea Org") is an
            // organisation wherever the tagger read it as a place
            String tagged = all.get(c.first()).ner();
            String head = all.get(c.last()).word().toLowerCase(java.util.Locale.ROOT);
            boolean overridden = "ORGANIZATION".equals(c.ner()) && ("PERSON".equals(tagged) || "LOCATION".equals(tagged))
                    && ORG_HEADS.contains(head);
            if (c.known() == null && "ORGANIZATION".equals(c.ner()) && c.last() > c.first()
                    && (ORG_HEADS.contains(head) && !BUILDING_HEADS.contains(head) || hasBridgedHead(all, c))) {
                out.add(c);
                continue;
            }
            Map<String, Integer> v = c.known() == null && !overridden ? votes.get(words(all, c.first(), c.last())) : null;
            String best = voteClass(c.ner());
            if (v != null) {
                int total = v.values().stream().mapToInt(Integer::intValue).sum();
                for (var e : v.entrySet()) {
                    if (e.getValue() > v.getOrDefault(best, 0) && e.getValue() * 2 > total) {
                        best = e.getKey();
                    }
                }
            }
            out.add(best.equals(voteClass(c.ner())) ? c
                    : new Candidate(c.first(), c.last(), c.start(), c.end(), c.text(), best, c.known(), c.source()));
        }
        return out;
    }

    /** MISC names that are kept are read as organisations, so they vote with them. */
    private static String voteClass(String ner) {
        return "MISC".equals(ner) ? "ORGANIZATION" : ner;
    }

    /**
     * A name of several words that the tagger found once is that name wherever the article
     * writes the same words, also where the tagger took only a part of them ("Environment
     * Canada" after it read "Canada" alone as the country): the names inside give way to it.
     */
    private static List<Candidate> longerRepeats(AnnotatedText doc, List<Candidate> found) {
        List<Token> all = doc.tokens();
        Map<List<String>, Candidate> multi = new HashMap<>();
        for (Candidate c : found) {
            if (c.known() == null && c.last() > c.first() && c.last() - c.first() < LONGEST
                    && properWords(all, c.first(), c.last())) {
                multi.putIfAbsent(words(all, c.first(), c.last()), c);
            }
        }
        if (multi.isEmpty()) {
            return found;
        }
        Candidate[] byToken = new Candidate[all.size()];
        for (Candidate c : found) {
            for (int k = c.first(); k <= c.last(); k++) {
                byToken[k] = c;
            }
        }
        List<Candidate> out = new ArrayList<>(found);
        boolean changed = false;
        Set<String> starts = firstWords(multi.keySet());
        for (int i = 0; i < all.size(); i++) {
            if (!starts.contains(all.get(i).word())) {
                continue;
            }
            for (int len = Math.min(LONGEST, all.size() - i); len >= 2; len--) {
                int last = i + len - 1;
                Candidate c = multi.get(words(all, i, last));
                if (c == null) {
                    continue;
                }
                if (byToken[i] != null && byToken[i].first() == i && byToken[i].last() == last
                        || !replacesOnlyInnerNames(all, byToken, i, last)) {
                    break;
                }
                for (int k = i; k <= last; k++) {
                    out.remove(byToken[k]);
                }
                Candidate longer = new Candidate(i, last, all.get(i).start(), all.get(last).end(),
                        doc.slice(all.get(i).start(), all.get(last).end()), c.ner(), null, c.source());
                out.add(longer);
                for (int k = i; k <= last; k++) {
                    byToken[k] = longer;
                }
                changed = true;
                i = last;
                break;
            }
        }
        if (changed) {
            out.sort(Comparator.comparingInt(Candidate::first));
        }
        return out;
    }

    /**
     * True when some names lie in tokens {@code first..last}, none reaches out of them, and the
     * words next to them are no proper nouns (which would make a longer name).
     */
    private static boolean replacesOnlyInnerNames(List<Token> all, Candidate[] byToken, int first, int last) {
        boolean any = false;
        for (int k = first; k <= last; k++) {
            Candidate b = byToken[k];
            if (b != null) {
                any = true;
                if (b.first() < first || b.last() > last) {
                    return false;
                }
            }
        }
        // a title after the name ("Museum of Flight CEO Ada Lind") does not lengthen it
        return any && (first == 0 || !all.get(first - 1).isProperNoun())
                && (last + 1 == all.size() || !all.get(last + 1).isProperNoun()
                || RoleFinder.isTitleWord(all.get(last + 1).word().toLowerCase(java.util.Locale.ROOT)));
    }

    private static boolean properWords(List<Token> all, int first, int last) {
        for (int k = first; k <= last; k++) {
            if (!all.get(k).isProperNoun() && !CONNECTORS.contains(all.get(k).word())) {
                return false;
            }
        }
        return all.get(first).isProperNoun() && all.get(last).isProperNoun();
    }

    /**
     * Adds the other places where the text writes a found name the same way, as proper nouns,
     * where the tagger saw nothing ("on Twitter" after "Twitter" was tagged once): a name is a
     * name wherever it is written.
     */
    private static List<Candidate> repeated(AnnotatedText doc, List<Candidate> found) {
        List<Token> all = doc.tokens();
        boolean[] covered = new boolean[all.size()];
        Map<List<String>, Candidate> byWords = new HashMap<>();
        for (Candidate c : found) {
            for (int k = c.first(); k <= c.last(); k++) {
                covered[k] = true;
            }
            if (c.last() - c.first() < LONGEST) {
                byWords.putIfAbsent(words(all, c.first(), c.last()), c);
            }
        }
        if (byWords.isEmpty()) {
            return found;
        }
        List<Candidate> out = new ArrayList<>(found);
        Set<String> starts = firstWords(byWords.keySet());
        for (Sentence s : doc.sentences()) {
            List<Token> ts = s.tokens();
            for (int i = 0; i < ts.size(); i++) {
                int first = ts.get(i).index();
                if (covered[first] || !ts.get(i).isProperNoun() || !starts.contains(ts.get(i).word())) {
                    continue;
                }
                for (int len = Math.min(LONGEST, ts.size() - i); len >= 1; len--) {
                    int last = first + len - 1;
                    Candidate c = byWords.get(words(all, first, last));
                    if (c != null && properAndFree(all, covered, first, last)
                            && !(last + 1 < all.size() && all.get(last + 1).isProperNoun() && !covered[last + 1]
                            && !RoleFinder.isTitleWord(all.get(last + 1).word().toLowerCase(java.util.Locale.ROOT)))) {
                        int start = all.get(first).start();
                        int end = all.get(last).end();
                        out.add(new Candidate(first, last, start, end, doc.slice(start, end), c.ner(), c.known(),
                                c.source()));
                        for (int k = first; k <= last; k++) {
                            covered[k] = true;
                        }
                        i += len - 1;
                        break;
                    }
                }
            }
        }
        out.sort(Comparator.comparingInt(Candidate::first));
        return out;
    }

    private static boolean properAndFree(List<Token> all, boolean[] covered, int first, int last) {
        for (int k = first; k <= last; k++) {
            // a hyphen inside a name ("Yau Wai-ching") is written as a token of its own
            boolean hyphen = k > first && k < last && all.get(k).pos().equals("HYPH");
            if (covered[k] || !(all.get(k).isProperNoun() || hyphen || CONNECTORS.contains(all.get(k).word()))) {
                return false;
            }
        }
        return first == 0 || !all.get(first - 1).isProperNoun() || covered[first - 1];
    }

    private static List<String> words(List<Token> all, int first, int last) {
        List<String> w = new ArrayList<>(last - first + 1);
        for (int k = first; k <= last; k++) {
            w.add(all.get(k).word());
        }
        return w;
    }

    /** The first words of names: a name can start only at a token with one of them, so other tokens need no lookup. */
    private static Set<String> firstWords(java.util.Collection<List<String>> names) {
        Set<String> first = new java.util.HashSet<>();
        for (List<String> n : names) {
            first.add(n.get(0));
        }
        return first;
    }

    private static int pickLast(Candidate a, Candidate b) {
        int last = -1;
        if (a != null) {
            last = Math.max(last, a.last());
        }
        if (b != null) {
            last = Math.max(last, b.last());
        }
        return last;
    }

    private static boolean isAllCaps(Sentence s) {
        int letters = 0;
        int upper = 0;
        for (Token t : s.tokens()) {
            for (int k = 0; k < t.word().length(); k++) {
                char c = t.word().charAt(k);
                if (Character.isLetter(c)) {
                    letters++;
                    if (Character.isUpperCase(c)) {
                        upper++;
                    }
                }
            }
        }
        return letters >= 4 && upper == letters;
    }

    private Candidate taggerRun(AnnotatedText doc, List<Token> ts, int i) {
        Token t = ts.get(i);
        if (!t.isNamed() || isPossessive(t)) {
            return null;
        }
        int j = i;
        String ner = t.ner();
        while (j + 1 < ts.size() && !isPossessive(ts.get(j + 1))) {
            Token next = ts.get(j + 1);
            if (next.ner().equals(ner)) {
                j++;
            } else if ("MISC".equals(ner) && "ORGANIZATION".equals(next.ner()) && next.pos().startsWith("NNP")
                    && ts.get(j).pos().startsWith("NNP") && lexicon.countryByDemonym(ts.get(j).word()).isEmpty()) {
                // "National League" (MISC) "for Democracy" (ORGANIZATION): one organisation
                ner = "ORGANIZATION";
                j++;
            } else if (isOrgOrMisc(ner) && j + 2 < ts.size() && ORG_BRIDGES.contains(next.word())
                    && isOrgOrMisc(ts.get(j + 2).ner()) && Character.isUpperCase(ts.get(j + 2).word().charAt(0))
                    && ("ORGANIZATION".equals(ner) || "ORGANIZATION".equals(next.ner()))) {
                ner = "ORGANIZATION";
                // "National League for Democracy": the tagger often leaves the "for" out
                j += 2;
            } else if (("ORGANIZATION".equals(ner) || ORG_HEADS.contains(ts.get(j).word().toLowerCase(java.util.Locale.ROOT)))
                    && j + 3 < ts.size() && next.word().equals("for")
                    && ts.get(j + 2).word().equals("the") && isOrgOrMisc(ts.get(j + 3).ner())
                    && Character.isUpperCase(ts.get(j + 3).word().charAt(0))) {
                // "Ada Lind Foundation for the Arts": the tagger stops at "for the"
                ner = "ORGANIZATION";
                j += 3;
            } else {
                break;
            }
        }
        if (Character.isLowerCase(t.word().charAt(0)) && !t.word().contains("-")) {
            // a run that starts lower case ("for Democracy") is the tail of a name cut in two
            return null;
        }
        String head = ts.get(j).word().toLowerCase(java.util.Locale.ROOT);
        if ("PERSON".equals(ner) && j > i && ORG_HEADS.contains(head)
                || "LOCATION".equals(ner) && j > i && ORG_HEADS.contains(head) && !BUILDING_HEADS.contains(head)) {
            // "the Croucher Foundation" is named after a person, "the Sea Org" after the sea:
            // both are organisations
            ner = "ORGANIZATION";
        } else if ("PERSON".equals(ner) && j > i && SITE_HEADS.contains(head)) {
            // "the Lindqvist Towers", "the Hopper Factory": a site named after a person
            ner = "LOCATION";
        }
        int start = t.start();
        int end = ts.get(j).end();
        String text = doc.slice(start, end);
        if ("MISC".equals(ner) && isPeople(ts, i, j)) {
            return new Candidate(t.index(), ts.get(j).index(), start, end, text, ner, null, Candidate.Source.PEOPLE);
        }
        if (!hasLetter(text) || "MISC".equals(ner) && !isMiscName(ts, i, j, text)) {
            return null;
        }
        KnownActor known = null;
        Candidate.Source source = Candidate.Source.TAGGER;
        Candidate fromLexicon = lookup(text, ner);
        if (fromLexicon != null) {
            known = fromLexicon.known();
            source = fromLexicon.source();
        }
        return new Candidate(t.index(), ts.get(j).index(), start, end, text, ner, known, source);
    }

    private Candidate lexiconMatch(AnnotatedText doc, List<Token> ts, int i) {
        if (!startsName(ts.get(i))) {
            return null;
        }
        for (int len = Math.min(LONGEST, ts.size() - i); len >= 1; len--) {
            Token last = ts.get(i + len - 1);
            if (!startsName(last)) {
                continue;
            }
            boolean ok = true;
            for (int k = i + 1; k < i + len - 1; k++) {
                Token mid = ts.get(k);
                if (!startsName(mid) && !CONNECTORS.contains(mid.word().toLowerCase(java.util.Locale.ROOT))) {
                    ok = false;
                    break;
                }
            }
            if (!ok) {
                continue;
            }
            String text = doc.slice(ts.get(i).start(), last.end());
            Candidate c = lookup(text, ts.get(i).ner());
            if (c != null) {
                // a person the tagger is sure of ("Chad Smith", "Paris" the socialite) is not a country
                if (c.isCountryLike() && "PERSON".equals(ts.get(i).ner()) && !isAcronym(text)) {
                    return null;
                }
                return new Candidate(ts.get(i).index(), last.index(), ts.get(i).start(), last.end(), text,
                        ts.get(i).isNamed() ? ts.get(i).ner() : "O", c.known(), c.source());
            }
        }
        return null;
    }

    /** Looks a name up in the lexicon, countries first; returns a candidate carrying only known and source. */
    private Candidate lookup(String text, String ner) {
        Optional<KnownActor> k = lexicon.country(text);
        if (k.isPresent()) {
            return new Candidate(0, 0, 0, 0, text, ner, k.get(), Candidate.Source.COUNTRY);
        }
        k = lexicon.organization(text);
        if (k.isPresent()) {
            return new Candidate(0, 0, 0, 0, text, ner, k.get(), Candidate.Source.ORGANIZATION);
        }
        k = lexicon.governmentBody(text);
        if (k.isPresent()) {
            return new Candidate(0, 0, 0, 0, text, ner, k.get(), Candidate.Source.GOVERNMENT_BODY);
        }
        k = lexicon.countryByCapital(text);
        if (k.isPresent() && !"PERSON".equals(ner)) {
            return new Candidate(0, 0, 0, 0, text, ner, k.get(), Candidate.Source.CAPITAL);
        }
        return null;
    }

    /** Cuts leading courtesy titles from person names; drops what is left empty. */
    private static Candidate trim(AnnotatedText doc, List<Token> all, Candidate c) {
        if (!"PERSON".equals(c.ner()) || c.known() != null) {
            return c;
        }
        int first = c.first();
        while (first < c.last() && LEADING_TITLES.contains(all.get(first).word().toLowerCase(java.util.Locale.ROOT))) {
            first++;
        }
        if (first == c.first()) {
            return c;
        }
        int start = all.get(first).start();
        return new Candidate(first, c.last(), start, c.end(), doc.slice(start, c.end()), c.ner(), null, c.source());
    }

    /**
     * A MISC run is kept (as an organisation) only when it is a singular proper name ("Wikinews",
     * "Scientology"): nationalities, languages, peoples ("Muslims") and events are not actors.
     */
    private boolean isMiscName(List<Token> ts, int i, int j, String text) {
        for (int k = i; k <= j; k++) {
            String pos = ts.get(k).pos();
            if (!pos.equals("NNP") && !pos.equals("HYPH")) {
                return false;
            }
        }
        String last = ts.get(j).word().toLowerCase(java.util.Locale.ROOT);
        return lexicon.countryByDemonym(text).isEmpty() && !DEMONYM_ENDING.matcher(text).matches()
                && !text.contains("-") && !EVENTS.contains(last);
    }

    /**
     * Capitalised words the tagger left out that end in a word naming a kind of organisation
     * ("the Make-A-Wish Foundation").
     */
    private static Candidate untaggedOrganization(AnnotatedText doc, List<Token> ts, int i) {
        if (ts.get(i).isNamed() || !ts.get(i).isProperNoun() || i > 0 && ts.get(i - 1).isProperNoun()) {
            return null;
        }
        int j = i;
        while (j + 1 < ts.size() && !ts.get(j + 1).isNamed() && ts.get(j + 1).isProperNoun()
                && Character.isUpperCase(ts.get(j + 1).word().charAt(0))) {
            j++;
        }
        if (j == i || !ORG_HEADS.contains(ts.get(j).word().toLowerCase(java.util.Locale.ROOT))) {
            return null;
        }
        int start = ts.get(i).start();
        int end = ts.get(j).end();
        return new Candidate(ts.get(i).index(), ts.get(j).index(), start, end, doc.slice(start, end), "ORGANIZATION",
                null, Candidate.Source.TAGGER);
    }

    /** A people named by a plural proper noun ("Muslims", "Afghans", "Rationalist Atheists"). */
    private static boolean isPeople(List<Token> ts, int i, int j) {
        Token last = ts.get(j);
        for (int k = i; k < j; k++) {
            if (!ts.get(k).pos().startsWith("NNP")) {
                return false;
            }
        }
        return last.pos().equals("NNPS") && last.word().endsWith("s") && last.word().length() > 3
                && !NOT_PEOPLES.contains(last.word().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * An acronym the tagger left out ("DAB", "FTU") is nearly always an organisation in news;
     * units and formats ("GMT", "HTML", "CEO") are not, so it must be a proper noun and not a
     * known common abbreviation.
     */
    private static boolean isUntaggedAcronym(Token t) {
        return !t.isNamed() && (t.pos().equals("NNP") || t.pos().equals("NN")) && UNTAGGED_ACRONYM.matcher(t.word()).matches()
                && !COMMON_ABBREVIATIONS.contains(t.word());
    }

    private static boolean isOrgOrMisc(String ner) {
        return "ORGANIZATION".equals(ner) || "MISC".equals(ner);
    }

    private static boolean isAcronym(String s) {
        return ACRONYM.matcher(s.replace(".", "")).matches();
    }

    private static boolean hasLetter(String s) {
        for (int k = 0; k < s.length(); k++) {
            if (Character.isLetter(s.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsName(Token t) {
        String w = t.word();
        return !w.isEmpty() && (Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0)) && t.isProperNoun());
    }

    private static boolean isPossessive(Token t) {
        return t.word().equals("'s") || t.word().equals("’s") || t.word().equals("'") || t.word().equals("’")
                || "POS".equals(t.pos());
    }
}
