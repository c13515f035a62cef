package org.geokg.extract.position;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.assertj.core.groups.Tuple;
import org.geokg.extract.Extractor;
import org.geokg.extract.RawArticle;
import org.geokg.model.Article;
import org.geokg.model.PositionKind;
import org.junit.jupiter.api.Test;

/** Frames in which positions used to be missed, read through the shipped pipeline. */
class RecallRulesTest {
    private static final Extractor EXTRACTOR = Extractor.create();

    /** (holder name, target name) of the positions of {@code kind} found in {@code text}. */
    private static List<Tuple> positions(String text, PositionKind kind) {
        Article a = EXTRACTOR.extract(new RawArticle("t", null, null, null, null, null, text));
        return a.positions().stream().filter(p -> p.kind() == kind)
                .map(p -> tuple(name(a, p.holder()), name(a, p.target()))).toList();
    }

    private static String name(Article a, String id) {
        return id == null ? null : a.entity(id).name();
    }

    @Test
    void theVerbAfterARestrictiveRelativeClauseIsTheAntecedents() {
        assertThat(positions("Central European leaders who have been among the fiercest critics of Russia have "
                + "embraced the idea of a NATO army.", PositionKind.SUPPORT))
                .containsExactly(tuple("Central European leaders", "North Atlantic Treaty Organization"));
    }

    @Test
    void anActorNamedInsideTheRelativeClauseDoesNotHoldTheMainVerb() {
        assertThat(positions("The ships that Vladimir Putin sent last year have blocked Ukraine.",
                PositionKind.SANCTION)).isEmpty();
    }

    @Test
    void aHyphenatedCueMatchesTheTokensItIsSplitInto() {
        assertThat(positions("Vladimir Putin has pooh-poohed the Pentagon report.", PositionKind.DENY))
                .containsExactly(tuple("Vladimir Putin", "United States Department of Defense"));
    }

    @Test
    void placesCoordinatedBeforeAFloatingQuantifierAllAct() {
        assertThat(positions("Spain and Portugal both criticized the deal.", PositionKind.OPPOSE))
                .containsExactlyInAnyOrder(tuple("Spain", null), tuple("Portugal", null));
    }

    @Test
    void aNationalityAndWhatTheyAreNameATarget() {
        assertThat(positions("Donald Trump blasted the American media for being dishonest.", PositionKind.OPPOSE))
                .containsExactly(tuple("Donald Trump", "American media"));
        assertThat(positions("Mike Pompeo spoke on Monday after meeting with the Dutch foreign minister.",
                PositionKind.CONSULT)).containsExactly(tuple("Mike Pompeo", "Dutch foreign minister"));
    }

    @Test
    void aDescribedTitleBeforeANameOrOfAKnownHolderIsNoActorOfItsOwn() {
        Article named = EXTRACTOR.extract(new RawArticle("t", null, null, null, null, null,
                "The Dutch foreign minister Stef Blok met Mike Pompeo."));
        assertThat(named.entities()).extracting(e -> e.name()).doesNotContain("Dutch foreign minister");
        Article known = EXTRACTOR.extract(new RawArticle("t", null, null, null, null, null,
                "Dutch Foreign Minister Stef Blok arrived on Monday. Later the Dutch foreign minister left."));
        assertThat(known.entities()).extracting(e -> e.name()).doesNotContain("Dutch foreign minister");
    }

    @Test
    void whoeverIssuedADocumentHoldsWhatItsParticipleSays() {
        assertThat(positions("The Nordic Council met in Oslo in May. In June it issued a statement welcoming "
                + "Poland's bid.", PositionKind.SUPPORT)).containsExactly(tuple("Nordic Council", "Poland"));
    }

    @Test
    void aLeadersAdministrationIsTheirCountryWhenTheArticleNamesItOnlyAsAPlace() {
        assertThat(positions("Barack Obama returned to the United States on Monday. The Nordic Council welcomed "
                + "the Obama administration's plan.", PositionKind.SUPPORT))
                .containsExactly(tuple("Nordic Council", "United States"));
    }

    @Test
    void aPairCountedBySubjectIsTheLastTwoActorsOfItsKindEachTowardTheOther() {
        assertThat(positions("Chile sent a delegation to Peru in May, with growers from Tarapaca and Moquegua. In June the two "
                + "countries signed a fishing treaty.",
                PositionKind.AGREE)).containsExactlyInAnyOrder(tuple("Chile", "Peru"), tuple("Peru", "Chile"));
        assertThat(positions("Chile and Peru argued for years, but in the end both nations rejected the ruling.",
                PositionKind.REJECT)).containsExactlyInAnyOrder(tuple("Chile", null), tuple("Peru", null));
    }

    @Test
    void aStatementNamingWhoPressesSomeoneIsAgainstThePresser() {
        Article a = EXTRACTOR.extract(new RawArticle("t", null, null, null, null, null,
                "Maria Lopez said that Peru was struggling under pressure from Chile."));
        assertThat(a.positions()).filteredOn(p -> p.kind() == PositionKind.STATE)
                .extracting(p -> name(a, p.holder()), p -> name(a, p.target()), p -> p.polarity().json())
                .containsExactly(tuple("Maria Lopez", "Chile", "negative"));
    }
}
