package org.geokg.extract.actor;

import static org.assertj.core.api.Assertions.assertThat;

import org.geokg.extract.text.Annotator;
import org.geokg.model.EntityType;
import org.junit.jupiter.api.Test;

/** In a match report the countries that play are teams; elsewhere they stay countries. */
class SportsTeamsTest {
    private static final ActorFinder FINDER = new ActorFinder(GazetteerLexicon.standard());

    @Test
    void countriesThatPlayInAMatchReportAreTeams() {
        String text = "Norway beat Chile 2 – 1 in Bergen on Sunday. The striker Ola Berg scored the first goal "
                + "after a penalty, and Chile equalised before the match ended. Chile's coach was angry.";
        ActorIndex index = FINDER.find(Annotator.shared().annotate(text));
        Actor chile = index.at(text.indexOf("Chile"), text.indexOf("Chile") + 5).orElseThrow();
        assertThat(chile.type()).isEqualTo(EntityType.Organization);
        assertThat(chile.country()).isEqualTo("CL");
        assertThat(chile.mentions()).hasSize(3);
        Actor norway = index.at(0, 6).orElseThrow();
        assertThat(norway.type()).isEqualTo(EntityType.Organization);
        int bergen = text.indexOf("Bergen");
        assertThat(index.at(bergen, bergen + 6)).hasValueSatisfying(a -> assertThat(a.type()).isNotEqualTo(
                EntityType.Organization));
    }

    @Test
    void withoutAScoreCountriesStayCountries() {
        String text = "Norway and Chile signed a trade deal. The coach of the league team said the match "
                + "was a goal of both countries.";
        ActorIndex index = FINDER.find(Annotator.shared().annotate(text));
        Actor chile = index.at(text.indexOf("Chile"), text.indexOf("Chile") + 5).orElseThrow();
        assertThat(chile.type()).isIn(EntityType.Government, EntityType.Country, EntityType.Group);
    }
}
