package org.geokg.extract.actor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.geokg.extract.text.AnnotatedText;
import org.geokg.extract.text.Token;

/**
 * Splits an organisation's name from a person's name that the tagger ran into it when nothing
 * stood between them: "the editorial board of the Washington Post Trump said" names the Post and
 * Trump, not an organisation called "Washington Post Trump". A run is split when its last word
 * (or last two) is written elsewhere in the article as a person's name, and what stands before
 * it is a name of at least two words that the article never writes together with that person.
 */
final class GluedNames {
    private GluedNames() {
    }

    static List<Candidate> split(AnnotatedText doc, List<Candidate> found) {
        List<Token> all = doc.tokens();
        Set<String> personWords = new HashSet<>();
        for (Token t : all) {
            if ("PERSON".equals(t.ner()) && t.isProperNoun()) {
                personWords.add(t.word());
            }
        }
        List<Candidate> out = new ArrayList<>(found.size());
        for (Candidate c : found) {
            Candidate[] parts = c.known() == null && "ORGANIZATION".equals(c.ner()) ? parts(doc, all, c, personWords)
                    : null;
            if (parts == null) {
                out.add(c);
            } else {
                out.add(parts[0]);
                out.add(parts[1]);
            }
        }
        return out;
    }

    private static Candidate[] parts(AnnotatedText doc, List<Token> all, Candidate c, Set<String> personWords) {
        for (int n = 1; n <= 2; n++) {
            int personFirst = c.last() - n + 1;
            if (personFirst - c.first() < 2) {
                return null;
            }
            boolean person = true;
            for (int k = personFirst; k <= c.last(); k++) {
                person &= all.get(k).isProperNoun() && personWords.contains(all.get(k).word());
            }
            Token lastOfOrg = all.get(personFirst - 1);
            if (!person || !lastOfOrg.isProperNoun() || personWords.contains(lastOfOrg.word())
                    || writtenElsewhere(doc, c)) {
                continue;
            }
            Token orgEnd = lastOfOrg;
            Token personStart = all.get(personFirst);
            Candidate org = new Candidate(c.first(), personFirst - 1, c.start(), orgEnd.end(),
                    doc.slice(c.start(), orgEnd.end()), "ORGANIZATION", null, c.source());
            Candidate who = new Candidate(personFirst, c.last(), personStart.start(), c.end(),
                    doc.slice(personStart.start(), c.end()), "PERSON", null, Candidate.Source.TAGGER);
            return new Candidate[] {org, who};
        }
        return null;
    }

    /** Whether the whole run is written again in the article: then it is one name after all. */
    private static boolean writtenElsewhere(AnnotatedText doc, Candidate c) {
        String text = doc.text();
        int first = text.indexOf(c.text());
        return first >= 0 && text.indexOf(c.text(), first + 1) >= 0;
    }
}
