package org.geokg.extract.actor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.geokg.extract.text.AnnotatedText;
import org.geokg.extract.text.Token;

/**
 * Corrects the class of names whose words say more than the tagger saw: a name that ends in an
 * office ("the Tidewater Sheriff") is its holder, a web address ("Ruritania.com") a body, a name
 * after "someone of" ("Ada Lind of Velvet Morrison") the band, team or firm they belong to, and a
 * name that opens with a country ("Ruritania Herald") is a paper or firm of that country, not a
 * place. It also splits a country from a person's name run into it ("ambassador to the United
 * States Ada Lind") and drops names made only of a nationality and a title ("Ruritanian
 * Ambassador"), which name no one by themselves.
 */
final class NameReadings {
    /** Offices whose holder a name ending in them denotes. */
    private static final Set<String> OFFICES = Set.of("sheriff", "mayor", "governor", "president", "senator",
            "minister", "chancellor", "premier", "ambassador", "prosecutor", "coroner", "marshal");
    /** Last words of places named after a country ("Ruritania City", "Ruritania Island"). */
    private static final Set<String> PLACE_TAILS = Set.of("city", "island", "islands", "province", "state",
            "region", "peninsula", "bay", "sea", "coast", "valley", "river", "lake", "mountains", "desert", "strait",
            "district", "county", "territory", "territories", "border", "basin", "gulf", "plateau", "highlands");
    private static final Pattern WEB_ADDRESS = Pattern.compile("[\\p{L}\\d][\\p{L}\\d-]*\\.(com|org|net|ca|uk|au|"
            + "de|fr|info|gov|edu|io|co\\.uk)");

    /** Last words of the names of papers, agencies and broadcasters ("the Tidewater Gazette"). */
    private static final Set<String> MEDIA_HEADS = Set.of("gazette", "press", "times", "herald", "tribune",
            "journal", "telegraph", "chronicle", "observer", "mail", "star", "weekly", "daily", "magazine", "review",
            "inquirer", "examiner", "bulletin", "courier", "dispatch", "globe", "news");
    /** How many capitalised words before its head a paper's name may have. */
    private static final int MEDIA_WORDS = 3;

    private final ActorLexicon lexicon;

    NameReadings(ActorLexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<Candidate> apply(AnnotatedText doc, List<Candidate> input) {
        List<Token> all = doc.tokens();
        List<Candidate> found = mediaNames(doc, all, input);
        List<Candidate> out = new ArrayList<>(found.size() + 2);
        Set<Integer> personLasts = new HashSet<>();
        Set<Integer> personFirsts = new HashSet<>();
        Set<String> personWords = new HashSet<>();
        for (Candidate c : found) {
            if ("PERSON".equals(c.ner())) {
                personLasts.add(c.last());
                personFirsts.add(c.first());
                for (int k = c.first(); k <= c.last(); k++) {
                    personWords.add(all.get(k).word());
                }
            }
        }
        for (Candidate c : found) {
            if (c.known() != null) {
                out.add(c);
            } else if (titleOnly(all, c)) {
                continue;
            } else if (WEB_ADDRESS.matcher(c.text()).matches()) {
                out.add(as(c, "ORGANIZATION"));
            } else if ("PERSON".equals(c.ner()) && c.first() >= 2 && all.get(c.first() - 1).word().equals("of")
                    && personLasts.contains(c.first() - 2)) {
                // "Ada Lind of Velvet Morrison": no one is "of" another person
                out.add(as(c, "ORGANIZATION"));
            } else if ("PERSON".equals(c.ner()) && c.first() == c.last() && c.last() + 2 < all.size()
                    && isPossessive(all.get(c.last() + 1)) && personFirsts.contains(c.last() + 2)) {
                // "Kinspire's Tam Wai-ching": one word before a person's name names their party or firm
                out.add(as(c, "ORGANIZATION"));
            } else if (!"PERSON".equals(c.ner()) && OFFICES.contains(lower(all.get(c.last())))
                    && !hasOf(all, c)) {
                splitOffice(doc, all, c, out);
            } else if ("PERSON".equals(c.ner())) {
                splitCountry(doc, all, c, out, null);
            } else if ("LOCATION".equals(c.ner()) && opensWithCountry(all, c)) {
                // "United States Ada Lind" read as one place, where "Ada Lind" is a person elsewhere
                if (!splitCountry(doc, all, c, out, personWords)) {
                    out.add(as(c, "ORGANIZATION"));
                }
            } else {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * Capitalised words before the head noun of a paper's or an agency's name ("the Tidewater
     * Gazette", "The Ruritanian Press") name that body, where the tagger found no name or only the
     * place or the nationality in it.
     */
    private static List<Candidate> mediaNames(AnnotatedText doc, List<Token> all, List<Candidate> found) {
        List<Candidate> out = null;
        int next = 0;
        for (int k = 1; k < all.size(); k++) {
            Token head = all.get(k);
            while (next < found.size() && found.get(next).last() < k) {
                next++;
            }
            boolean inside = next < found.size() && found.get(next).first() <= k;
            if (inside || !Character.isUpperCase(head.word().charAt(0))
                    || !MEDIA_HEADS.contains(head.word().toLowerCase(Locale.ROOT))) {
                continue;
            }
            // the name before the head: a found name ending right there, or capitalised words
            int first = k;
            Candidate before = next > 0 && found.get(next - 1).last() == k - 1 ? found.get(next - 1) : null;
            if (before != null && before.known() == null && !"PERSON".equals(before.ner())
                    && before.last() - before.first() < MEDIA_WORDS) {
                first = before.first();
            } else if (before == null) {
                while (first > 0 && k - first < MEDIA_WORDS && isNameWord(all.get(first - 1))
                        && doc.sentenceAt(all.get(first - 1).start()) == doc.sentenceAt(head.start())) {
                    first--;
                }
            }
            if (first == k) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(found);
            }
            if (before != null) {
                out.remove(before);
            }
            int start = all.get(first).start();
            out.add(new Candidate(first, k, start, head.end(), doc.slice(start, head.end()), "ORGANIZATION", null,
                    Candidate.Source.TAGGER));
        }
        if (out == null) {
            return found;
        }
        out.sort(java.util.Comparator.comparingInt(Candidate::first));
        return out;
    }

    /** A capitalised word that may be part of a name: no article, pronoun or sentence punctuation. */
    private static boolean isNameWord(Token t) {
        String pos = t.pos();
        return Character.isUpperCase(t.word().charAt(0)) && (pos.startsWith("NN") || pos.equals("JJ"));
    }

    /**
     * "the Tidewater Sheriff": the place stays a name of its own, the office (with the title
     * words before it, "Vice President") names its holder.
     */
    private static void splitOffice(AnnotatedText doc, List<Token> all, Candidate c, List<Candidate> out) {
        int k = c.last();
        while (k > c.first() && RoleFinder.isTitleWord(lower(all.get(k - 1)))) {
            k--;
        }
        if (k > c.first()) {
            Token before = all.get(k - 1);
            // the words before an office say where it is held
            out.add(new Candidate(c.first(), k - 1, c.start(), before.end(), doc.slice(c.start(), before.end()),
                    "LOCATION", null, c.source()));
        }
        int start = all.get(k).start();
        out.add(new Candidate(k, c.last(), start, c.end(), doc.slice(start, c.end()), "PERSON", null,
                Candidate.Source.TAGGER));
    }

    /**
     * "United States Ada Lind": a country of one or more words opens a person's name of two or
     * more words, each of them in {@code personWords} unless that is null. Adds the parts; when
     * {@code c} is not split, adds it only if {@code personWords} is null.
     */
    private boolean splitCountry(AnnotatedText doc, List<Token> all, Candidate c, List<Candidate> out,
                                 Set<String> personWords) {
        for (int j = Math.min(c.first() + 2, c.last() - 2); j >= c.first(); j--) {
            String head = doc.slice(c.start(), all.get(j).end());
            var country = lexicon.country(head);
            if (country.isPresent() && all.get(j + 1).isProperNoun() && !RoleFinder.isTitleWord(lower(all.get(j + 1)))
                    && (personWords == null || allIn(all, j + 1, c.last(), personWords))) {
                Token next = all.get(j + 1);
                out.add(new Candidate(c.first(), j, c.start(), all.get(j).end(), head, "LOCATION", country.get(),
                        Candidate.Source.COUNTRY));
                out.add(new Candidate(j + 1, c.last(), next.start(), c.end(), doc.slice(next.start(), c.end()), "PERSON",
                        null, Candidate.Source.TAGGER));
                return true;
            }
        }
        if (personWords == null) {
            out.add(c);
        }
        return false;
    }

    private static boolean allIn(List<Token> all, int first, int last, Set<String> words) {
        for (int k = first; k <= last; k++) {
            if (!words.contains(all.get(k).word())) {
                return false;
            }
        }
        return true;
    }

    /**
     * An unknown place name that opens with a country and goes on with a word that is no kind of
     * place and no country ("Ruritania Herald", but not "Ruritania City" or "Ruritania Borduria").
     */
    private boolean opensWithCountry(List<Token> all, Candidate c) {
        for (int j = Math.min(c.first() + 2, c.last() - 1); j >= c.first(); j--) {
            if (lexicon.country(words(all, c.first(), j)).isPresent()) {
                String tail = words(all, j + 1, c.last());
                return !PLACE_TAILS.contains(lower(all.get(c.last()))) && lexicon.country(tail).isEmpty()
                        && lexicon.countryByCapital(tail).isEmpty() && all.get(j + 1).isProperNoun();
            }
        }
        return false;
    }

    /** A name made only of nationalities and title words ("Ruritanian Ambassador"). */
    private boolean titleOnly(List<Token> all, Candidate c) {
        boolean title = false;
        for (int k = c.first(); k <= c.last(); k++) {
            String w = all.get(k).word();
            if (RoleFinder.isTitleWord(w.toLowerCase(Locale.ROOT))) {
                title |= OFFICES.contains(w.toLowerCase(Locale.ROOT)) || RoleFinder.HEADS.contains(w.toLowerCase(Locale.ROOT));
            } else if (lexicon.countryByDemonym(w).isEmpty()) {
                return false;
            }
        }
        return title && c.last() > c.first() && lexicon.countryByDemonym(all.get(c.first()).word()).isPresent();
    }

    private static boolean isPossessive(Token t) {
        return "POS".equals(t.pos()) || t.word().equals("'s") || t.word().equals("’s");
    }

    private static boolean hasOf(List<Token> all, Candidate c) {
        for (int k = c.first(); k <= c.last(); k++) {
            if (all.get(k).word().equals("of")) {
                return true;
            }
        }
        return false;
    }

    private static Candidate as(Candidate c, String ner) {
        return ner.equals(c.ner()) ? c : new Candidate(c.first(), c.last(), c.start(), c.end(), c.text(), ner, null,
                c.source());
    }

    private static String words(List<Token> all, int first, int last) {
        StringBuilder sb = new StringBuilder();
        for (int k = first; k <= last; k++) {
            if (k > first) {
                sb.append(' ');
            }
            sb.append(all.get(k).word());
        }
        return sb.toString();
    }

    private static String lower(Token t) {
        return t.word().toLowerCase(Locale.ROOT);
    }
}
