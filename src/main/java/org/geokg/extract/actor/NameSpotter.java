package org.geokg.extract.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
    private static final Set<String> ORG_BRIDGES = Set.of("of", "for", "&", "de", "on");

    private final ActorLexicon lexicon;

    NameSpotter(ActorLexicon lexicon) {
        this.lexicon = lexicon;
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
        return found;
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
            } else {
                break;
            }
        }
        if (Character.isLowerCase(t.word().charAt(0)) && !t.word().contains("-")) {
            // a run that starts lower case ("for Democracy") is the tail of a name cut in two
            return null;
        }
        int start = t.start();
        int end = ts.get(j).end();
        String text = doc.slice(start, end);
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
        return lexicon.countryByDemonym(text).isEmpty() && !text.matches(".*(ese|ish|ian|an|ic)$")
                && !text.contains("-") && !EVENTS.contains(last);
    }

    /**
     * An acronym the tagger left out ("DAB", "FTU") is nearly always an organisation in news;
     * units and formats ("GMT", "HTML", "CEO") are not, so it must be a proper noun and not a
     * known common abbreviation.
     */
    private static boolean isUntaggedAcronym(Token t) {
        return !t.isNamed() && (t.pos().equals("NNP") || t.pos().equals("NN")) && t.word().matches("\\p{Lu}{3,5}")
                && !COMMON_ABBREVIATIONS.contains(t.word());
    }

    private static boolean isOrgOrMisc(String ner) {
        return "ORGANIZATION".equals(ner) || "MISC".equals(ner);
    }

    private static boolean isAcronym(String s) {
        return s.replace(".", "").matches("\\p{Lu}{2,4}");
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
