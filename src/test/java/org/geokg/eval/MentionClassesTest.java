package org.geokg.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.geokg.gazetteer.Gazetteer;
import org.geokg.model.Entity;
import org.geokg.model.EntityType;
import org.geokg.model.Span;
import org.junit.jupiter.api.Test;

/** Mentions are written with the class of what their words name, and only when they are names. */
class MentionClassesTest {
    private static final String TEXT = "Officials said Norway would object. The officials met at the Ridgeway Space Center "
            + "near Oslo. The report, issued by the Center for Tidal Studies, was short. Lindqvist Museum opened.";
    private final MentionClasses classes = new MentionClasses(Gazetteer.standard());

    private static Entity entity(EntityType type) {
        return new Entity("x", "X", type, List.of(), null, null, List.of(), List.of(), List.of());
    }

    private static Span span(String words) {
        int at = TEXT.indexOf(words);
        return new Span(at, at + words.length(), words);
    }

    @Test
    void aCountryThatActsIsWrittenAsTheCountryItsNameDenotes() {
        assertThat(classes.typeOf(entity(EntityType.Government), span("Norway"), TEXT)).isEqualTo("Country");
        assertThat(classes.typeOf(entity(EntityType.Government), span("Oslo"), TEXT)).isEqualTo("Country");
        assertThat(classes.typeOf(entity(EntityType.Government), new Span(0, 7, "Norway's"), TEXT))
                .isEqualTo("Country");
        // a government named as such stays an organisation
        assertThat(classes.typeOf(entity(EntityType.Government), new Span(0, 17, "Norwegian cabinet"), TEXT))
                .isEqualTo("Government");
    }

    @Test
    void buildingsAndSitesArePlacesWhoeverRunsThem() {
        assertThat(classes.typeOf(entity(EntityType.GovernmentBody), span("Ridgeway Space Center"), TEXT))
                .isEqualTo(MentionClasses.PLACE);
        assertThat(classes.typeOf(entity(EntityType.Organization), span("Lindqvist Museum"), TEXT))
                .isEqualTo(MentionClasses.PLACE);
        // a centre "for" something is a body, and a person stays a person
        assertThat(classes.typeOf(entity(EntityType.Organization), span("Center for Tidal Studies"), TEXT))
                .isEqualTo("Organization");
        assertThat(classes.typeOf(entity(EntityType.Person), span("Lindqvist Museum"), TEXT)).isEqualTo("Person");
    }

    @Test
    void mentionsThatAreNotNamesAreLeftOut() {
        assertThat(classes.typeOf(entity(EntityType.Organization), span("Officials"), TEXT)).isNull();
        assertThat(classes.typeOf(entity(EntityType.Organization), span("The report"), TEXT)).isNull();
        assertThat(classes.typeOf(entity(EntityType.Organization), span("The officials"), TEXT)).isNull();
        // a name that opens a sentence is still a name
        assertThat(classes.typeOf(entity(EntityType.Organization), span("Lindqvist Museum"), TEXT)).isNotNull();
        assertThat(MentionClasses.isNamed(new Span(0, 9, "Officials"), "Officials met.")).isTrue();
    }
}
