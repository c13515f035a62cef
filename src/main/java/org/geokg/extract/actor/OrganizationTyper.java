package org.geokg.extract.actor;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.geokg.extract.text.Token;
import org.geokg.model.EntityType;

/**
 * Decides what kind of organisation a name the tagger found is, from the words of the name
 * ("Commerce Department", "Labour Party", "Acme Corp") and the nouns just before it ("telecom
 * giant Huawei", "the newspaper Le Monde"). Falls back to Organization.
 */
final class OrganizationTyper {
    private static final Set<String> COMPANY_WORDS = Set.of("inc", "inc.", "corp", "corp.", "corporation", "co", "co.",
            "ltd", "ltd.", "llc", "plc", "ag", "gmbh", "sa", "s.a.", "holdings", "technologies", "motors", "airlines",
            "airways", "bank", "telecom", "telecommunications", "systems", "pharmaceuticals", "industries", "company",
            "enterprises", "group", "electronics", "energy", "petroleum", "oil", "communications", "semiconductor",
            "software", "mobile", "airline", "insurance", "capital", "partners", "securities");
    private static final Set<String> COMPANY_NOUNS = Set.of("company", "firm", "giant", "maker", "manufacturer",
            "carrier", "retailer", "conglomerate", "startup", "start-up", "operator", "bank", "provider", "supplier",
            "vendor", "corporation", "automaker", "chipmaker", "insurer", "airline", "producer", "brand", "developer",
            "lender", "distributor", "contractor", "multinational", "business", "businesses", "companies", "firms",
            "rival", "competitor", "subsidiary");
    private static final Set<String> MEDIA_WORDS = Set.of("news", "times", "post", "journal", "radio", "television",
            "tv", "broadcasting", "broadcaster", "press", "tribune", "herald", "gazette", "daily", "magazine", "wire",
            "reuters", "bloomberg", "cnn", "bbc", "npr", "xinhua", "sputnik", "afp", "ap", "fox", "nbc", "cbs", "abc",
            "msnbc", "guardian", "telegraph", "politico", "breitbart", "yonhap", "kcna", "tass", "ria", "axios",
            "newsweek", "economist", "observer", "independent", "chronicle", "globe", "sun", "mirror", "express",
            "associated", "al-jazeera", "aljazeera", "jazeera", "wikinews", "huffington", "buzzfeed", "vox", "cnbc",
            "pbs", "c-span", "voa", "dw", "france24", "rt", "ians", "pti", "kyodo", "nhk", "itar-tass", "interfax");
    private static final Set<String> MEDIA_NOUNS = Set.of("newspaper", "paper", "broadcaster", "outlet", "network",
            "channel", "tabloid", "daily", "magazine", "station", "website", "agency", "site", "publication");
    private static final Set<String> BODY_WORDS = Set.of("department", "ministry", "agency", "commission", "senate",
            "congress", "parliament", "court", "bureau", "office", "administration", "police", "army", "navy",
            "force", "military", "pentagon", "cabinet", "assembly", "committee", "council", "secretariat", "service",
            "directorate", "authority", "kremlin", "duma", "bundestag", "knesset", "guard", "reserve", "treasury",
            "legislature", "marines", "fbi", "cia", "nsa", "fda", "epa", "sec", "fcc", "ftc", "dhs", "doj", "mi5",
            "mi6", "nasa", "ofcom", "tribunal");
    private static final Set<String> PARTY_WORDS = Set.of("party", "democrats", "republicans", "gop", "labour",
            "tories", "conservatives", "liberals", "greens");

    private OrganizationTyper() {
    }

    /**
     * @param all the document's tokens
     * @param first index of the name's first token
     * @param last index of its last token
     */
    static EntityType type(List<Token> all, int first, int last) {
        String lastWord = lower(all.get(last).word());
        String firstWord = lower(all.get(first).word());
        for (int k = first; k <= last; k++) {
            if (PARTY_WORDS.contains(lower(all.get(k).word()))) {
                return EntityType.PoliticalParty;
            }
        }
        for (int k = first; k <= last; k++) {
            String w = lower(all.get(k).word());
            if (MEDIA_WORDS.contains(w) && !(w.equals("post") && k == first && first == last)) {
                if (!(w.equals("news") && hasWord(all, first, last, BODY_WORDS))) {
                    return EntityType.MediaOrganization;
                }
            }
        }
        if (BODY_WORDS.contains(lastWord) || BODY_WORDS.contains(firstWord)
                || (last > first && hasWord(all, first, last, Set.of("department", "ministry", "house")))) {
            return EntityType.GovernmentBody;
        }
        if (COMPANY_WORDS.contains(lastWord)) {
            return EntityType.Company;
        }
        // nouns just before the name, within the same noun phrase: "Chinese telecom giant Huawei"
        for (int k = first - 1; k >= Math.max(0, first - 4); k--) {
            Token t = all.get(k);
            String w = lower(t.word());
            if (!t.pos().startsWith("NN") && !t.pos().startsWith("JJ") && !t.pos().equals("HYPH")) {
                break;
            }
            if (COMPANY_NOUNS.contains(w)) {
                return EntityType.Company;
            }
            if (MEDIA_NOUNS.contains(w)) {
                return EntityType.MediaOrganization;
            }
            if (w.equals("party")) {
                return EntityType.PoliticalParty;
            }
        }
        // an apposition just after the name: "Huawei, the Chinese company, ..."
        if (last + 2 < all.size() && all.get(last + 1).word().equals(",")) {
            for (int k = last + 2; k < Math.min(all.size(), last + 7); k++) {
                String w = lower(all.get(k).word());
                if (w.equals(",") || w.equals(".")) {
                    break;
                }
                if (COMPANY_NOUNS.contains(w)) {
                    return EntityType.Company;
                }
                if (MEDIA_NOUNS.contains(w) && !w.equals("agency")) {
                    return EntityType.MediaOrganization;
                }
            }
        }
        return EntityType.Organization;
    }

    private static boolean hasWord(List<Token> all, int first, int last, Set<String> words) {
        for (int k = first; k <= last; k++) {
            if (words.contains(lower(all.get(k).word()))) {
                return true;
            }
        }
        return false;
    }

    private static String lower(String w) {
        return w.toLowerCase(Locale.ROOT);
    }
}
