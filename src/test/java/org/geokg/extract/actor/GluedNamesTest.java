package org.geokg.extract.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.geokg.extract.text.AnnotatedText;
import org.geokg.extract.text.Annotator;
import org.geokg.extract.text.Token;
import org.junit.jupiter.api.Test;

/** An outlet's name and a person's name run together by the tagger are two actors. */
class GluedNamesTest {
    private static final ActorFinder ACTORS = new ActorFinder(GazetteerLexicon.standard());

    @Test
    void anOutletRunIntoAPersonIsSplit() {
        String text = "Angela Merkel spoke too. In an interview with the Chicago Tribune Merkel said that taxes"
                + " would rise.";
        AnnotatedText doc = Annotator.shared().annotate(text);
        ActorIndex actors = ACTORS.find(doc);
        int merkel = text.indexOf("Merkel said");
        assertThat(actors.at(merkel, merkel + 6)).map(Actor::name).contains("Angela Merkel");
        assertThat(actors.actors()).extracting(Actor::name).contains("Chicago Tribune")
                .doesNotContain("Chicago Tribune Merkel");
    }

    @Test
    void aRunWrittenWholeTwiceIsOneName() {
        String once = "Maria Gomez spoke. Acme Data Gomez hired staff.";
        String twice = once + " Acme Data Gomez grew.";
        assertThat(GluedNames.split(Annotator.shared().annotate(once), List.of(run(once)))).hasSize(2);
        assertThat(GluedNames.split(Annotator.shared().annotate(twice), List.of(run(twice))))
                .extracting(Candidate::text).containsExactly("Acme Data Gomez");
    }

    /** "Acme Data Gomez" at its first place, as the tagger would run it. */
    private static Candidate run(String text) {
        AnnotatedText doc = Annotator.shared().annotate(text);
        int start = text.indexOf("Acme");
        int end = start + "Acme Data Gomez".length();
        List<Token> in = doc.tokens().stream().filter(t -> t.start() >= start && t.end() <= end).toList();
        return new Candidate(in.get(0).index(), in.get(in.size() - 1).index(), start, end, text.substring(start, end),
                "ORGANIZATION", null, Candidate.Source.TAGGER);
    }
}
