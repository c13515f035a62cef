package org.geokg.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GazetteerTest {
    private final Gazetteer gazetteer = Gazetteer.standard();

    @ParameterizedTest
    @ValueSource(strings = {"US", "U.S.", "USA", "U.S.A.", "America", "the United States",
            "United States of America", "The U.S.", "united states"})
    void namesOfTheUnitedStatesResolveToUsWithQ30(String name) {
        assertThat(gazetteer.country(name)).hasValueSatisfying(c -> {
            assertThat(c.iso2()).isEqualTo("US");
            assertThat(c.wikidata()).isEqualTo("Q30");
        });
    }

    @ParameterizedTest
    @CsvSource({"UK, GB", "U.K., GB", "Britain, GB", "Great Britain, GB", "United Kingdom, GB",
            "the Netherlands, NL", "Netherlands, NL", "Holland, NL", "China, CN", "PRC, CN",
            "Russia, RU", "Burma, MM", "Ivory Coast, CI", "Côte d’Ivoire, CI", "Cote d'Ivoire, CI",
            "Turkey, TR", "North Korea, KP", "DPRK, KP", "South Korea, KR", "Guinea, GN"})
    void countryNamesAndAliases(String name, String iso2) {
        assertThat(gazetteer.country(name)).map(Country::iso2).hasValue(iso2);
    }

    @ParameterizedTest
    @CsvSource({"China's, CN", "New Zealand’s, NZ", "the United Kingdom's, GB", "Britain', GB"})
    void possessiveFormsOfCountryNames(String name, String iso2) {
        assertThat(gazetteer.country(name)).map(Country::iso2).hasValue(iso2);
    }

    @ParameterizedTest
    @CsvSource({"US, US", "the United States, US", "Washington, US", "Washington's, US", "Beijing, CN",
            "Moscow, RU", "the Chinese government, CN", "Britain's government, GB", "the UK Government, GB",
            "the government of Japan, JP", "the Russian authorities, RU", "the Iranian regime, IR",
            "the U.S. administration, US", "Saint John's, AG", "the Chinese government's, CN"})
    void governmentOfNamesTheCountryWhoseGovernmentIsMeant(String mention, String iso2) {
        assertThat(gazetteer.governmentOf(mention)).map(Country::iso2).hasValue(iso2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"the Trump administration", "the government", "Korea's government", "Paris Hilton"})
    void governmentOfWithoutACountryIsEmpty(String mention) {
        assertThat(gazetteer.governmentOf(mention)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Korea", "Congolese", "it", "no", "Scotland", "Chinese", "Emirates", "WBG"})
    void ambiguousOrNonCountryNamesDoNotResolveAsCountries(String name) {
        assertThat(gazetteer.country(name)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"Washington, US", "Washington D.C., US", "Beijing, CN", "London, GB", "Berlin, DE",
            "Moscow, RU", "Kyiv, UA", "Tokyo, JP"})
    void capitals(String capital, String iso2) {
        assertThat(gazetteer.countryByCapital(capital)).map(Country::iso2).hasValue(iso2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Douglas", "Hamilton", "The Valley", "Male", "Victoria"})
    void capitalsOfDependenciesAndWordLikeCapitalsAreNotLookedUp(String name) {
        assertThat(gazetteer.countryByCapital(name)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"Dutch, NL", "Chinese, CN", "American, US", "British, GB", "French, FR",
            "Nigerian, NG", "Nigerien, NE", "Saudi, SA", "Israeli, IL"})
    void demonyms(String adjective, String iso2) {
        assertThat(gazetteer.countryByDemonym(adjective)).map(Country::iso2).hasValue(iso2);
    }

    @Test
    void demonymOfTwoSovereignStatesResolvesToNeither() {
        assertThat(gazetteer.countryByDemonym("Congolese")).isEmpty();
        assertThat(gazetteer.countryByDemonym("Dominican")).isEmpty();
    }

    @Test
    void codesInEitherLengthAndCase() {
        assertThat(gazetteer.countryByCode("USA")).map(Country::iso2).hasValue("US");
        assertThat(gazetteer.countryByCode("gb")).map(Country::iso2).hasValue("GB");
        assertThat(gazetteer.countryByCode("XKX")).map(Country::iso2).hasValue("XK");
        assertThat(gazetteer.countryByCode("ZZ")).isEmpty();
    }

    @Test
    void everyWikidataIdOfACountryFindsIt() {
        assertThat(gazetteer.countryByWikidata("Q29999")).map(Country::iso2).hasValue("NL");
        assertThat(gazetteer.countryByWikidata("Q55")).map(Country::iso2).hasValue("NL");
        assertThat(gazetteer.countryByWikidata("http://www.wikidata.org/entity/Q148")).map(Country::iso2)
                .hasValue("CN");
        assertThat(gazetteer.countryByWikidata("Q35")).map(Country::iso2).hasValue("DK");
        assertThat(gazetteer.countryByWikidata("Q1")).isEmpty();
    }

    @Test
    void countriesAreTheIsoListPlusKosovo() {
        assertThat(gazetteer.countries()).hasSize(250)
                .extracting(Country::iso2).contains("US", "CN", "XK").doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @CsvSource({"NATO, Q7184", "Nato, Q7184", "North Atlantic Treaty Organization, Q7184",
            "European Union, Q458", "EU, Q458", "UN, Q1065", "U.N., Q1065", "United Nations, Q1065",
            "WHO, Q7817", "WTO, Q7825", "World Health Organisation, Q7817", "European Defense Agency, Q1134173",
            "UN Development Programme, Q161718", "Security Council, Q37470"})
    void organizationsByNameOrAcronym(String name, String qid) {
        assertThat(gazetteer.organization(name)).map(InternationalOrg::wikidata).hasValue(qid);
    }

    @Test
    void acronymThatIsAnEnglishWordNeedsCapitals() {
        assertThat(gazetteer.organization("who")).isEmpty();
        assertThat(gazetteer.organization("can")).isEmpty();
    }

    @Test
    void acronymOfTwoOrganisationsResolvesToNeither() {
        assertThat(gazetteer.organization("IOC")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"CIA, Central Intelligence Agency", "the CIA, Central Intelligence Agency",
            "US Commerce Department, United States Department of Commerce",
            "U.S. Commerce Department, United States Department of Commerce",
            "Commerce Department, United States Department of Commerce",
            "the Pentagon, United States Department of Defense",
            "China's Foreign Ministry, Ministry of Foreign Affairs of the People's Republic of China",
            "Chinese Foreign Ministry, Ministry of Foreign Affairs of the People's Republic of China",
            "the Russian Defence Ministry, Ministry of Defence of Russia",
            "Foreign Ministry of Japan, Ministry of Foreign Affairs of Japan",
            "Britain’s Foreign Office, 'Foreign, Commonwealth and Development Office'",
            "Ministry of Defence, Ministry of Defence", "the Kremlin, Kremlin", "Bundestag, Bundestag",
            "NASA, National Aeronautics and Space Administration",
            "the Saudi Interior Ministry, Ministry of Interior of Saudi Arabia",
            "The United Kingdom Home Office, Home Office", "the U.S. Air Force, United States Air Force",
            "the Secret Service, United States Secret Service", "the Oval Office, White House",
            "the House, United States House of Representatives"})
    void governmentBodies(String name, String canonical) {
        assertThat(gazetteer.governmentBody(name)).map(GovernmentBody::name).hasValue(canonical);
    }

    @Test
    void governmentBodyCarriesItsCountry() {
        assertThat(gazetteer.governmentBody("CIA")).hasValueSatisfying(b -> {
            assertThat(b.countryIso2()).isEqualTo("US");
            assertThat(b.wikidata()).isEqualTo("Q37230");
        });
        assertThat(gazetteer.governmentBody("US Commerce Department")).map(GovernmentBody::countryIso2)
                .hasValue("US");
    }

    @Test
    void bodyNameSeveralCountriesUseNeedsACountry() {
        assertThat(gazetteer.governmentBody("Foreign Ministry")).isEmpty();
        assertThat(gazetteer.governmentBody("Foreign Ministry", "CN")).map(GovernmentBody::countryIso2)
                .hasValue("CN");
        assertThat(gazetteer.governmentBody("Supreme Court")).isEmpty();
    }

    @Test
    void officeHoldersByExactName() {
        assertThat(gazetteer.officeHolders("antony blinken")).singleElement().satisfies(h -> {
            assertThat(h.wikidata()).isEqualTo("Q7821917");
            assertThat(h.countryIso2()).isEqualTo("US");
            assertThat(h.office()).isEqualTo("United States Secretary of State");
            assertThat(h.start()).isEqualTo(LocalDate.of(2021, 1, 26));
        });
        assertThat(gazetteer.officeHolders("Joe Biden"))
                .anySatisfy(h -> {
                    assertThat(h.office()).isEqualTo("President of the United States");
                    assertThat(h.wikidata()).isEqualTo("Q6279");
                    assertThat(h.heldOn(LocalDate.of(2022, 6, 1))).isTrue();
                });
        assertThat(gazetteer.officeHolders("Biden")).isEmpty();
    }

    @Test
    void collapsedTenureSpansAllRowsOfOnePersonAndOffice() {
        // Wang Yi appears twice in the seed (start date edited on Wikidata): one tenure, earliest start.
        assertThat(gazetteer.officeHolders("Wang Yi"))
                .filteredOn(h -> h.office().startsWith("Foreign Minister"))
                .singleElement().satisfies(h -> assertThat(h.start()).isEqualTo(LocalDate.of(2013, 3, 16)));
    }

    @Test
    void termWithoutEndThatLaterSnapshotsDropIsClosed() {
        // Wikidata had no end for Rishi Sunak; the October 2024 snapshot no longer lists him.
        assertThat(gazetteer.officeHolders("Rishi Sunak"))
                .filteredOn(h -> h.office().equals("Prime Minister of the United Kingdom"))
                .singleElement().satisfies(h -> assertThat(h.end()).isEqualTo(LocalDate.of(2024, 12, 31)));
        assertThat(gazetteer.officeHolders("Keir Starmer")).singleElement()
                .satisfies(h -> assertThat(h.end()).isNull());
    }

    @Test
    void separateTermsStaySeparate() {
        assertThat(gazetteer.officeHolders("Silvio Berlusconi")).extracting(OfficeHolder::start)
                .containsExactly(LocalDate.of(1994, 5, 11), LocalDate.of(2001, 6, 11), LocalDate.of(2008, 5, 8));
    }

    @Test
    void historicalLeaderGetsTheQidOfTheSamePersonInWikidataRows() {
        assertThat(gazetteer.officeHolders("Vladimir Putin"))
                .hasSizeGreaterThanOrEqualTo(3).allSatisfy(h -> assertThat(h.wikidata()).isEqualTo("Q7747"));
        assertThat(gazetteer.officeHolders("Barack Obama")).singleElement()
                .satisfies(h -> assertThat(h.end()).isEqualTo(LocalDate.of(2017, 1, 20)));
    }

    @Test
    void roleTitles() {
        assertThat(gazetteer.roleSector("prime minister")).hasValue("GOV");
        assertThat(gazetteer.roleSector("Foreign Minister")).hasValue("GOV");
        assertThat(gazetteer.roleSector("banana")).isEmpty();
    }
}
