package org.geokg.extract.actor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.geokg.extract.text.AnnotatedText;
import org.geokg.extract.text.Token;
import org.geokg.model.EntityType;
import org.geokg.model.Role;
import org.geokg.model.Span;

/**
 * Finds the actors of one article: names from the tagger and the lexicon, typed (a country that
 * acts is its government, "Beijing warned" too; "telecom giant Huawei" is a company),
 * coalitions ("Germany, France and the Netherlands said") made a Group of governments, and
 * mentions of one actor merged ("Mike Pompeo" ... "Pompeo"; "CIA" with "Central Intelligence
 * Agency"). Roles come from titles next to names. Stateless and thread-safe.
 *
 * <pre>{@code
 * ActorIndex actors = new ActorFinder(lexicon).find(Annotator.shared().annotate(text));
 * }</pre>
 */
public final class ActorFinder {
    private static final Pattern BLANKS = Pattern.compile("\\s+");
    private static final Pattern WORD_BREAKS = Pattern.compile("[\\s-]+");
    /** A middle initial ("Donald J. Trump"). */
    private static final Pattern MIDDLE_INITIAL = Pattern.compile(" \\p{Lu}\\.(?= )");
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,6}");
    private static final Pattern CAPITALISED_WORDS = Pattern.compile("\\p{Lu}\\p{Ll}+( \\p{Lu}\\p{Ll}+)*");
    private static final double TAGGER = 0.75;
    private static final double KNOWN = 0.9;
    private static final double COALITION = 0.7;
    private static final Set<String> MALE = Set.of("he", "him", "his", "himself");
    private static final Set<String> FEMALE = Set.of("she", "her", "hers", "herself");

    private final ActorLexicon lexicon;
    private final NameSpotter spotter;
    private final RoleFinder roleFinder;

    public ActorFinder(ActorLexicon lexicon) {
        this.lexicon = lexicon;
        this.spotter = new NameSpotter(lexicon);
        this.roleFinder = new RoleFinder(lexicon);
    }

    /** One actor being assembled from its mentions. */
    private static final class Draft {
        final String key;
        EntityType type;
        String name;
        String country;
        String wikidata;
        final List<Span> mentions = new ArrayList<>();
        final Set<String> aliases = new LinkedHashSet<>();
        final List<String[]> roles = new ArrayList<>();
        final List<String> members = new ArrayList<>();
        int maleVotes;
        int femaleVotes;
        /** A product or a vehicle: named in the text, but no actor. */
        boolean product;

        Draft(String key, EntityType type, String name) {
            this.key = key;
            this.type = type;
            this.name = name;
        }

        int first() {
            return mentions.stream().mapToInt(Span::start).min().orElse(Integer.MAX_VALUE);
        }
    }

    public ActorIndex find(AnnotatedText doc) {
        List<Token> all = doc.tokens();
        List<Candidate> cands = spotter.spot(doc);
        Map<String, Draft> drafts = new LinkedHashMap<>();
        String[] keyOf = new String[cands.size()];
        Map<Candidate, Integer> indexOf = new HashMap<>();
        for (int i = 0; i < cands.size(); i++) {
            indexOf.put(cands.get(i), i);
        }
        List<RoleFinder.Found> roles = roleFinder.find(all, cands);
        Set<Candidate> roleOrganizations = new HashSet<>();
        for (RoleFinder.Found f : roles) {
            if (f.organization() != null) {
                roleOrganizations.add(f.organization());
            }
        }
        Set<Integer> personLike = personCandidates(cands);
        Map<Integer, List<Integer>> coalitions = coalitions(all, cands);
        Set<Integer> actingCountries = new HashSet<>();
        for (var e : coalitions.entrySet()) {
            actingCountries.addAll(e.getValue());
        }
        for (int i = 0; i < cands.size(); i++) {
            Candidate c = cands.get(i);
            if (c.isCountryLike() && (roleOrganizations.contains(c) || Acting.isActing(all, c.first(), c.last()))) {
                actingCountries.add(i);
            }
        }

        // persons first, full names before single words, so surnames find their full name
        List<Integer> order = new ArrayList<>(personLike);
        order.sort(Comparator.comparingInt((Integer i) -> -wordCount(cands.get(i).text())).thenComparingInt(i -> i));
        for (int i : order) {
            keyOf[i] = personKey(cands.get(i), cands, keyOf, drafts);
        }
        boolean matchReport = SportsTeams.isMatchReport(all);
        for (int i = 0; i < cands.size(); i++) {
            Candidate c = cands.get(i);
            if (keyOf[i] == null && matchReport && isTeam(all, c)) {
                keyOf[i] = teamDraft(c, drafts).key;
            } else if (keyOf[i] == null) {
                keyOf[i] = otherKey(all, c, actingCountries.contains(i), drafts);
            }
        }
        mergeAcronyms(cands, keyOf, drafts);
        markProducts(all, cands, keyOf, drafts);
        // a person's mention reaches over an apposition that gives a title ("Mike Pompeo, US
        // Secretary of State and a former CIA chief"): the phrase names him, and a clause about
        // him is not about the CIA named inside it
        Map<Candidate, Integer> appositionEnds = new HashMap<>();
        for (RoleFinder.Found f : roles) {
            if (f.appositionEnd() > 0) {
                appositionEnds.merge(f.person(), f.appositionEnd(), Math::max);
            }
        }
        for (int i = 0; i < cands.size(); i++) {
            Candidate c = cands.get(i);
            Draft d = drafts.get(keyOf[i]);
            double conf = c.known() != null ? KNOWN : TAGGER;
            int end = appositionEnds.getOrDefault(c, c.end());
            d.mentions.add(new Span(c.start(), end, doc.slice(c.start(), end), conf));
            d.aliases.add(c.text());
        }
        Set<Long> nested = new HashSet<>();
        for (Candidate n : nestedCountries(all, cands)) {
            Draft d = drafts.computeIfAbsent("country:" + n.known().country(),
                    x -> new Draft(x, EntityType.Country, n.known().name()));
            d.country = n.known().country();
            d.wikidata = n.known().wikidata();
            d.mentions.add(new Span(n.start(), n.end(), n.text(), KNOWN));
            d.aliases.add(n.text());
            nested.add(((long) n.start() << 32) | n.end());
        }
        nestedNames(doc, cands, keyOf, drafts, nested);
        shortForms(all, doc, cands, keyOf, drafts);
        for (var e : coalitions.entrySet()) {
            List<Integer> members = e.getValue();
            Candidate first = cands.get(members.get(0));
            Candidate last = cands.get(members.get(members.size() - 1));
            String text = doc.slice(first.start(), last.end());
            Draft g = drafts.computeIfAbsent("group:" + text, k -> new Draft(k, EntityType.Group, text));
            g.mentions.add(new Span(first.start(), last.end(), text, COALITION));
            for (int m : members) {
                if (!g.members.contains(keyOf[m])) {
                    g.members.add(keyOf[m]);
                }
            }
        }
        for (RoleFinder.Found f : roles) {
            Draft person = drafts.get(keyOf[indexOf.get(f.person())]);
            String orgKey = null;
            if (f.organization() != null) {
                orgKey = keyOf[indexOf.get(f.organization())];
            } else if (f.demonymCountry() != null) {
                orgKey = governmentDraft(f.demonymCountry(), drafts).key;
            }
            person.roles.add(new String[] {f.title(), orgKey});
            if (person.country == null && orgKey != null) {
                person.country = drafts.get(orgKey).country;
            }
        }
        for (Draft d : drafts.values()) {
            if (d.type == EntityType.Person) {
                // "Donald J. Trump" is named "Donald Trump", the form other articles use
                String plain = MIDDLE_INITIAL.matcher(d.name).replaceAll("");
                if (!plain.equals(d.name)) {
                    d.aliases.add(d.name);
                    d.name = plain;
                }
            }
            if (d.type == EntityType.Person && wordCount(d.name) > 1) {
                lexicon.person(d.name).ifPresent(k -> {
                    d.wikidata = k.wikidata();
                    if (d.country == null) {
                        d.country = k.country();
                    }
                });
            }
        }
        titlesAlone(doc, cands, keyOf, drafts, roles);
        genders(all, cands, keyOf, drafts);
        return build(drafts);
    }

    /**
     * "The President" after "US President Ada Lind": a capitalised title written alone names the
     * person the article gave that title, the one named last before it. A title that opens a
     * name ("President Lind") is left to the name; a title nobody in the article holds is no
     * mention.
     */
    private static void titlesAlone(AnnotatedText doc, List<Candidate> cands, String[] keyOf, Map<String, Draft> drafts,
                                    List<RoleFinder.Found> roles) {
        if (roles.isEmpty()) {
            return;
        }
        List<Token> all = doc.tokens();
        boolean[] covered = new boolean[all.size()];
        for (Candidate c : cands) {
            for (int k = c.first(); k <= c.last(); k++) {
                covered[k] = true;
            }
        }
        Map<String, Set<String>> holders = new HashMap<>();
        for (RoleFinder.Found f : roles) {
            holders.computeIfAbsent(f.title().toLowerCase(Locale.ROOT), x -> new LinkedHashSet<>())
                    .add(keyOf[cands.indexOf(f.person())]);
        }
        int k = 0;
        while (k < all.size()) {
            if (!isAloneTitleWord(all.get(k), covered)) {
                k++;
                continue;
            }
            int first = k;
            int last = k;
            while (last + 1 < all.size() && isAloneTitleWord(all.get(last + 1), covered)) {
                last++;
            }
            // "Secretary of State"
            int withOf = last;
            while (withOf + 2 < all.size() && all.get(withOf + 1).word().equals("of")
                    && isAloneTitleWord(all.get(withOf + 2), covered)) {
                withOf += 2;
            }
            k = withOf + 1;
            Token next = withOf + 1 < all.size() ? all.get(withOf + 1) : null;
            if (next != null && (next.isProperNoun() || covered[next.index()])
                    || !RoleFinder.HEADS.contains(all.get(withOf).word().toLowerCase(Locale.ROOT))) {
                continue;
            }
            String phrase = doc.slice(all.get(first).start(), all.get(withOf).end()).toLowerCase(Locale.ROOT);
            Draft holder = lastHolder(phrase, holders, drafts, all.get(first).start());
            if (holder == null) {
                continue;
            }
            int start = all.get(first).start();
            if (first > 0 && all.get(first - 1).word().equalsIgnoreCase("the")) {
                start = all.get(first - 1).start();
            }
            int end = all.get(withOf).end();
            holder.mentions.add(new Span(start, end, doc.slice(start, end), TAGGER));
        }
    }

    private static boolean isAloneTitleWord(Token t, boolean[] covered) {
        return !covered[t.index()] && t.pos().startsWith("NNP") && Character.isUpperCase(t.word().charAt(0))
                && RoleFinder.isTitleWord(t.word().toLowerCase(Locale.ROOT));
    }

    /** The person named last before {@code offset} whose title is {@code phrase} or ends with it. */
    private static Draft lastHolder(String phrase, Map<String, Set<String>> holders, Map<String, Draft> drafts,
                                    int offset) {
        Draft best = null;
        int bestAt = -1;
        for (var e : holders.entrySet()) {
            if (!e.getKey().equals(phrase) && !e.getKey().endsWith(" " + phrase)) {
                continue;
            }
            for (String key : e.getValue()) {
                Draft d = drafts.get(key);
                if (d == null || d.type != EntityType.Person) {
                    continue;
                }
                for (Span m : d.mentions) {
                    if (m.end() <= offset && m.start() > bestAt) {
                        best = d;
                        bestAt = m.start();
                    }
                }
            }
        }
        return best;
    }

    /**
     * Countries named inside an organisation's name ("US" in "US State Department", "United
     * States" in "United States Navy"): mentions of the country as well.
     */
    private List<Candidate> nestedCountries(List<Token> all, List<Candidate> cands) {
        List<Candidate> found = new ArrayList<>();
        for (Candidate c : cands) {
            // an unknown place or a capital may hold a country too ("Ruritania City"); a country is itself
            if (c.last() == c.first() || c.source() == Candidate.Source.COUNTRY || "PERSON".equals(c.ner())
                    || "LOCATION".equals(c.ner()) && c.known() != null && c.source() != Candidate.Source.CAPITAL) {
                continue;
            }
            for (int i = c.first(); i <= c.last(); i++) {
                for (int j = Math.min(c.last(), i + 2); j >= i; j--) {
                    if (i == c.first() && j == c.last() || !Character.isUpperCase(all.get(i).word().charAt(0))) {
                        continue;
                    }
                    // a country that ends a name after a plain word ("Environment Canada", "Team
                    // Ruritania") is part of the name; after "of" ("Bank of Ruritania") it is named
                    if (j == c.last() && i > c.first() && all.get(i - 1).isProperNoun()) {
                        continue;
                    }
                    int start = all.get(i).start();
                    int end = all.get(j).end();
                    String text = c.text().substring(start - c.start(), end - c.start());
                    var k = lexicon.country(text);
                    if (k.isPresent()) {
                        found.add(new Candidate(i, j, start, end, text, "LOCATION", k.get(), Candidate.Source.COUNTRY));
                        i = j;
                        break;
                    }
                }
            }
        }
        return found;
    }

    /**
     * Names of the article's other actors written inside a longer name ("Irving" in "Irving
     * Police Department", "Andy Warhol" in "Andy Warhol Foundation"): mentions of those actors too.
     */
    private static void nestedNames(AnnotatedText doc, List<Candidate> cands, String[] keyOf, Map<String, Draft> drafts,
                                    Set<Long> taken) {
        List<Token> all = doc.tokens();
        Map<List<String>, String> keyByWords = new HashMap<>();
        for (int i = 0; i < cands.size(); i++) {
            Candidate c = cands.get(i);
            Draft d = drafts.get(keyOf[i]);
            // persons and places: a generic word of a name ("Party", "Museum") is no actor inside it
            if (d != null && (d.type == EntityType.Person || isPlaceLike(d.type)) && c.last() - c.first() < 6) {
                keyByWords.putIfAbsent(words(all, c.first(), c.last()), keyOf[i]);
            }
        }
        for (int ci = 0; ci < cands.size(); ci++) {
            Candidate c = cands.get(ci);
            Draft outer = drafts.get(keyOf[ci]);
            if (c.last() == c.first() || outer == null || outer.type == EntityType.Person || isPlaceLike(outer.type)) {
                continue;
            }
            for (int i = c.first(); i <= c.last(); i++) {
                if (!Character.isUpperCase(all.get(i).word().charAt(0))) {
                    continue;
                }
                for (int j = Math.min(c.last(), i + 5); j >= i; j--) {
                    String key = i == c.first() && j == c.last() ? null : keyByWords.get(words(all, i, j));
                    long at = ((long) all.get(i).start() << 32) | all.get(j).end();
                    if (key != null && !key.equals(keyOf[ci]) && taken.add(at)) {
                        Draft d = drafts.get(key);
                        int start = all.get(i).start();
                        int end = all.get(j).end();
                        d.mentions.add(new Span(start, end, doc.slice(start, end), TAGGER));
                        i = j;
                        break;
                    }
                }
            }
        }
    }

    /**
     * "the Church" after "Church of Scientology", "the Foundation" after "Andy Warhol Foundation":
     * the capitalised head noun of an organisation's name, after "the", names that organisation
     * when the article names only one organisation with that head.
     */
    private static void shortForms(List<Token> all, AnnotatedText doc, List<Candidate> cands, String[] keyOf,
                                   Map<String, Draft> drafts) {
        Map<String, String> byHead = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        boolean[] covered = new boolean[all.size()];
        for (int i = 0; i < cands.size(); i++) {
            Candidate c = cands.get(i);
            for (int k = c.first(); k <= c.last(); k++) {
                covered[k] = true;
            }
            Draft d = drafts.get(keyOf[i]);
            if (c.last() == c.first() || d == null || !d.type.isOrganization() || d.type == EntityType.Government) {
                continue;
            }
            int h = c.last();
            for (int k = c.first() + 1; k <= c.last(); k++) {
                if (all.get(k).word().equals("of")) {
                    h = k - 1;
                    break;
                }
            }
            String head = all.get(h).word();
            if (!Character.isUpperCase(head.charAt(0)) || head.length() < 4 || !all.get(h).pos().equals("NNP")) {
                continue;
            }
            String old = byHead.putIfAbsent(head, keyOf[i]);
            if (old != null && !old.equals(keyOf[i])) {
                ambiguous.add(head);
            }
        }
        for (int k = 1; k + 1 < all.size(); k++) {
            Token t = all.get(k);
            String key = byHead.get(t.word());
            if (key == null || covered[k] || ambiguous.contains(t.word())
                    || !all.get(k - 1).word().equalsIgnoreCase("the") || all.get(k + 1).isProperNoun()) {
                continue;
            }
            drafts.get(key).mentions.add(new Span(all.get(k - 1).start(), t.end(), doc.slice(all.get(k - 1).start(),
                    t.end()), TAGGER));
        }
    }

    private static boolean isPlaceLike(EntityType t) {
        return t == EntityType.Country || t == EntityType.Government;
    }

    private static List<String> words(List<Token> all, int first, int last) {
        List<String> w = new ArrayList<>(last - first + 1);
        for (int k = first; k <= last; k++) {
            w.add(all.get(k).word());
        }
        return w;
    }

    private static boolean endsWithName(String longer, String shorter) {
        return longer.length() > shorter.length() && longer.endsWith(" " + shorter) && wordCount(shorter) > 1;
    }

    private static int wordCount(String s) {
        return BLANKS.split(s.trim()).length;
    }

    /** "Aung San Suu Kyi" tagged as an organisation, when "Suu Kyi" is a tagged person. */
    private static boolean endsWithPerson(String text, Set<String> fullNames) {
        for (String n : fullNames) {
            if (endsWithName(text, n)) {
                return true;
            }
        }
        return false;
    }

    /** Candidates that name persons: tagged PERSON, or a single word that is the surname of a tagged person. */
    private static Set<Integer> personCandidates(List<Candidate> cands) {
        Set<String> surnames = new HashSet<>();
        Set<String> fullNames = new HashSet<>();
        for (Candidate c : cands) {
            if ("PERSON".equals(c.ner()) && c.known() == null && wordCount(c.text()) > 1) {
                String[] w = BLANKS.split(c.text());
                surnames.add(w[w.length - 1]);
                fullNames.add(c.text());
            }
        }
        Set<Integer> persons = new LinkedHashSet<>();
        for (int i = 0; i < cands.size(); i++) {
            Candidate c = cands.get(i);
            boolean surname = wordCount(c.text()) == 1 && surnames.contains(c.text());
            // "Paris" after "Valeska Paris" is her, not the capital; a known organisation stays one
            if (c.known() != null && !(surname && c.isCountryLike())) {
                continue;
            }
            if ("PERSON".equals(c.ner()) || surname || endsWithPerson(c.text(), fullNames)) {
                persons.add(i);
            }
        }
        return persons;
    }

    private static String personKey(Candidate c, List<Candidate> cands, String[] keyOf, Map<String, Draft> drafts) {
        String[] w = BLANKS.split(c.text());
        if (w.length > 1) {
            // "Suu Kyi" after "Aung San Suu Kyi": a name that ends another of two words or more
            for (Draft d : drafts.values()) {
                if (d.type == EntityType.Person && (endsWithName(d.name, c.text()) || endsWithName(c.text(), d.name))) {
                    if (c.text().length() > d.name.length()) {
                        d.name = c.text();
                    }
                    return d.key;
                }
            }
            String key = "person:" + (w[0] + " " + w[w.length - 1]).toLowerCase(Locale.ROOT);
            Draft d = drafts.computeIfAbsent(key, k -> new Draft(k, EntityType.Person, c.text()));
            if (c.text().length() > d.name.length()) {
                d.name = c.text();
            }
            return key;
        }
        // a single name: the full name ending (else starting) with it, mentioned last before it
        String best = null;
        int bestStart = -1;
        String later = null;
        int laterStart = Integer.MAX_VALUE;
        for (int j = 0; j < cands.size(); j++) {
            if (keyOf[j] == null || !keyOf[j].startsWith("person:")) {
                continue;
            }
            String[] o = BLANKS.split(cands.get(j).text());
            if (o.length < 2 || !(o[o.length - 1].equals(w[0]) || o[0].equals(w[0]))) {
                continue;
            }
            int s = cands.get(j).start();
            int bonus = o[o.length - 1].equals(w[0]) ? 1 : 0;
            if (s < c.start() && s + bonus > bestStart) {
                best = keyOf[j];
                bestStart = s + bonus;
            } else if (s > c.start() && s < laterStart) {
                later = keyOf[j];
                laterStart = s;
            }
        }
        if (best != null) {
            return best;
        }
        if (later != null) {
            return later;
        }
        String key = "person:" + c.text().toLowerCase(Locale.ROOT);
        drafts.computeIfAbsent(key, k -> new Draft(k, EntityType.Person, c.text()));
        return key;
    }

    private String otherKey(List<Token> all, Candidate c, boolean acting, Map<String, Draft> drafts) {
        KnownActor k = c.known();
        if (c.source() == Candidate.Source.PEOPLE) {
            // "Muslims", "Afghans": people who act together without being one organisation
            String key = "people:" + c.text().toLowerCase(Locale.ROOT);
            Draft d = drafts.computeIfAbsent(key, x -> new Draft(x, EntityType.Group, c.text()));
            if (d.country == null) {
                d.country = lexicon.countryByDemonym(singular(c.text())).map(KnownActor::country).orElse(null);
            }
            return key;
        }
        if (c.source() == Candidate.Source.COUNTRY) {
            if (acting) {
                return governmentDraft(k, drafts).key;
            }
            Draft d = drafts.computeIfAbsent("country:" + k.country(), x -> new Draft(x, EntityType.Country, k.name()));
            d.country = k.country();
            d.wikidata = k.wikidata();
            return d.key;
        }
        if (c.source() == Candidate.Source.CAPITAL) {
            if (acting) {
                return governmentDraft(k, drafts).key;
            }
            return drafts.computeIfAbsent("place:" + c.text(), x -> new Draft(x, EntityType.Country, c.text())).key;
        }
        if (k != null) {
            String key = (k.wikidata() != null ? "wd:" + k.wikidata() : "org:" + k.name().toLowerCase(Locale.ROOT));
            Draft d = drafts.computeIfAbsent(key, x -> new Draft(x, k.type(), k.name()));
            d.country = d.country != null ? d.country : k.country();
            d.wikidata = k.wikidata();
            return key;
        }
        if ("LOCATION".equals(c.ner())) {
            return drafts.computeIfAbsent("place:" + c.text(), x -> new Draft(x, EntityType.Country, c.text())).key;
        }
        String key = "org:" + c.text().toLowerCase(Locale.ROOT);
        EntityType type = OrganizationTyper.type(all, c.first(), c.last());
        Draft d = drafts.computeIfAbsent(key, x -> new Draft(x, type, c.text()));
        // a later mention may say more: "Huawei" first, "Chinese telecom giant Huawei" after
        if (d.type == EntityType.Organization) {
            d.type = type;
        }
        if (d.country == null) {
            d.country = countryOf(all, c);
        }
        return key;
    }

    /** In a match report, a country named where it plays rather than where something is: its team. */
    private boolean isTeam(List<Token> all, Candidate c) {
        boolean place = c.source() == Candidate.Source.COUNTRY || c.known() == null && "LOCATION".equals(c.ner())
                || c.source() == Candidate.Source.PEOPLE && lexicon.countryByDemonym(singular(c.text())).isPresent();
        return place && !SportsTeams.isPlace(all, c.first());
    }

    /** "Belgians" to "Belgian". */
    private static String singular(String people) {
        return people.endsWith("s") ? people.substring(0, people.length() - 1) : people;
    }

    private Draft teamDraft(Candidate c, Map<String, Draft> drafts) {
        KnownActor k = c.source() == Candidate.Source.PEOPLE
                ? lexicon.countryByDemonym(singular(c.text())).orElse(null) : c.known();
        String key = "team:" + (k != null ? k.country() : c.text().toLowerCase(Locale.ROOT));
        Draft d = drafts.computeIfAbsent(key, x -> new Draft(x, EntityType.Organization,
                (k != null ? k.name() : c.text()) + " national team"));
        if (k != null) {
            d.country = k.country();
        }
        return d;
    }

    private Draft governmentDraft(KnownActor country, Map<String, Draft> drafts) {
        Draft d = drafts.computeIfAbsent("gov:" + country.country(), x -> new Draft(x, EntityType.Government, country.name()));
        d.country = country.country();
        return d;
    }

    /** The country an organisation belongs to, from a demonym or country name before or at the start of it. */
    private String countryOf(List<Token> all, Candidate c) {
        for (int k = c.first() - 1; k >= Math.max(0, c.first() - 4); k--) {
            Token t = all.get(k);
            if (k == c.first() - 1 && "POS".equals(t.pos())) {
                // "Britain's National Security Council"
                continue;
            }
            if (!t.pos().startsWith("NN") && !t.pos().startsWith("JJ")) {
                break;
            }
            var d = lexicon.countryByDemonym(t.word()).or(() -> lexicon.country(t.word()));
            if (d.isPresent()) {
                return d.get().country();
            }
        }
        String firstWord = all.get(c.first()).word();
        return lexicon.countryByDemonym(firstWord).or(() -> lexicon.country(firstWord))
                .map(KnownActor::country).orElse(null);
    }

    /**
     * Runs of two or more country-like names joined by commas and "and" that act together:
     * keyed by the index of the first member.
     */
    private static Map<Integer, List<Integer>> coalitions(List<Token> all, List<Candidate> cands) {
        Map<Integer, List<Integer>> found = new LinkedHashMap<>();
        int i = 0;
        while (i < cands.size()) {
            if (!cands.get(i).isCountryLike()) {
                i++;
                continue;
            }
            List<Integer> run = new ArrayList<>(List.of(i));
            int j = i;
            while (j + 1 < cands.size() && cands.get(j + 1).isCountryLike()
                    && onlyJoiners(all, cands.get(j).last() + 1, cands.get(j + 1).first() - 1)) {
                j++;
                run.add(j);
            }
            Candidate first = cands.get(i);
            Candidate last = cands.get(j);
            boolean joinedByAnd = run.size() > 1 && hasAnd(all, cands.get(j - 1).last() + 1, last.first() - 1);
            // "Australia, Japan, New Zealand followed suit" needs no "and"; "Paris, France said" is one place
            if (run.size() > 1 && (joinedByAnd || run.size() >= 3) && distinctCountries(cands, run)
                    && (Acting.actsAsSubject(all, last.last()) || Acting.isAddressee(all, first.first()))) {
                found.put(i, run);
            }
            i = j + 1;
        }
        return found;
    }

    private static boolean distinctCountries(List<Candidate> cands, List<Integer> run) {
        Set<String> seen = new HashSet<>();
        for (int i : run) {
            if (!seen.add(cands.get(i).known().country())) {
                return false;
            }
        }
        return true;
    }

    private static boolean onlyJoiners(List<Token> all, int from, int to) {
        if (to < from) {
            return false;
        }
        for (int k = from; k <= to; k++) {
            String w = all.get(k).word().toLowerCase(Locale.ROOT);
            if (!w.equals(",") && !w.equals("and") && !w.equals("the")) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasAnd(List<Token> all, int from, int to) {
        for (int k = from; k <= to; k++) {
            if (all.get(k).word().equalsIgnoreCase("and")) {
                return true;
            }
        }
        return false;
    }

    /** "CIA" joins "Central Intelligence Agency" when the article has both. */
    private static void mergeAcronyms(List<Candidate> cands, String[] keyOf, Map<String, Draft> drafts) {
        Map<String, String> initials = new HashMap<>();
        for (Draft d : drafts.values()) {
            if (d.type.isOrganization() && d.type != EntityType.Government && wordCount(d.name) > 1) {
                StringBuilder sb = new StringBuilder();
                for (String w : WORD_BREAKS.split(d.name)) {
                    if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                        sb.append(w.charAt(0));
                    }
                }
                initials.putIfAbsent(sb.toString(), d.key);
            }
        }
        for (int i = 0; i < cands.size(); i++) {
            String text = cands.get(i).text().replace(".", "");
            Draft d = drafts.get(keyOf[i]);
            if (d.type == EntityType.Person || d.type == EntityType.Government || d.type == EntityType.Country
                    || !ACRONYM.matcher(text).matches()) {
                continue;
            }
            String target = initials.get(text);
            if (target != null && !target.equals(keyOf[i])) {
                String old = keyOf[i];
                for (int j = 0; j < cands.size(); j++) {
                    if (old.equals(keyOf[j])) {
                        keyOf[j] = target;
                    }
                }
                drafts.remove(old);
            }
        }
    }

    /**
     * Marks the names of products and vehicles, and a single word that ends one of them
     * ("Atlantis" after "Space Shuttle Atlantis"), so that they do not become actors.
     */
    private static void markProducts(List<Token> all, List<Candidate> cands, String[] keyOf, Map<String, Draft> drafts) {
        Set<String> lastWords = new HashSet<>();
        Set<String> plurals = Products.pluralNames(all);
        for (Draft d : drafts.values()) {
            // "the Zenith camera ... the Zeniths": a person read into a product's name
            String last = d.name.substring(d.name.lastIndexOf(' ') + 1);
            if (d.type == EntityType.Person && d.wikidata == null && plurals.contains(last)) {
                d.product = true;
            }
        }
        for (int i = 0; i < cands.size(); i++) {
            Candidate c = cands.get(i);
            Draft d = drafts.get(keyOf[i]);
            if (d.type != EntityType.Person && d.type != EntityType.Government && d.wikidata == null && c.known() == null
                    && Products.isProduct(all, c.first(), c.last())) {
                d.product = true;
                if (c.last() > c.first()) {
                    lastWords.add(all.get(c.last()).word());
                }
            }
        }
        for (int i = 0; i < cands.size(); i++) {
            Candidate c = cands.get(i);
            Draft d = drafts.get(keyOf[i]);
            if (c.first() == c.last() && lastWords.contains(c.text()) && d.type != EntityType.Person
                    && d.type != EntityType.Government && c.known() == null) {
                d.product = true;
            }
        }
    }

    /** Votes for each person's gender: courtesy titles, and pronouns after a mention of them. */
    private static void genders(List<Token> all, List<Candidate> cands, String[] keyOf, Map<String, Draft> drafts) {
        int c = -1;
        Draft lastPerson = null;
        // an unknown "organisation" of a few plain words that "she" or "he" keeps referring to is a person
        // the tagger missed ("Gloria developed eczema ... her parents")
        Map<Draft, Integer> personalPronouns = new HashMap<>();
        Draft lastName = null;
        int lastNameSentence = -1;
        Map<Draft, Integer> recentPeople = new HashMap<>();
        // "the Sentinel": a name written with the article is a paper, a ship or a band, not a person
        Set<Draft> articled = new HashSet<>();
        int sentence = 0;
        for (Token t : all) {
            if (t.word().equals(".") || t.word().equals("!") || t.word().equals("?")) {
                sentence++;
                recentPeople.clear();
            }
            while (c + 1 < cands.size() && cands.get(c + 1).start() <= t.start()) {
                c++;
                Draft d = drafts.get(keyOf[c]);
                int at = cands.get(c).first();
                if (all.get(at).word().equals("The") || at > 0 && all.get(at - 1).word().equalsIgnoreCase("the")) {
                    articled.add(d);
                }
                lastName = d;
                lastNameSentence = sentence;
                if (d.type == EntityType.Person) {
                    lastPerson = d;
                    recentPeople.put(d, sentence);
                    int f = cands.get(c).first();
                    String title = f > 0 ? all.get(f - 1).word().toLowerCase(Locale.ROOT) : "";
                    if (title.equals("mr.") || title.equals("mr")) {
                        d.maleVotes += 3;
                    } else if (title.startsWith("mrs") || title.startsWith("ms")) {
                        d.femaleVotes += 3;
                    }
                }
            }
            String w = t.word().toLowerCase(Locale.ROOT);
            // a pronoun votes only when one person was named before it in its sentence: "Suu Kyi
            // had breakfast with Biden. She will visit" says nothing of Biden
            // an object pronoun ("met with her", "told him") mostly refers to someone else
            boolean object = w.equals("him") || w.equals("her") && t.pos().equals("PRP");
            if (lastPerson != null && recentPeople.size() == 1 && !object) {
                if (MALE.contains(w)) {
                    lastPerson.maleVotes++;
                } else if (FEMALE.contains(w)) {
                    lastPerson.femaleVotes++;
                }
            }
            if (lastName != null && lastName.type == EntityType.Organization && sentence - lastNameSentence <= 1) {
                if (MALE.contains(w) || FEMALE.contains(w)) {
                    personalPronouns.merge(lastName, 1, Integer::sum);
                } else if (w.equals("it") || w.equals("its")) {
                    personalPronouns.merge(lastName, -1, Integer::sum);
                }
            }
        }
        for (var e : personalPronouns.entrySet()) {
            Draft d = e.getKey();
            // a person is referred to after most of their mentions, not after a few of many
            // a name that ends in what kind of site or body it is ("the Lindqvist Towers") is none
            if (e.getValue() >= Math.max(2, d.mentions.size() / 2) && d.wikidata == null && wordCount(d.name) <= 3
                    && !NameSpotter.hasKindHead(d.name) && !articled.contains(d)
                    && CAPITALISED_WORDS.matcher(d.name).matches()) {
                d.type = EntityType.Person;
                d.country = null;
            }
        }
    }

    private static ActorIndex build(Map<String, Draft> drafts) {
        List<Draft> ordered = new ArrayList<>(drafts.values());
        ordered.sort(Comparator.comparingInt(Draft::first));
        Map<String, String> ids = new HashMap<>();
        Set<String> used = new HashSet<>();
        Set<String> governed = new HashSet<>();
        for (Draft d : ordered) {
            if (d.type == EntityType.Government) {
                governed.add(d.country);
            }
        }
        ordered.removeIf(d -> d.product);
        for (Draft d : ordered) {
            String base = Slugs.slug(d.name);
            // the country as a place beside its government as an actor: "germany-country" and "germany"
            if (d.type == EntityType.Country && d.country != null && governed.contains(d.country)) {
                base = base + "-country";
            }
            String id = base;
            for (int n = 2; !used.add(id); n++) {
                id = base + "-" + n;
            }
            ids.put(d.key, id);
        }
        List<Actor> actors = new ArrayList<>();
        Map<String, ActorIndex.Gender> genders = new HashMap<>();
        for (Draft d : ordered) {

            List<Role> roles = new ArrayList<>();
            for (String[] r : d.roles) {
                Role role = new Role(r[0], r[1] == null ? null : ids.get(r[1]), null, null);
                if (!roles.contains(role)) {
                    roles.add(role);
                }
            }
            List<String> members = d.members.stream().map(ids::get).toList();
            List<String> aliases = d.aliases.stream().filter(a -> !a.equals(d.name)).toList();
            List<Span> mentions = new ArrayList<>(d.mentions);
            mentions.sort(Comparator.comparingInt(Span::start));
            actors.add(new Actor(ids.get(d.key), d.name, d.type, d.country, d.wikidata, aliases, mentions, roles, members));
            if (d.maleVotes > d.femaleVotes) {
                genders.put(ids.get(d.key), ActorIndex.Gender.MALE);
            } else if (d.femaleVotes > d.maleVotes) {
                genders.put(ids.get(d.key), ActorIndex.Gender.FEMALE);
            }
        }
        return new ActorIndex(actors, genders);
    }
}
