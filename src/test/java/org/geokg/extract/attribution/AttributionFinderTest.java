package org.geokg.extract.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.geokg.extract.actor.ActorFinder;
import org.geokg.extract.actor.ActorIndex;
import org.geokg.extract.actor.GazetteerLexicon;
import org.geokg.extract.text.AnnotatedText;
import org.geokg.extract.text.Annotator;
import org.junit.jupiter.api.Test;

class AttributionFinderTest {
    private static final ActorFinder ACTORS = new ActorFinder(GazetteerLexicon.standard());
    private final AttributionFinder finder = new AttributionFinder();

    private record Run(AnnotatedText doc, ActorIndex actors, List<Attribution> found) {
        Attribution only() {
            assertThat(found).hasSize(1);
            return found.get(0);
        }

        String actorName(Attribution a) {
            return a.sourceActorId() == null ? null : actors.byId(a.sourceActorId()).orElseThrow().name();
        }
    }

    private Run run(String text) {
        AnnotatedText doc = Annotator.shared().annotate(text);
        ActorIndex actors = ACTORS.find(doc);
        return new Run(doc, actors, finder.find(doc, actors));
    }

    @Test
    void aQuoteSplitAroundItsFrameIsOneAttribution() {
        String text = "\"We will build the bridge,\" Karen Holt said. \"Nobody will stop us now.\"";
        Run r = run(text);
        Attribution a = r.only();
        assertThat(a.content().start()).isEqualTo(0);
        assertThat(a.content().end()).isEqualTo(text.length());
        assertThat(a.source().text()).isEqualTo("Karen Holt");
        assertThat(a.cue().text()).isEqualTo("said");
        assertThat(a.direct()).isTrue();
    }

    @Test
    void aQuoteInterruptedMidSentenceKeepsBothParts() {
        String text = "“The plan,” said Peter Lund, “is finished for good.”";
        Attribution a = run(text).only();
        assertThat(a.content().text()).startsWith("“The plan,”").endsWith("“is finished for good.”");
        assertThat(a.source().text()).isEqualTo("Peter Lund");
    }

    @Test
    void aQuotationRunsOverParagraphsWhenTheNextOneOpensWithAQuoteMark() {
        String text = "Mayor Ellen Brooks said: \"The river is rising fast and the dams are full.\n\n"
                + "\"We have asked every family near the water to leave tonight.\"\n\nThe rain stopped later.";
        Attribution a = run(text).only();
        assertThat(a.content().text()).startsWith("\"The river").endsWith("leave tonight.\"");
        assertThat(a.source().text()).contains("Ellen Brooks");
    }

    @Test
    void accordingToNamesTheSourceOfTheClauseBeforeIt() {
        String text = "The company lost money in every quarter of the year, according to Daniel Ortiz.";
        Attribution a = run(text).only();
        assertThat(a.content().text()).isEqualTo("The company lost money in every quarter of the year");
        assertThat(a.source().text()).isEqualTo("Daniel Ortiz");
        assertThat(a.cue().text()).isEqualTo("according to");
        assertThat(a.direct()).isFalse();
    }

    @Test
    void aPronounSpeakerResolvesToThePersonNamedBefore() {
        String text = "Governor Mary Johnson arrived in the capital on Monday.\n\n"
                + "\"This is a great day for all of our workers,\" she said.";
        Run r = run(text);
        Attribution a = r.only();
        assertThat(a.source().text()).isEqualTo("she");
        assertThat(r.actorName(a)).isEqualTo("Mary Johnson");
    }

    @Test
    void aMediaOutletQuotingTheSpeakerIsNotTheSource() {
        String text = "\"We will never sign that treaty,\" Anna Berg said, as quoted by National Public Radio.";
        Attribution a = run(text).only();
        assertThat(a.source().text()).isEqualTo("Anna Berg");
    }

    @Test
    void indirectSpeechWithThatAndATrailingFrameAreBothFound() {
        String text = "Tom Reyes said that the factory would close in March. "
                + "The workers were not told in advance, a union leader said.";
        Run r = run(text);
        assertThat(r.found()).hasSize(2);
        assertThat(r.found().get(0).content().text()).isEqualTo("that the factory would close in March");
        assertThat(r.found().get(0).source().text()).isEqualTo("Tom Reyes");
        assertThat(r.found().get(1).content().text()).isEqualTo("The workers were not told in advance");
        assertThat(r.found().get(1).source().text()).isEqualTo("a union leader");
    }

    @Test
    void toldTakesTheAddresseeBeforeWhatWasSaid() {
        String text = "Laura Kim told reporters the vote had been delayed by a week.";
        Attribution a = run(text).only();
        assertThat(a.content().text()).isEqualTo("the vote had been delayed by a week");
        assertThat(a.source().text()).isEqualTo("Laura Kim");
    }

    @Test
    void aQuoteWithNoFrameGoesToTheSpeakerOfTheParagraphBefore() {
        String text = "\"Prices will fall next year,\" said Omar Haddad, an economist.\n\n"
                + "\"Families will feel the change by the summer at the latest.\"";
        Run r = run(text);
        assertThat(r.found()).hasSize(2);
        Attribution second = r.found().get(1);
        assertThat(second.content().text()).startsWith("\"Families");
        assertThat(second.source().text()).isEqualTo("Omar Haddad");
        assertThat(second.confidence()).isLessThan(r.found().get(0).confidence());
    }

    @Test
    void scareQuotesAloneAreNotSpeech() {
        String text = "The museum opened a \"new wing\" in the old station.";
        assertThat(run(text).found()).isEmpty();
    }
    @Test
    void aPartyTagAfterTheNameKeepsTheSpeaker() {
        String text = "Gov. Anna Berg (D) said the budget was \"a total mess\" from the start.";
        Attribution a = run(text).only();
        assertThat(a.source().text()).startsWith("Gov. Anna Berg");
        assertThat(a.content().text()).isEqualTo("the budget was \"a total mess\" from the start");
        assertThat(a.direct()).isTrue();
    }

    @Test
    void aSecondVerbOfTheSubjectReportsForTheSameSpeaker() {
        String text = "Senator Tom Reyes visited the plant on Monday and said the new rules were \"a gift to polluters.\"";
        Run r = run(text);
        Attribution a = r.only();
        assertThat(a.source().text()).isEqualTo("Senator Tom Reyes");
        assertThat(r.actorName(a)).isEqualTo("Tom Reyes");
        assertThat(a.content().text()).startsWith("the new rules were");
    }

    @Test
    void aCueAfterAPrepositionBelongsToTheSubjectOfTheClause() {
        String text = "Mayor Lena Fox opened the meeting by saying that the city had \"no money left.\"";
        Attribution a = run(text).only();
        assertThat(a.source().text()).isEqualTo("Mayor Lena Fox");
        assertThat(a.cue().text()).isEqualTo("saying");
    }

    @Test
    void aLongAppositionBetweenQuotationAndCueStillNamesTheSpeaker() {
        String text = "\u201cThe bridge is not safe,\u201d Omar Haddad, the chief engineer of the county, "
                + "one of the officials inspecting it, said on Friday.";
        Attribution a = run(text).only();
        assertThat(a.source().text()).isEqualTo("Omar Haddad");
        assertThat(a.content().text()).isEqualTo("\u201cThe bridge is not safe,\u201d");
    }

    @Test
    void aPlaceQualifyingADescriptionIsNotTheSpeaker() {
        String text = "Peter Lund toured the steel works in the morning.\n\n"
                + "\"We will keep every job here,\" the Ohio businessman said.";
        Run r = run(text);
        Attribution a = r.only();
        assertThat(a.source().text()).isEqualTo("the Ohio businessman");
        assertThat(r.actorName(a)).isNotEqualTo("Ohio");
    }
    @Test
    void aSecondReportingVerbJoinedByAndKeepsTheFirstSpeaker() {
        String text = "Laura Kim said that the council would raise taxes in May and suggested that it would cut bus fares.";
        Run r = run(text);
        assertThat(r.found()).hasSize(2);
        assertThat(r.found().get(0).content().text()).isEqualTo("that the council would raise taxes in May");
        assertThat(r.found().get(1).content().text()).isEqualTo("that it would cut bus fares");
        assertThat(r.found().get(1).source().text()).isEqualTo("Laura Kim");
    }

    @Test
    void aDatelineIsNotPartOfTheSpeaker() {
        String text = "GENEVA - Union leaders met on Friday, saying that the strike would go on.";
        Attribution a = run(text).only();
        assertThat(a.source().text()).isEqualTo("Union leaders");
    }
    @Test
    void aShortQuotationEndingTheSpeakersClauseTakesTheClauseWithIt() {
        String text = "The mayor is \u201cbrave as a lion,\u201d Karen Holt wrote in a letter to the council.";
        Attribution a = run(text).only();
        assertThat(a.content().text()).isEqualTo("The mayor is \u201cbrave as a lion,\u201d");
        assertThat(a.source().text()).isEqualTo("Karen Holt");
        assertThat(a.direct()).isTrue();
    }

    @Test
    void aCueAfterToSharesTheSubjectOfTheClause() {
        String text = "\"We lost,\" Peter Lund said, going on to say that the party needed \"a new message.\"";
        Run r = run(text);
        assertThat(r.found()).hasSize(2);
        Attribution second = r.found().get(1);
        assertThat(second.content().text()).startsWith("that the party needed");
        assertThat(second.source().text()).isEqualTo("Peter Lund");
    }

    @Test
    void aStanceVerbWhoseObjectHoldsAQuotationReportsIt() {
        String text = "In a long statement, Mayor Lena Fox characterized the ruling as \"a dark day for the city.\"";
        Attribution a = run(text).only();
        assertThat(a.source().text()).isEqualTo("Mayor Lena Fox");
        assertThat(a.content().text()).isEqualTo("the ruling as \"a dark day for the city.\"");
    }
    @Test
    void aRightQuoteMarkBeforeAnEllipsisOpensAQuotation() {
        String text = "Karen Holt reviewed the plan.\n\n\u201d \u2026 the numbers simply do not add up,\u201d Holt wrote.";
        Attribution a = run(text).only();
        assertThat(a.content().text()).startsWith("\u201d \u2026 the numbers").endsWith("add up,\u201d");
        assertThat(a.source().text()).isEqualTo("Holt");
    }

    @Test
    void aPossessiveReportNounIntroducesWhatWasSaid() {
        String text = "Reporters checked Tom Reyes's claim that the city has \"the cleanest air in the country.\"";
        Attribution a = run(text).only();
        assertThat(a.source().text()).isEqualTo("Tom Reyes's");
        assertThat(a.cue().text()).isEqualTo("claim");
        assertThat(a.content().text()).startsWith("that the city has");
    }

    @Test
    void asSomeonePutItFramesTheClauseBefore() {
        String text = "The main test is a \"steady source of income,\" as a Treasury memo put it.";
        Attribution a = run(text).only();
        assertThat(a.source().text()).isEqualTo("a Treasury memo");
        assertThat(a.cue().text()).isEqualTo("put it");
        assertThat(a.content().text()).isEqualTo("The main test is a \"steady source of income,\"");
    }
    @Test
    void aQuotedObjectEndsWhereTheSubjectsNextVerbPhraseBegins() {
        String text = "Senator Tom Reyes called the merger \"a bad joke\" and asked for a new hearing next year.";
        Run r = run(text);
        assertThat(r.found()).isNotEmpty();
        Attribution a = r.found().get(0);
        assertThat(a.content().text()).isEqualTo("the merger \"a bad joke\"");
        assertThat(a.source().text()).isEqualTo("Senator Tom Reyes");
    }
    @Test
    void aFrameSetOffByCommasInsideTheSentenceReportsTheWholeSentence() {
        String text = "The new bridge, Mayor Lena Fox said on Friday, will open to traffic in the spring.";
        Attribution a = run(text).only();
        assertThat(a.content().text()).isEqualTo(text.substring(0, text.length() - 1));
        assertThat(a.source().text()).isEqualTo("Mayor Lena Fox");
    }

    @Test
    void aSpeakerWithALongTitleOpensTheSentence() {
        String text = "Rep. Karen Holt (D-Ohio), chair of the House budget panel, said the vote would come in June.";
        Attribution a = run(text).only();
        assertThat(a.source().text()).startsWith("Rep. Karen Holt");
        assertThat(a.content().text()).isEqualTo("the vote would come in June");
    }
    @Test
    void aShortQuotationClosingTheParagraphAfterItsCueIsSpeech() {
        String text = "The crowd grew louder as Mayor Lena Fox walked in, chanting: \"No more cuts!\"\n\nThe rally ended at noon.";
        Run r = run(text);
        assertThat(r.found()).anySatisfy(a -> assertThat(a.content().text()).isEqualTo("\"No more cuts!\""));
    }

    @Test
    void reportsInsideAnExcerptMarkedByAStraightQuoteAreStillRead() {
        String text = "\"Karen Holt took the stage, saying \u201cWe will win this fight.\u201d\n\n\"The hall was full.";
        Run r = run(text);
        assertThat(r.found()).anySatisfy(a -> {
            assertThat(a.content().text()).contains("\u201cWe will win this fight.\u201d");
            assertThat(a.source().text()).isEqualTo("Karen Holt");
        });
    }
    @Test
    void callingSomethingByANameReportsTheObjectAndTheName() {
        String text = "The union called the new contract a betrayal of its members.";
        Attribution a = run(text).only();
        assertThat(a.source().text()).isEqualTo("The union");
        assertThat(a.content().text()).isEqualTo("the new contract a betrayal of its members");
    }

    @Test
    void aStudyFindsWhatItReportsWithoutThat() {
        String text = "One study found the river carried twice as much silt as it did a decade earlier.";
        Attribution a = run(text).only();
        assertThat(a.source().text()).isEqualTo("One study");
        assertThat(a.content().text()).isEqualTo("the river carried twice as much silt as it did a decade earlier");
    }

    @Test
    void aTranscriptLineInsideAnExcerptNamesItsSpeaker() {
        String text = "\"HOLT: We have never seen a budget like this one before.\n\n\"REYES: Then we should vote it down today.";
        Run r = run(text);
        assertThat(r.found()).hasSize(2);
        assertThat(r.found().get(0).source().text()).isEqualTo("HOLT");
        assertThat(r.found().get(0).content().text()).startsWith("We have never seen");
    }
}
