package org.geokg.extract.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.geokg.extract.actor.ActorFinder;
import org.geokg.extract.actor.ActorIndex;
import org.geokg.extract.actor.GazetteerLexicon;
import org.geokg.extract.text.AnnotatedText;
import org.geokg.extract.text.Annotator;
import org.junit.jupiter.api.Test;

/** The actor a source phrase names is the one at its head, not a modifier before it; "it" is the subject. */
class SourceHeadTest {
    private static final ActorFinder ACTORS = new ActorFinder(GazetteerLexicon.standard());

    private static String speaker(String text) {
        AnnotatedText doc = Annotator.shared().annotate(text);
        ActorIndex actors = ACTORS.find(doc);
        List<Attribution> found = new AttributionFinder().find(doc, actors);
        assertThat(found).isNotEmpty();
        String id = found.get(0).sourceActorId();
        return id == null ? null : actors.byId(id).orElseThrow().name();
    }

    @Test
    void anOutletBeforeTheNameIsNoSpeaker() {
        assertThat(speaker("Olaf Berger spoke in Bonn. In a Reuters interview Berger declared that the plan was dead."))
                .isEqualTo("Olaf Berger");
    }

    @Test
    void aBodyInTheTitleIsNoSpeaker() {
        assertThat(speaker("European Commission President Karla Voss said the budget would shrink."))
                .isEqualTo("Karla Voss");
    }

    @Test
    void thePeopleAroundSomeoneAreNotThatPerson() {
        assertThat(speaker("Senator Ruth Calder met the envoy. Calder aides acknowledged that the talks had stalled."))
                .isNull();
        assertThat(speaker("Senator Ruth Calder said that the talks had stalled.")).isEqualTo("Ruth Calder");
    }

    @Test
    void itLaterInTheSentenceIsTheSubject() {
        String text = "Siemens signed a deal with Poland to back up its promise that it intends to build the line.";
        AnnotatedText doc = Annotator.shared().annotate(text);
        ActorIndex actors = ACTORS.find(doc);
        List<org.geokg.extract.text.Token> t = doc.sentences().get(0).tokens();
        int it = 0;
        while (!(t.get(it).word().equals("it") && t.get(it - 1).word().equals("that"))) {
            it++;
        }
        assertThat(SubjectPronoun.of(t, it, actors)).map(a -> a.name()).contains("Siemens");
        assertThat(actors.resolvePronoun("it", t.get(it).start())).map(a -> a.name()).contains("Poland");
    }

    @Test
    void heAfterAQuoteGoesOnWithTheLastSpeaker() {
        String text = "Mark Hale said he would resign. \"With Mark Hale gone, the party is lost,\" said Chris Ortiz,"
                + " an analyst at the institute.\n\n\"There is much to do,\" he said.";
        AnnotatedText doc = Annotator.shared().annotate(text);
        ActorIndex actors = ACTORS.find(doc);
        List<Attribution> found = new AttributionFinder().find(doc, actors);
        Attribution last = found.get(found.size() - 1);
        assertThat(last.source().text()).isEqualTo("he");
        assertThat(actors.byId(last.sourceActorId()).orElseThrow().name()).isEqualTo("Chris Ortiz");
    }
}
