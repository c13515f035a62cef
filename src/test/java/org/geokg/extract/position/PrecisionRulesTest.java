package org.geokg.extract.position;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.geokg.extract.Extractor;
import org.geokg.extract.RawArticle;
import org.geokg.model.Article;
import org.geokg.model.Entity;
import org.geokg.model.Polarity;
import org.geokg.model.Position;
import org.geokg.model.PositionKind;
import org.junit.jupiter.api.Test;

/** Rules that correct the holder, kind or target of positions, run through the shipped extractor. */
class PrecisionRulesTest {
    private static final Extractor EXTRACTOR = Extractor.create();

    private record Run(Article article) {
        String name(String id) {
            return id == null ? null : article.entities().stream().filter(e -> e.id().equals(id))
                    .map(Entity::name).findFirst().orElse(id);
        }

        List<Position> of(PositionKind kind) {
            return article.positions().stream().filter(p -> p.kind() == kind).toList();
        }
    }

    private static Run run(String text) {
        return new Run(EXTRACTOR.extract(new RawArticle("t", "Test", null, null, null, "en", text)));
    }

    @Test
    void aStatementNamingNoActorGoesOnAboutTheSpeakersLastTarget() {
        Run r = run("Headline\n\nAngela Merkel sharply criticised Poland on Monday. "
                + "\"We have been very patient for a long time,\" Merkel said.");
        assertThat(r.of(PositionKind.STATE)).extracting(p -> r.name(p.holder()), p -> r.name(p.target()), Position::polarity)
                .containsExactly(tuple("Angela Merkel", "Poland", Polarity.NEUTRAL));
        Run asked = run("Headline\n\nAngela Merkel sharply criticised Poland on Monday. "
                + "\"Our ask is simple,\" Merkel said.");
        assertThat(asked.of(PositionKind.REQUEST)).extracting(p -> asked.name(p.target()), Position::polarity)
                .containsExactly(tuple("Poland", Polarity.NEGATIVE));
    }

    @Test
    void anOwnedNounCueWithoutComplementStatesNoNewPosition() {
        Run bare = run("Headline\n\nAngela Merkel's threats had little effect, Poland's government said on Monday.");
        assertThat(bare.of(PositionKind.THREATEN)).isEmpty();
        Run aimed = run("Headline\n\nAngela Merkel's threats against Poland had little effect.");
        assertThat(aimed.of(PositionKind.THREATEN)).extracting(p -> aimed.name(p.holder()), p -> aimed.name(p.target()))
                .containsExactly(tuple("Angela Merkel", "Poland"));
    }

    @Test
    void anActOnlySupposedIsNoPosition() {
        Run supposed = run("Headline\n\nSay Poland demanded that Germany pay for the pipeline. Berlin would balk.");
        assertThat(supposed.of(PositionKind.REQUEST)).isEmpty();
        Run conditional = run("Headline\n\nIf Poland were to back the pipeline, Germany would gain.");
        assertThat(conditional.of(PositionKind.SUPPORT)).isEmpty();
        Run reported = run("Headline\n\nPoland demanded that Germany pay for the pipeline.");
        assertThat(reported.of(PositionKind.REQUEST)).extracting(p -> reported.name(p.holder()))
                .containsExactly("Poland");
    }

    @Test
    void aProOrAntiStanceNamedAgainIsTheSameStance() {
        Run r = run("Headline\n\nRussia and NATO watched as Viktor Orban's pro-Russian stance hardened. "
                + "In Warsaw, Orban's pro-Russian remarks worried Poland.");
        assertThat(r.of(PositionKind.SUPPORT)).extracting(p -> r.name(p.holder()), p -> r.name(p.target()))
                .containsExactly(tuple("Viktor Orban", "Russia"));
    }

    @Test
    void liftingAMeasureOnSomeoneIsForThem() {
        Run r = run("Headline\n\nThe European Union lifted sanctions on Belarus on Monday.");
        assertThat(r.of(PositionKind.ALLOW)).extracting(p -> r.name(p.target()), Position::polarity)
                .containsExactly(tuple("Belarus", Polarity.POSITIVE));
    }

    @Test
    void aStatementRetargetedAwayFromTheSpeakersOwnStateIsReadTowardTheNewTarget() {
        Run r = run("Headline\n\nThe White House announced that the United States would end a long-standing "
                + "national emergency against Burma.");
        assertThat(r.of(PositionKind.STATE)).extracting(p -> r.name(p.target()), Position::polarity)
                .containsExactly(tuple("Myanmar", Polarity.POSITIVE));
    }

    @Test
    void anOrganisationIsDescribedByTheHeadNounOfItsName() {
        Run r = run("Headline\n\nThe International Monetary Fund met in Lima on Monday. "
                + "The fund said that Peru's outlook was improving.");
        assertThat(r.of(PositionKind.STATE)).extracting(p -> r.name(p.holder()))
                .containsExactly("International Monetary Fund");
    }

    @Test
    void aBlendOfACountryAndExitStandsForTheCountryThatLeaves() {
        Run r = run("Headline\n\nGreece has struggled for years. The World Bank warned that a Grexit "
                + "could hurt growth across Europe.");
        assertThat(r.of(PositionKind.STATE)).extracting(p -> r.name(p.holder()), p -> r.name(p.target()))
                .containsExactly(tuple("World Bank", "Greece"));
    }

    @Test
    void aNounCueInTheSpeakersWordsIsTheirsOnlyWhenTheyOwnIt() {
        Run named = run("Headline\n\n\"I call it the visit of the decade,\" said Angela Merkel.");
        assertThat(named.of(PositionKind.CONSULT)).isEmpty();
        Run made = run("Headline\n\n\"We made a proposal to Poland last week,\" said Angela Merkel.");
        assertThat(made.of(PositionKind.OFFER)).extracting(p -> made.name(p.holder()), p -> made.name(p.target()))
                .containsExactly(tuple("Angela Merkel", "Poland"));
    }
}
