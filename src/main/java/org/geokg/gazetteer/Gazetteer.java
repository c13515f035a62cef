package org.geokg.gazetteer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lookups of geopolitical actors by the names news uses: countries (by name, alias, capital,
 * demonym, ISO code or Wikidata id), international organisations, national government bodies,
 * office holders and generic role titles. Identity in the graph rests on it: "US", "the United
 * States", "America" and "Washington" all give the country US.
 *
 * <p>Names are compared by {@link NameKey}; a name shared by two actors resolves to neither.
 * Lookups ignore case, so callers matching running text should check capitalisation
 * themselves: "us", "polish" and "turkey" are ordinary words.
 * The data is the generated TSV files under {@code /gazetteer/} on the classpath
 * ({@code scripts/build-gazetteer.py}); it is read once, on first use (office holders and role
 * titles on the first call that needs them). Instances are safe to share between threads.
 *
 * <pre>{@code
 * Gazetteer g = Gazetteer.standard();
 * g.country("the U.S.").map(Country::iso2);                  // Optional[US]
 * g.countryByCapital("Beijing").map(Country::iso2);          // Optional[CN]
 * g.governmentBody("US Commerce Department").map(GovernmentBody::countryIso2); // Optional[US]
 * }</pre>
 */
public final class Gazetteer {
    /** Acronyms that are also English words; these match only when written in capitals. */
    private static final Set<String> WORD_ACRONYMS = Set.of("WHO", "CAN", "AU", "EP", "ESA", "SHAPE", "NAM");
    private static final int MAX_QUALIFIER_WORDS = 4;
    private static final Pattern BLANKS = Pattern.compile("\\s+");
    private static final Pattern POSSESSIVE = Pattern.compile("['\u2019]s?$", Pattern.CASE_INSENSITIVE);
    private static final String GOVERNMENT_WORDS = "government|administration|authorities|regime|cabinet";
    private static final Pattern GOVERNMENT_AFTER = Pattern.compile(
            "(?:the\\s+)?(.+?)\\s+(?:" + GOVERNMENT_WORDS + ")", Pattern.CASE_INSENSITIVE);
    private static final Pattern GOVERNMENT_BEFORE = Pattern.compile(
            "(?:the\\s+)?(?:" + GOVERNMENT_WORDS + ")\\s+(?:of|in)\\s+(.+)", Pattern.CASE_INSENSITIVE);

    private final List<Country> countries;
    private final List<InternationalOrg> organizations;
    private final List<GovernmentBody> governmentBodies;
    private final Map<String, Country> byCode = new HashMap<>();
    private final Map<String, Country> byWikidata = new HashMap<>();
    private final NameIndex<Country> byName = new NameIndex<>();
    private final NameIndex<Country> byCapital = new NameIndex<>();
    private final NameIndex<Country> byDemonym = new NameIndex<>();
    private final NameIndex<InternationalOrg> orgByName = new NameIndex<>();
    private final NameIndex<InternationalOrg> orgByAcronym = new NameIndex<>();
    private final NameIndex<GovernmentBody> bodyByName = new NameIndex<>();
    private final Map<String, NameIndex<GovernmentBody>> bodyByCountry = new HashMap<>();
    private final GazetteerReader reader;
    // Read on first use: most callers need only countries, and these are the two largest files.
    private Map<String, List<OfficeHolder>> holdersByName;
    private Map<String, List<OfficeHolder>> holdersBySurname;
    private Map<String, String> roleSectors;

    private static final class Standard {
        static final Gazetteer INSTANCE = load("/gazetteer/");
    }

    private Gazetteer(GazetteerReader reader) {
        this.reader = reader;
        Map<Country, List<String>> countryQids = reader.countries();
        this.countries = List.copyOf(countryQids.keySet());
        countryQids.forEach(this::indexCountry);
        this.organizations = List.copyOf(reader.organizations());
        organizations.forEach(this::indexOrganization);
        this.governmentBodies = List.copyOf(reader.governmentBodies());
        for (GovernmentBody body : governmentBodies) {
            indexBody(bodyByName, body);
            indexBody(bodyByCountry.computeIfAbsent(body.countryIso2(), k -> new NameIndex<>()), body);
        }
    }

    private synchronized Map<String, List<OfficeHolder>> holdersBySurname() {
        if (holdersBySurname == null) {
            Map<String, List<OfficeHolder>> bySurname = new HashMap<>();
            for (OfficeHolder holder : reader.officeHolders()) {
                String[] words = holder.name().strip().split("\\s+");
                bySurname.computeIfAbsent(NameKey.of(words[words.length - 1]), k -> new ArrayList<>()).add(holder);
            }
            holdersBySurname = bySurname;
        }
        return holdersBySurname;
    }

    private synchronized Map<String, List<OfficeHolder>> holdersByName() {
        if (holdersByName == null) {
            Map<String, List<OfficeHolder>> byName = new HashMap<>();
            for (OfficeHolder holder : reader.officeHolders()) {
                byName.computeIfAbsent(NameKey.of(holder.name()), k -> new ArrayList<>()).add(holder);
            }
            holdersByName = byName;
        }
        return holdersByName;
    }

    private synchronized Map<String, String> roleSectors() {
        if (roleSectors == null) {
            Map<String, String> sectors = new HashMap<>();
            reader.roleTitles().forEach((title, sector) -> sectors.put(NameKey.of(title), sector));
            roleSectors = sectors;
        }
        return roleSectors;
    }

    /** The gazetteer shipped with geokg, read from the classpath on first call. */
    public static Gazetteer standard() {
        return Standard.INSTANCE;
    }

    /** Reads the TSV files of classpath folder {@code folder}; for the standard data and tests. */
    static Gazetteer load(String folder) {
        return new Gazetteer(new GazetteerReader(folder));
    }

    private void indexCountry(Country c, List<String> qids) {
        byCode.put(c.iso2(), c);
        if (!c.iso3().isEmpty()) {
            byCode.putIfAbsent(c.iso3(), c);
        }
        for (String qid : qids) {
            byWikidata.putIfAbsent(qid, c);
        }
        byName.put(c.name(), c, NameIndex.NAME);
        byName.put(c.officialName(), c, NameIndex.NAME);
        c.aliases().forEach(a -> byName.put(a, c, NameIndex.ALIAS));
        c.capitals().forEach(a -> byCapital.put(a, c, NameIndex.NAME));
        c.demonyms().forEach(a -> byDemonym.put(a, c, NameIndex.NAME));
    }

    private void indexOrganization(InternationalOrg org) {
        orgByName.put(org.name(), org, NameIndex.NAME);
        org.otherNames().forEach(n -> orgByName.put(n, org, NameIndex.ALIAS));
        if (org.acronym() != null && !org.acronym().isEmpty()) {
            orgByAcronym.put(org.acronym(), org, NameIndex.NAME);
        }
    }

    private static void indexBody(NameIndex<GovernmentBody> index, GovernmentBody body) {
        index.put(body.name(), body, NameIndex.NAME);
        body.aliases().forEach(a -> index.put(a, body, NameIndex.ALIAS));
    }

    /**
     * A country by name or alias: "US", "U.S.", "the United States", "America", "Britain"; a
     * possessive form ("China's", "New Zealand’s") gives the country too.
     */
    public Optional<Country> country(String nameOrAlias) {
        if (nameOrAlias == null) {
            return Optional.empty();
        }
        Optional<Country> c = byName.get(nameOrAlias);
        if (c.isEmpty()) {
            String bare = withoutPossessive(nameOrAlias);
            if (!bare.equals(nameOrAlias.strip())) {
                c = byName.get(bare);
            }
        }
        return c;
    }

    /**
     * The country whose government a mention names, for the identity rule "US", "the United
     * States", "Washington" → the US government: a country name or alias, a capital used for its
     * government ("Beijing", "Washington"), or a government phrase ("the Chinese government",
     * "Britain's government", "the government of Japan", "the Russian authorities").
     */
    public Optional<Country> governmentOf(String mention) {
        if (mention == null) {
            return Optional.empty();
        }
        Optional<Country> c = country(mention);
        if (c.isPresent()) {
            return c;
        }
        c = countryByCapital(mention);
        if (c.isEmpty()) {
            c = countryByCapital(withoutPossessive(mention));
        }
        if (c.isPresent()) {
            return c;
        }
        String bare = withoutPossessive(mention);
        Matcher m = GOVERNMENT_AFTER.matcher(bare);
        if (m.matches()) {
            return countryQualifier(m.group(1));
        }
        m = GOVERNMENT_BEFORE.matcher(bare);
        if (m.matches()) {
            return country(m.group(1));
        }
        return Optional.empty();
    }

    /** A country by its capital: "Washington", "Beijing", "London". */
    public Optional<Country> countryByCapital(String name) {
        return byCapital.get(name);
    }

    /** A country by demonym or nationality adjective: "Chinese", "Dutch", "American". */
    public Optional<Country> countryByDemonym(String adjective) {
        return byDemonym.get(adjective);
    }

    /** A country by ISO 3166-1 alpha-2 or alpha-3 code, in any case. */
    public Optional<Country> countryByCode(String iso2OrIso3) {
        if (iso2OrIso3 == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(byCode.get(iso2OrIso3.strip().toUpperCase(Locale.ROOT)));
    }

    /** A country by any of its Wikidata ids ("Q55" and "Q29999" both give NL). */
    public Optional<Country> countryByWikidata(String qid) {
        if (qid == null) {
            return Optional.empty();
        }
        String id = qid.strip();
        id = id.substring(id.lastIndexOf('/') + 1).toUpperCase(Locale.ROOT);
        return Optional.ofNullable(byWikidata.get(id));
    }

    /**
     * An international organisation by name ("North Atlantic Treaty Organization") or acronym
     * ("NATO", "Nato", "U.N."). Acronyms that are English words ("WHO") must be in capitals.
     */
    public Optional<InternationalOrg> organization(String nameOrAcronym) {
        Optional<InternationalOrg> byFullName = orgByName.get(nameOrAcronym);
        if (byFullName.isPresent() || nameOrAcronym == null) {
            return byFullName;
        }
        Optional<InternationalOrg> org = orgByAcronym.get(nameOrAcronym);
        String written = nameOrAcronym.strip().replace(".", "");
        return org.filter(o -> !WORD_ACRONYMS.contains(o.acronym()) || written.equals(o.acronym()));
    }

    /**
     * A national government body by name or alias. A leading country qualifier narrows the
     * search to that country: "US Commerce Department", "China's Foreign Ministry", "the Russian
     * Defence Ministry", and so does a trailing one: "Foreign Ministry of Japan". A bare name
     * several countries use ("Foreign Ministry") resolves to nothing.
     */
    public Optional<GovernmentBody> governmentBody(String nameOrAlias) {
        if (nameOrAlias == null) {
            return Optional.empty();
        }
        Optional<GovernmentBody> direct = bodyByName.get(nameOrAlias);
        if (direct.isPresent()) {
            return direct;
        }
        String[] words = BLANKS.split(nameOrAlias.strip());
        for (int i = 1; i < words.length && i <= MAX_QUALIFIER_WORDS; i++) {
            String qualifier = String.join(" ", List.of(words).subList(0, i));
            String rest = String.join(" ", List.of(words).subList(i, words.length));
            Optional<GovernmentBody> found = countryQualifier(qualifier)
                    .flatMap(c -> governmentBody(rest, c.iso2()));
            if (found.isPresent()) {
                return found;
            }
        }
        int of = nameOrAlias.lastIndexOf(" of ");
        if (of > 0) {
            String rest = nameOrAlias.substring(0, of);
            return countryQualifier(nameOrAlias.substring(of + 4)).flatMap(c -> governmentBody(rest, c.iso2()));
        }
        return Optional.empty();
    }

    /** A government body of the country {@code countryIso2} by name or alias ("Foreign Ministry", "CN"). */
    public Optional<GovernmentBody> governmentBody(String nameOrAlias, String countryIso2) {
        NameIndex<GovernmentBody> index = bodyByCountry.get(countryIso2);
        return index == null ? Optional.empty() : index.get(nameOrAlias);
    }

    /** "US", "China's", "Britain’s", "Russian", "the German" as a country. */
    private Optional<Country> countryQualifier(String text) {
        String s = withoutPossessive(text);
        Optional<Country> c = country(s);
        return c.isPresent() ? c : countryByDemonym(s);
    }

    private static String withoutPossessive(String text) {
        return POSSESSIVE.matcher(text.strip()).replaceFirst("");
    }

    /** Every recorded tenure of the person with exactly this name (case, dots and accents aside). */
    public List<OfficeHolder> officeHolders(String personName) {
        return List.copyOf(holdersByName().getOrDefault(NameKey.of(personName), List.of()));
    }

    /** Every office held by someone whose name ends in {@code surname} ("Obama"). */
    public List<OfficeHolder> officeHoldersBySurname(String surname) {
        return List.copyOf(holdersBySurname().getOrDefault(NameKey.of(surname), List.of()));
    }

    /** The CAMEO sector code of a generic role title ("foreign minister" gives "GOV"). */
    public Optional<String> roleSector(String title) {
        return Optional.ofNullable(roleSectors().get(NameKey.of(title)));
    }

    /** All countries, ordered by ISO alpha-2 code. */
    public Collection<Country> countries() {
        return countries;
    }

    /** All international organisations, ordered by name. */
    public Collection<InternationalOrg> organizations() {
        return organizations;
    }

    /** All government bodies, in file order. */
    public Collection<GovernmentBody> governmentBodies() {
        return governmentBodies;
    }
}
