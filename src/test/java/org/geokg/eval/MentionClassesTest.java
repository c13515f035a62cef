package org.geokg.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.geokg.extract.text.AnnotatedText;
import org.geokg.extract.text.Annotator;
import org.geokg.extract.text.Token;
import org.geokg.gazetteer.Gazetteer;
import org.geokg.model.Entity;
import org.geokg.model.EntityType;
import org.geokg.model.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Mentions are written with the class of what their words name, and only when they are names. */
class MentionClassesTest {
    private static final String TEXT = "Officials said Norway would object. The officials met at the Ridgeway Space Center "
            + "near Oslo. The report, issued by the Center for Tidal Studies, was short. Lindqvist Museum opened. "
            + "The vote went to veteran skier Ola Brekke, and the mayor Kari Dahl thanked him.";
    private static AnnotatedText doc;
    private static List<Token> tokens;
    private final MentionClasses classes = new MentionClasses(Gazetteer.standard());

    @BeforeAll
    static void annotate() {
        doc = Annotator.shared().annotate(TEXT);
        tokens = doc.tokens();
    }

    private static Entity entity(EntityType type) {
        return new Entity("x", "X", type, List.of(), null, null, List.of(), List.of(), List.of());
    }

    private static Span span(String words) {
        int at = TEXT.indexOf(words);
        return new Span(at, at + words.length(), words);
    }

    private String type(EntityType type, String words) {
        return classes.typeOf(entity(type), span(words), doc, tokens);
    }

    @Test
    void aCountryThatActsIsWrittenAsTheCountryItsNameDenotes() {
        assertThat(type(EntityType.Government, "Norway")).isEqualTo("Country");
        assertThat(type(EntityType.Government, "Oslo")).isEqualTo("Country");
        // a body that the model calls a government keeps its type
        assertThat(type(EntityType.Government, "Center for Tidal Studies")).isEqualTo("Government");
    }

    @Test
    void buildingsAndSitesArePlacesWhoeverRunsThem() {
        assertThat(type(EntityType.GovernmentBody, "Ridgeway Space Center")).isEqualTo(MentionClasses.PLACE);
        assertThat(type(EntityType.Organization, "Lindqvist Museum")).isEqualTo(MentionClasses.PLACE);
        // a centre "for" something is a body, and a person stays a person
        assertThat(type(EntityType.Organization, "Center for Tidal Studies")).isEqualTo("Organization");
        assertThat(type(EntityType.Person, "Lindqvist Museum")).isEqualTo("Person");
    }

    @Test
    void theShortFormOfASiteIsThatPlaceToo() {
        String text = "Engineers at the Ridgeway Space Center (RSC) tested the engine. RSC staff cheered.";
        AnnotatedText d = Annotator.shared().annotate(text);
        Entity site = new Entity("ridgeway-space-center", "Ridgeway Space Center", EntityType.Organization, List.of(),
                null, null, List.of(), List.of(), List.of());
        int at = text.lastIndexOf("RSC");
        assertThat(classes.typeOf(site, new Span(at, at + 3, "RSC"), d, d.tokens())).isEqualTo(MentionClasses.PLACE);
        Entity agency = new Entity("ridgeway-space-agency", "Ridgeway Space Agency", EntityType.Organization,
                List.of(), null, null, List.of(), List.of(), List.of());
        assertThat(classes.typeOf(agency, new Span(at, at + 3, "RSC"), d, d.tokens())).isEqualTo("Organization");
    }

    @Test
    void mentionsThatAreNotNamesAreLeftOut() {
        assertThat(type(EntityType.Organization, "Officials")).isNull();
        assertThat(type(EntityType.Organization, "The report")).isNull();
        assertThat(type(EntityType.Organization, "The officials")).isNull();
        // a name that opens a sentence is still a name
        assertThat(type(EntityType.Organization, "Lindqvist Museum")).isNotNull();
    }

    @Test
    void aNameAfterABareDescriptionIsPartOfTheDescription() {
        assertThat(type(EntityType.Person, "Ola Brekke")).isNull();
        // after "the mayor" the name stands in apposition and is a name
        assertThat(type(EntityType.Person, "Kari Dahl")).isEqualTo("Person");
    }

    @Test
    void anAppositionIsAMentionOfItsOwnWhereItIsAName() {
        Entity lind = new Entity("ada-lind", "Ada Lind", EntityType.Person, List.of(), null, null, List.of(), List.of(),
                List.of());
        Span both = new Span(0, 28, "Ada Lind, the Mayor of Tarns");
        assertThat(MentionClasses.appositionParts(lind, both)).extracting(Span::text)
                .containsExactly("Ada Lind", "the Mayor of Tarns");
        // an organisation's name may hold a comma ("Lind, Frey and Partners")
        Entity firm = new Entity("lind", "Lind, Frey and Partners", EntityType.Company, List.of(), null, null,
                List.of(), List.of(), List.of());
        Span name = new Span(0, 23, "Lind, Frey and Partners");
        assertThat(MentionClasses.appositionParts(firm, name)).containsExactly(name);
    }

    @Test
    void aPluralCommonNounOpeningASentenceIsNoName() {
        String text = "Forecasts suggest the harbour will close. Nordvik denied it.";
        AnnotatedText d = Annotator.shared().annotate(text);
        assertThat(MentionClasses.isNamed(new Span(0, 9, "Forecasts"), d, d.tokens())).isFalse();
        assertThat(MentionClasses.isNamed(new Span(42, 49, "Nordvik"), d, d.tokens())).isTrue();
    }
}
