package org.geokg.extract.actor;

import static org.assertj.core.api.Assertions.assertThat;

import org.geokg.extract.text.Annotator;
import org.geokg.model.EntityType;
import org.geokg.model.Role;
import org.geokg.model.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ActorFinderTest {
    private static final String TEXT = "Chinese telecom giant Huawei is willing to sign a deal. "
            + "Huawei Chairman Liang Hua said the plan was fair.\n"
            + "Mike Pompeo, US Secretary of State and a former CIA chief, warned allies about the firm. "
            + "Pompeo said he had no doubt. Beijing rejected his claims.\n"
            + "Germany, France and the Netherlands said they would wait. "
            + "Huawei made a similar proposal to London and Berlin. Officials met in Paris on Monday.";
    private static ActorIndex index;

    @BeforeAll
    static void find() {
        index = new ActorFinder(GazetteerLexicon.standard()).find(Annotator.shared().annotate(TEXT));
    }

    private static Actor actor(String id) {
        return index.byId(id).orElseThrow(() -> new AssertionError("no actor " + id + " in " + index.actors()));
    }

    @Test
    void companyWithCountryFromItsDescription() {
        Actor huawei = actor("huawei");
        assertThat(huawei.type()).isEqualTo(EntityType.Company);
        assertThat(huawei.country()).isEqualTo("CN");
        assertThat(huawei.mentions()).hasSize(3);
    }

    @Test
    void surnameJoinsTheFullNameAndRolesComeFromTitles() {
        Actor pompeo = actor("mike-pompeo");
        assertThat(pompeo.type()).isEqualTo(EntityType.Person);
        // the first mention reaches over the apposition that gives his titles
        assertThat(pompeo.mentions()).extracting(Span::text)
                .containsExactly("Mike Pompeo, US Secretary of State and a former CIA chief", "Pompeo");
        int warned = TEXT.indexOf("warned");
        assertThat(index.mentionsWithin(TEXT.indexOf("State"), warned)).isEmpty();
        assertThat(index.mentionsWithin(TEXT.indexOf("Mike"), warned)).extracting(Span::text)
                .startsWith("Mike Pompeo, US Secretary of State and a former CIA chief");
        Actor us = actor("united-states");
        assertThat(us.type()).isEqualTo(EntityType.Government);
        assertThat(pompeo.roles()).contains(new Role("Secretary of State", us.id(), null, null));
        Actor cia = index.actors().stream().filter(a -> a.aliases().contains("CIA") || a.name().equals("CIA"))
                .findFirst().orElseThrow();
        assertThat(pompeo.roles()).contains(new Role("former chief", cia.id(), null, null));
        assertThat(actor("liang-hua").roles()).containsExactly(new Role("Chairman", "huawei", null, null));
        assertThat(index.resolvePronoun("he", TEXT.indexOf("he had"))).contains(pompeo);
        // descriptions that repeat a title find its holder, even past a later person
        int end = TEXT.length();
        assertThat(index.resolvePronoun("the former CIA chief", end)).contains(pompeo);
        assertThat(index.resolvePronoun("the Huawei chairman", end)).contains(actor("liang-hua"));
    }

    @Test
    void actingCapitalIsItsCountrysGovernment() {
        Actor china = actor("china");
        assertThat(china.type()).isEqualTo(EntityType.Government);
        assertThat(china.country()).isEqualTo("CN");
        assertThat(china.mentions()).extracting(Span::text).containsExactly("Beijing");
        // a capital named as a place stays a place
        assertThat(index.at(TEXT.indexOf("Paris"), TEXT.indexOf("Paris") + 5).orElseThrow().type())
                .isEqualTo(EntityType.Country);
    }

    @Test
    void coalitionsBecomeGroupsOfGovernments() {
        Actor europe = index.at(TEXT.indexOf("Germany, France"), TEXT.indexOf(" said they")).orElseThrow();
        assertThat(europe.type()).isEqualTo(EntityType.Group);
        assertThat(europe.members()).containsExactly("germany", "france", "netherlands");
        for (String m : europe.members()) {
            assertThat(actor(m).type()).isEqualTo(EntityType.Government);
        }
        Actor pair = index.within(TEXT.indexOf("London"), TEXT.indexOf("Berlin.") + 6).stream()
                .filter(a -> a.type() == EntityType.Group).findFirst().orElseThrow();
        assertThat(pair.members()).containsExactly("united-kingdom", "germany");
    }

    @Test
    void wellKnownOfficeHoldersGetTheirWikidataIdAndCountry() {
        ActorIndex other = new ActorFinder(GazetteerLexicon.standard())
                .find(Annotator.shared().annotate("Angela Merkel met Boris Johnson in Berlin. Merkel said little."));
        Actor merkel = other.byId("angela-merkel").orElseThrow();
        assertThat(merkel.wikidata()).isEqualTo("Q567");
        assertThat(merkel.country()).isEqualTo("DE");
        assertThat(merkel.mentions()).hasSize(2);
        assertThat(other.byId("boris-johnson").orElseThrow().wikidata()).isEqualTo("Q180589");
    }
}
