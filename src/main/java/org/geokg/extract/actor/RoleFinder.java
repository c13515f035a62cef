package org.geokg.extract.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.geokg.extract.text.Token;

/**
 * Finds the posts people hold from the titles written next to their names: pre-modifiers
 * ("Huawei Chairman Liang Hua", "British Prime Minister Theresa May") and appositions ("Mike
 * Pompeo, US Secretary of State and a former CIA chief"). The organisation is the name or
 * demonym written with the title.
 */
final class RoleFinder {
    static final Set<String> HEADS = Set.of("president", "vice-president", "minister", "secretary", "chairman",
            "chairwoman", "chair", "chief", "ceo", "cfo", "coo", "cto", "director", "spokesman", "spokeswoman",
            "spokesperson", "senator", "governor", "ambassador", "chancellor", "premier", "leader", "head", "founder",
            "co-founder", "commissioner", "general", "admiral", "commander", "mayor", "king", "queen", "envoy",
            "representative", "congressman", "congresswoman", "lawmaker", "official", "officer", "adviser", "advisor",
            "counsel", "attorney", "judge", "justice", "speaker", "treasurer", "president-elect", "nominee", "candidate",
            "undersecretary", "administrator", "manager", "editor", "correspondent", "diplomat", "emir", "sultan",
            "prince", "chairperson", "executive", "economist", "analyst", "spokesmen", "aide", "deputy", "strategist",
            "member", "delegate", "negotiator", "boss", "owner", "partner", "dean", "provost", "professor", "coach");
    private static final Set<String> MODIFIERS = Set.of("vice", "deputy", "foreign", "defense", "defence", "finance",
            "interior", "trade", "prime", "state", "general", "executive", "chief", "senior", "former", "acting",
            "interim", "assistant", "minority", "majority", "national", "security", "economic", "commerce", "press",
            "top", "then", "junior", "managing", "operating", "financial", "technology", "technical", "regional",
            "federal", "principal", "first", "lead", "permanent", "special", "associate", "party", "affairs",
            "homeland", "justice", "energy", "health", "education", "treasury", "labor", "labour", "agriculture",
            "transportation", "veterans", "housing", "external", "home", "intelligence", "communications", "policy",
            "u.s.", "foreign-policy", "military", "european", "international", "public", "information", "legal",
            "campaign", "government", "republican", "democratic", "founding", "newly", "elected", "outgoing",
            "incoming", "longtime", "high-ranking", "civil", "armed", "forces", "staff", "joint", "house", "senate");
    private static final Set<String> STOP = Set.of(",", ".", ";", ":", ")", "(", "\"", "“", "”", "--", "—", "–");

    /**
     * A title found next to a person: the organisation candidate and/or demonym country, either
     * may be null; {@code appositionEnd} is the offset where an apposition holding the title
     * ends, or -1 for a title written before the name.
     */
    record Found(Candidate person, String title, Candidate organization, KnownActor demonymCountry, int appositionEnd) {
    }

    private final ActorLexicon lexicon;

    RoleFinder(ActorLexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<Found> find(List<Token> all, List<Candidate> candidates) {
        List<Found> found = new ArrayList<>();
        Candidate[] byToken = new Candidate[all.size()];
        for (Candidate c : candidates) {
            for (int k = c.first(); k <= c.last(); k++) {
                byToken[k] = c;
            }
        }
        for (Candidate p : candidates) {
            if (!"PERSON".equals(p.ner()) || p.known() != null) {
                continue;
            }
            premodifier(all, byToken, p).ifPresent(found::add);
            found.addAll(apposition(all, byToken, p));
        }
        return found;
    }

    private Optional<Found> premodifier(List<Token> all, Candidate[] byToken, Candidate p) {
        int k = p.first() - 1;
        boolean head = false;
        while (k >= 0 && byToken[k] == null && isTitleWord(all.get(k))) {
            head |= HEADS.contains(lower(all.get(k).word()));
            k--;
        }
        int titleStart = k + 1;
        while (titleStart < p.first() && lower(all.get(titleStart).word()).equals("of")) {
            titleStart++;
        }
        if (!head || titleStart >= p.first()) {
            return Optional.empty();
        }
        String title = words(all, titleStart, p.first() - 1, byToken);
        Candidate org = null;
        KnownActor demonym = null;
        int o = titleStart - 1;
        if (o >= 0 && isPossessive(all.get(o))) {
            o--;
        }
        if (o >= 0 && byToken[o] != null && byToken[o] != p && !"PERSON".equals(byToken[o].ner())) {
            org = byToken[o];
        } else if (o >= 0) {
            demonym = lexicon.countryByDemonym(all.get(o).word()).orElse(null);
        }
        return Optional.of(new Found(p, title, org, demonym, -1));
    }

    private List<Found> apposition(List<Token> all, Candidate[] byToken, Candidate p) {
        List<Found> found = new ArrayList<>();
        int k = p.last() + 1;
        if (k >= all.size() || !all.get(k).word().equals(",")) {
            return found;
        }
        k++;
        int partStart = k;
        int limit = Math.min(all.size(), k + 16);
        List<int[]> parts = new ArrayList<>();
        for (; k < limit; k++) {
            Token t = all.get(k);
            if (STOP.contains(t.word()) || (t.pos().startsWith("VB") && !t.pos().equals("VBN") && !t.pos().equals("VBG"))
                    || lower(t.word()).equals("who") || lower(t.word()).equals("which")) {
                break;
            }
            if (lower(t.word()).equals("and")) {
                parts.add(new int[] {partStart, k - 1});
                partStart = k + 1;
            }
        }
        if (k >= limit) {
            return found;
        }
        parts.add(new int[] {partStart, k - 1});
        int end = all.get(k - 1).end();
        for (int[] part : parts) {
            Found f = part(all, byToken, p, part[0], part[1], end);
            if (f == null) {
                // an apposition that is not a title ("Pompeo, Bolton and Trump") has no roles at all
                return List.of();
            }
            found.add(f);
        }
        return found;
    }

    private Found part(List<Token> all, Candidate[] byToken, Candidate p, int from, int to, int end) {
        boolean head = false;
        Candidate org = null;
        KnownActor demonym = null;
        List<String> title = new ArrayList<>();
        for (int k = from; k <= to; k++) {
            Token t = all.get(k);
            String w = lower(t.word());
            if (byToken[k] != null) {
                if ("PERSON".equals(byToken[k].ner()) && byToken[k].known() == null) {
                    return null;
                }
                if (org == null) {
                    org = byToken[k];
                }
                continue;
            }
            if (w.equals("a") || w.equals("an") || w.equals("the") || isPossessive(t)) {
                continue;
            }
            Optional<KnownActor> d = lexicon.countryByDemonym(t.word());
            if (d.isPresent() && Character.isUpperCase(t.word().charAt(0))) {
                demonym = d.get();
                continue;
            }
            if (isTitleWord(t) || w.equals("of") || w.equals("at") || w.equals("for")) {
                head |= HEADS.contains(w);
                title.add(t.word());
            } else {
                return null;
            }
        }
        while (!title.isEmpty() && Set.of("of", "at", "for").contains(lower(title.get(title.size() - 1)))) {
            title.remove(title.size() - 1);
        }
        if (!head || title.isEmpty()) {
            return null;
        }
        return new Found(p, String.join(" ", title), org, demonym, end);
    }

    private static String words(List<Token> all, int from, int to, Candidate[] byToken) {
        List<String> ws = new ArrayList<>();
        for (int k = from; k <= to; k++) {
            if (byToken[k] == null) {
                ws.add(all.get(k).word());
            }
        }
        return String.join(" ", ws);
    }

    /** A word of a title written alone ("Home" and "Secretary" in "The Home Secretary"). */
    static boolean isTitleWord(String lower) {
        return HEADS.contains(lower) || MODIFIERS.contains(lower);
    }

    private static boolean isTitleWord(Token t) {
        String w = lower(t.word());
        return HEADS.contains(w) || MODIFIERS.contains(w) || w.equals("of") && t.index() > 0;
    }

    private static boolean isPossessive(Token t) {
        return "POS".equals(t.pos()) || t.word().equals("'s") || t.word().equals("’s");
    }

    private static String lower(String w) {
        return w.toLowerCase(Locale.ROOT);
    }
}
