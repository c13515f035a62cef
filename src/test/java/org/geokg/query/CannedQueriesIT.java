package org.geokg.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.geokg.input.ArticleReader;
import org.geokg.model.Article;
import org.geokg.model.Entity;
import org.geokg.model.EntityType;
import org.geokg.model.Polarity;
import org.geokg.model.Position;
import org.geokg.model.PositionKind;
import org.geokg.model.Span;
import org.geokg.rdf.GK;
import org.geokg.rdf.Iris;
import org.geokg.store.ArticleLoader;
import org.geokg.store.GeoStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every canned query over the three example articles in {@code examples/}, loaded into an
 * in-memory store, and checks the answers an analyst would expect: who opposes Huawei, which
 * governments formed coalitions, which stances changed, and that one actor named differently
 * in different articles ("Washington", "the German government") is one actor.
 */
class CannedQueriesIT {
    private static final Path EXAMPLES = Path.of("examples");
    private static final String HUAWEI = "huawei-no-spy-2019";
    private static final String EV = "eu-china-ev-duties-2024";
    private static final String RUSSIA = "russia-sanctions-2022";

    private static GeoStore store;
    private static QueryRunner runner;
    private static Map<String, Article> articles;

    @BeforeAll
    static void loadExamples() throws IOException {
        store = GeoStore.inMemory();
        runner = new QueryRunner(store);
        articles = new LinkedHashMap<>();
        ArticleLoader loader = new ArticleLoader(store);
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                Article a = ArticleReader.read(f);
                loader.load(a);
                articles.put(a.id(), a);
            }
        }
        assertThat(articles).containsKeys(HUAWEI, EV, RUSSIA);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static Stream<CannedQuery> queries() {
        return QueryRegistry.standard().all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void everyExampleInAHeaderAnswersOnTheExamples(CannedQuery q) {
        for (String example : q.examples()) {
            List<Map<String, String>> rows = run(q.name(), QueryExample.parse(example).params());
            if (q.name().startsWith("violation-")) {
                assertThat(rows).as(example).isEmpty();
            } else {
                assertThat(rows).as(example).isNotEmpty();
            }
        }
    }

    @Test
    void whoOpposesHuaweiListsEveryHolderOfANegativePositionTowardIt() {
        List<Map<String, String>> rows = run("who-opposes", Map.of("target", "Huawei"));

        assertThat(column(rows, "holder_name")).containsOnlyElementsOf(expectedHolders("Huawei", Polarity.NEGATIVE))
                .contains("United States", "Mike Pompeo", "Australia", "Japan", "New Zealand",
                        "Central Intelligence Agency", "United States Department of Commerce")
                .doesNotContain("Germany", "Huawei");
        assertThat(rows).hasSize(countPositions("Huawei", Polarity.NEGATIVE));
        // any name of the target, in any case, finds the same positions
        assertThat(run("who-opposes", Map.of("target", "THE CHINESE FIRM"))).isEqualTo(rows);
    }

    @Test
    void whoSupportsTheCommissionGathersMemberStatesFromTwoArticles() {
        List<Map<String, String>> rows = run("who-supports", Map.of("target", "the Commission"));

        assertThat(column(rows, "holder_name")).contains("France", "Italy", "Spain", "Germany")
                .doesNotContain("Hungary");
        assertThat(column(rows, "article_title")).containsExactlyInAnyOrder(
                titles("European Commission", Polarity.POSITIVE));
    }

    @Test
    void anAliasUsedInOneArticleFindsTheActorsPositionsInAllArticles() {
        List<Map<String, String>> germany = run("positions-of-holder", Map.of("holder", "the German government"));
        assertThat(column(germany, "article_title")).map(this::articleIdOfTitle).containsOnly(HUAWEI, EV, RUSSIA);
        assertThat(column(germany, "holder_name")).containsOnly("Germany");

        List<Map<String, String>> washington = run("positions-of-holder", Map.of("holder", "Washington"));
        assertThat(washington).extracting(r -> r.get("kind"), r -> r.get("target_name"), r -> r.get("date"))
                .containsExactly(tuple("REQUEST", "Huawei", "2019-06-04"), tuple("SANCTION", "Russia", "2022-02-22"));
    }

    @Test
    void stanceMatrixCountsEachGovernmentsPositionsByPolarity() {
        List<Map<String, String>> rows = run("stance-matrix", Map.of());

        assertThat(rows).filteredOn(r -> r.get("government").equals("Germany") && r.get("target_name").equals("Nord Stream 2"))
                .singleElement()
                .satisfies(r -> assertThat(r).containsEntry("positive", "1").containsEntry("negative", "1")
                        .containsEntry("neutral", "0").containsEntry("positions", "2"));
        assertThat(rows).filteredOn(r -> r.get("government").equals("United Kingdom") && r.get("target_name").equals("Huawei"))
                .singleElement()
                .satisfies(r -> assertThat(r).containsEntry("negative", "1").containsEntry("neutral", "1"));
        assertThat(column(rows, "government")).doesNotContain("Mike Pompeo", "Central Intelligence Agency", "Huawei");
        long governmentPositions = articles.values().stream().flatMap(a -> a.positions().stream()
                .filter(p -> p.target() != null && a.entity(p.holder()).type() == EntityType.Government))
                .count();
        assertThat(rows.stream().mapToLong(r -> Long.parseLong(r.get("positions"))).sum()).isEqualTo(governmentPositions);
    }

    @Test
    void quotesByPersonGivesTheirQuotedPositionsAndWhomTheySpokeFor() {
        List<Map<String, String>> pompeo = run("quotes-by-person", Map.of("person", "Pompeo"));
        assertThat(pompeo).extracting(r -> r.get("kind"), r -> r.get("date"))
                .containsExactly(tuple("REQUEST", "2019-06-03"), tuple("OPPOSE", "2019-06-04"));
        assertThat(column(pompeo, "quote")).anyMatch(q -> q.contains("\"access and control\""))
                .anyMatch(q -> q.contains("\"our ask is\""));
        assertThat(column(pompeo, "published")).containsOnly("2019-06-04");

        List<Map<String, String>> liang = run("quotes-by-person", Map.of("person", "Liang Hua"));
        assertThat(liang).singleElement().satisfies(r -> assertThat(r)
                .containsEntry("on_behalf_of", "Huawei").containsEntry("kind", "STATE").containsEntry("target_name", "United States"));
    }

    @Test
    void peopleRolesListsPostsWithTheirOrganisationAndDates() {
        List<Map<String, String>> rows = run("people-roles", Map.of());

        assertThat(rows).filteredOn(r -> r.get("person_name").equals("Mike Pompeo"))
                .extracting(r -> r.get("title"), r -> r.get("organization_name"), r -> r.get("start"), r -> r.get("end"))
                .containsExactly(tuple("Director", "Central Intelligence Agency", "2017-01-23", "2018-04-26"),
                        tuple("Secretary of State", "United States", "2018-04-26", null));
        assertThat(rows).filteredOn(r -> r.get("person_name").equals("Liang Hua"))
                .extracting(r -> r.get("title"), r -> r.get("organization_name"))
                .containsExactly(tuple("Chairman", "Huawei"));
        long roles = articles.values().stream().flatMap(a -> a.entities().stream()).mapToLong(e -> e.roles().size()).sum();
        assertThat(rows).hasSize((int) roles);
    }

    @Test
    void governmentActionsAreActsOfGovernmentsAndTheirBodiesInDateOrder() {
        List<Map<String, String>> rows = run("government-actions", Map.of());

        assertThat(column(rows, "actor_type")).containsOnly("Government", "GovernmentBody");
        assertThat(column(rows, "kind")).isSubsetOf("SANCTION", "ALLOW", "REJECT", "AGREE", "THREATEN", "OFFER");
        assertThat(column(rows, "date")).isSorted();
        assertThat(rows).extracting(r -> r.get("actor_name"), r -> r.get("kind"), r -> r.get("target_name"), r -> r.get("date"))
                .contains(tuple("United States Department of Commerce", "SANCTION", "Huawei", "2019-05-15"),
                        tuple("National Security Council (United Kingdom)", "ALLOW", "Huawei", "2019-06-04"),
                        tuple("China", "SANCTION", "European Union", "2024-10-08"));
        assertThat(rows).filteredOn(r -> r.get("actor_name").equals("Australia"))
                .extracting(r -> r.get("country")).containsOnly("Australia");
    }

    @Test
    void coalitionsPairActorsOnTheSameSideOfOneTargetOncePerPair() {
        List<Map<String, String>> rows = run("coalitions", Map.of("target", "Huawei"));

        Set<String> against = expectedHolders("Huawei", Polarity.NEGATIVE);
        Set<String> forIt = expectedHolders("Huawei", Polarity.POSITIVE);
        assertThat(rows).extracting(r -> r.get("holder_a"), r -> r.get("holder_b"), r -> r.get("target_name"), r -> r.get("polarity"))
                .contains(tuple("Australia", "Japan", "Huawei", "negative"),
                        tuple("Mike Pompeo", "United States", "Huawei", "negative"))
                .doesNotContain(tuple("Japan", "Australia", "Huawei", "negative"));
        // every pair of distinct holders on one side, once: n(n-1)/2 pairs per side
        assertThat(rows).filteredOn(r -> r.get("polarity").equals("negative")).hasSize(pairs(against.size()));
        assertThat(rows).filteredOn(r -> r.get("polarity").equals("positive")).hasSize(pairs(forIt.size()));
        assertThat(rows).allSatisfy(r -> assertThat(r.get("holder_a")).isLessThan(r.get("holder_b")));
        assertThat(column(rows, "target_name")).containsOnly("Huawei");
        assertThat(column(rows, "polarity")).doesNotContain("neutral");
        // any name of the target, in any case, finds the same pairs; another target its own
        assertThat(run("coalitions", Map.of("target", "the chinese firm"))).isEqualTo(rows);
        assertThat(run("coalitions", Map.of("target", "the Commission")))
                .extracting(r -> r.get("holder_a"), r -> r.get("holder_b"), r -> r.get("target_name"), r -> r.get("polarity"))
                .contains(tuple("France", "Italy", "European Commission", "positive"),
                        tuple("Germany", "Hungary", "European Commission", "negative"))
                .doesNotContain(tuple("Australia", "Japan", "Huawei", "negative"));
    }

    private static int pairs(int n) {
        return n * (n - 1) / 2;
    }

    @Test
    void timelineOrdersOneHoldersPositionsTowardATargetByDate() {
        List<Map<String, String>> rows = run("timeline", Map.of("holder", "Madrid", "target", "European Commission"));

        assertThat(rows).extracting(r -> r.get("date"), r -> r.get("kind"), r -> r.get("polarity"))
                .containsExactly(tuple("2024-07-16", "SUPPORT", "positive"), tuple("2024-09-12", "REQUEST", "negative"));
        assertThat(run("timeline", Map.of("holder", "spain", "target", "the commission"))).isEqualTo(rows);
    }

    @Test
    void contradictionsFindTheStancesThatChangedSideTowardOneTarget() {
        List<Map<String, String>> rows = run("contradictions", Map.of("target", "the Commission"));

        assertThat(rows).extracting(r -> r.get("holder_name"), r -> r.get("target_name"),
                        r -> r.get("positive_date"), r -> r.get("negative_date"))
                .contains(tuple("Spain", "European Commission", "2024-07-16", "2024-09-12"));
        assertThat(column(rows, "target_name")).containsOnly("European Commission");
        assertThat(column(rows, "holder_name")).doesNotContain("France", "Italy", "Hungary");
        assertThat(rows).allSatisfy(r -> assertThat(r.get("positive_evidence")).isNotBlank());

        assertThat(run("contradictions", Map.of("target", "nord stream 2")))
                .extracting(r -> r.get("holder_name"), r -> r.get("target_name"),
                        r -> r.get("positive_date"), r -> r.get("negative_date"))
                .contains(tuple("Germany", "Nord Stream 2", "2021-12-16", "2022-02-22"));
        // nobody took both sides toward Huawei in the examples
        assertThat(run("contradictions", Map.of("target", "Huawei"))).isEmpty();
    }

    @Test
    void evidenceOffsetsPointIntoTheArticleText() {
        List<Map<String, String>> rows = run("evidence", Map.of("holder", "Australia", "target", "Huawei"));

        String text = articles.get(HUAWEI).text();
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r).containsEntry("article_id", HUAWEI).containsEntry("kind", "SANCTION").containsEntry("cue", "excluded");
            int start = Integer.parseInt(r.get("start"));
            int end = Integer.parseInt(r.get("end"));
            assertThat(text.substring(start, end)).isEqualTo(r.get("text")).contains("excluded Huawei");
        });
        for (Map<String, String> r : run("evidence", Map.of("holder", "Mike Pompeo", "target", "Huawei"))) {
            assertThat(text.substring(Integer.parseInt(r.get("start")), Integer.parseInt(r.get("end")))).isEqualTo(r.get("text"));
        }
    }

    @Test
    void entityProfileGathersNamesAliasesCountryWikidataAndRoles() {
        assertThat(run("entity-profile", Map.of("actor", "Mike Pompeo"))).singleElement().satisfies(r -> {
            assertThat(r).containsEntry("types", "Person").containsEntry("country", "United States")
                    .containsEntry("same_as", "http://www.wikidata.org/entity/Q473239").containsEntry("articles", "1");
            assertThat(r.get("roles")).contains("Secretary of State, United States (since 2018-04-26)")
                    .contains("Director, Central Intelligence Agency (2017-01-23 to 2018-04-26)");
        });
        assertThat(run("entity-profile", Map.of("actor", "washington"))).singleElement().satisfies(r -> {
            assertThat(r).containsEntry("iri", Iris.government("US").getURI()).containsEntry("types", "Government")
                    .containsEntry("same_as", "http://www.wikidata.org/entity/Q30").containsEntry("articles", "2");
            assertThat(r.get("aliases").split(" \\| ")).contains("US", "the United States", "Washington");
        });
    }

    @Test
    void articlesMentioningCountMentionsPerArticle() {
        List<Map<String, String>> rows = run("articles-mentioning", Map.of("actor", "Germany"));

        assertThat(column(rows, "article_id")).containsExactly(HUAWEI, RUSSIA, EV);
        for (Map<String, String> r : rows) {
            Article a = articles.get(r.get("article_id"));
            Entity germany = a.entities().stream().filter(e -> e.name().equals("Germany")).findFirst().orElseThrow();
            assertThat(r).containsEntry("mentions", Integer.toString(germany.mentions().size()))
                    .containsEntry("positions_held", Long.toString(
                            a.positions().stream().filter(p -> p.holder().equals(germany.id())).count()));
        }
        assertThat(column(run("articles-mentioning", Map.of("actor", "Beijing")), "article_id"))
                .containsExactly(HUAWEI, RUSSIA, EV);
    }

    @Test
    void positionsByKindMatchesTheKindInAnyCase() {
        List<Map<String, String>> rows = run("positions-by-kind", Map.of("kind", "sanction"));

        long sanctions = articles.values().stream().flatMap(a -> a.positions().stream())
                .filter(p -> p.kind() == PositionKind.SANCTION).count();
        assertThat(rows).hasSize((int) sanctions);
        assertThat(column(rows, "date")).isSorted();
        assertThat(run("positions-by-kind", Map.of("kind", "SANCTION"))).isEqualTo(rows);
        assertThat(run("positions-by-kind", Map.of("kind", "SANCTIONS"))).isEmpty();
    }

    @Test
    void actorsOfACountryAreFoundByCodeOrName() {
        List<Map<String, String>> rows = run("actors-of-country", Map.of("country", "de"));

        assertThat(rows).extracting(r -> r.get("actor_name"), r -> r.get("actor_type"))
                .contains(tuple("Germany", "Government"), tuple("Olaf Scholz", "Person"), tuple("Ursula von der Leyen", "Person"));
        assertThat(run("actors-of-country", Map.of("country", "Germany"))).isEqualTo(rows);
        // a value that makes no country IRI finds no country, rather than every country
        assertThat(run("actors-of-country", Map.of("country", "d e<>"))).isEmpty();
        assertThat(run("actors-of-country", Map.of("country", "XX"))).isEmpty();
    }

    @Test
    void actorActivityRanksTheBusiestHolderFirst() {
        List<Map<String, String>> rows = run("actor-activity", Map.of());

        assertThat(rows.get(0)).containsEntry("actor_name", "Germany").containsEntry("articles", "3")
                .containsEntry("first", "2019-06-04").containsEntry("last", "2024-10-04");
        long positions = articles.values().stream().mapToLong(a -> a.positions().size()).sum();
        assertThat(rows.stream().mapToLong(r -> Long.parseLong(r.get("positions"))).sum()).isEqualTo(positions);
    }

    @Test
    void spanTextViolationsAreReportedWhenASpanMisquotesItsArticle() {
        assertThat(run("violation-span-text", Map.of())).isEmpty();

        // a mention whose text does not match the article text, written behind the loader's back
        Node graph = Iris.articleGraph(HUAWEI);
        Node mention = Iris.mention(HUAWEI, new Span(0, 6, "Huaway"));
        Txn.executeWrite(store.datasetGraph(), () -> {
            store.datasetGraph().add(graph, mention, RDF.type.asNode(), GK.Mention.asNode());
            store.datasetGraph().add(graph, mention, GK.article.asNode(), Iris.article(HUAWEI));
            store.datasetGraph().add(graph, mention, GK.start.asNode(), NodeFactory.createLiteralDT("0", XSDDatatype.XSDinteger));
            store.datasetGraph().add(graph, mention, GK.end.asNode(), NodeFactory.createLiteralDT("6", XSDDatatype.XSDinteger));
            store.datasetGraph().add(graph, mention, GK.text.asNode(), NodeFactory.createLiteralString("Huaway"));
        });
        try {
            assertThat(run("violation-span-text", Map.of())).singleElement()
                    .satisfies(r -> assertThat(r).containsEntry("text", "Huaway").containsEntry("found", "Huawei"));
        } finally {
            Txn.executeWrite(store.datasetGraph(), () -> store.datasetGraph().deleteAny(graph, mention, Node.ANY, Node.ANY));
        }
    }

    @Test
    void spanTextViolationsGiveARowPerRoleOfASpanAsThePlainFormOfTheQueryDoes() throws IOException {
        Node graph = Iris.articleGraph(RUSSIA);
        Node position = Iris.position(RUSSIA, 1);
        List<Node> evidence = new ArrayList<>();
        List<Node> cues = new ArrayList<>();
        List<Node> texts = new ArrayList<>();
        Txn.executeWrite(store.datasetGraph(), () -> {
            var d = store.datasetGraph();
            d.find(graph, position, GK.evidence.asNode(), Node.ANY).forEachRemaining(q -> evidence.add(q.getObject()));
            d.find(graph, position, GK.cue.asNode(), Node.ANY).forEachRemaining(q -> cues.add(q.getObject()));
            // the evidence span misquotes, and is also its position's cue: one row for each role
            d.find(graph, evidence.get(0), GK.text.asNode(), Node.ANY).forEachRemaining(q -> texts.add(q.getObject()));
            d.deleteAny(graph, evidence.get(0), GK.text.asNode(), Node.ANY);
            d.add(graph, evidence.get(0), GK.text.asNode(), NodeFactory.createLiteralString("words never written"));
            d.deleteAny(graph, position, GK.cue.asNode(), Node.ANY);
            d.add(graph, position, GK.cue.asNode(), evidence.get(0));
        });
        try {
            List<Map<String, String>> rows = run("violation-span-text", Map.of());
            assertThat(rows).hasSize(2).allSatisfy(r -> assertThat(r).containsEntry("article_id", RUSSIA)
                    .containsEntry("span", evidence.get(0).getURI()).containsEntry("text", "words never written"));
            String plain = Files.readString(Path.of("src/test/resources/query-forms/violation-span-text-plain.rq"));
            List<Map<String, String>> expected = new ArrayList<>();
            for (QuerySolution s : runner.select(org.apache.jena.query.QueryFactory.create(plain))) {
                Map<String, String> row = new LinkedHashMap<>();
                s.varNames().forEachRemaining(v -> row.put(v, value(s.get(v))));
                expected.add(row);
            }
            assertThat(rows).containsExactlyInAnyOrderElementsOf(expected);
        } finally {
            Txn.executeWrite(store.datasetGraph(), () -> {
                var d = store.datasetGraph();
                d.deleteAny(graph, evidence.get(0), GK.text.asNode(), Node.ANY);
                texts.forEach(t -> d.add(graph, evidence.get(0), GK.text.asNode(), t));
                d.deleteAny(graph, position, GK.cue.asNode(), Node.ANY);
                cues.forEach(c -> d.add(graph, position, GK.cue.asNode(), c));
            });
        }
        assertThat(run("violation-span-text", Map.of())).isEmpty();
    }

    @Test
    void actorSearchFindsActorsAndTopicsByAnyPartOfANameMostTargetedFirst() {
        List<Map<String, String>> rows = run("actor-search", Map.of("text", "HUA"));

        assertThat(rows.get(0)).containsEntry("name", "Huawei").containsEntry("type", "Company")
                .containsEntry("aimed_at", Integer.toString(countToward("Huawei")));
        assertThat(column(rows, "name")).contains("Liang Hua", "ban on Huawei").doesNotHaveDuplicates();
        assertThat(rows).filteredOn(r -> r.get("name").equals("ban on Huawei")).singleElement()
                .satisfies(r -> assertThat(r).containsEntry("type", "topic"));
        // an alias finds the actor under its display name
        assertThat(run("actor-search", Map.of("text", "washington")))
                .extracting(r -> r.get("name"), r -> r.get("matched"), r -> r.get("type"))
                .contains(tuple("United States", "Washington", "Government"));
        assertThat(run("actor-search", Map.of("text", "no such actor anywhere"))).isEmpty();
    }

    @Test
    void stanceNetworkGivesEveryPositionTowardATargetWithItsEvidenceSpans() {
        List<Map<String, String>> rows = run("stance-network", Map.of("target", "the Chinese firm"));

        assertThat(rows).hasSize(countToward("Huawei"));
        assertThat(rows).extracting(r -> r.get("holder_name"), r -> r.get("polarity"))
                .contains(tuple("United States", "negative"), tuple("Mike Pompeo", "negative"), tuple("Australia", "negative"),
                        tuple("Germany", "positive"), tuple("United Kingdom", "neutral"));
        assertThat(rows).filteredOn(r -> r.get("holder_name").equals("Mike Pompeo"))
                .extracting(r -> r.get("holder_type")).containsOnly("Person");
        String text = articles.get(HUAWEI).text();
        for (Map<String, String> r : rows) {
            assertThat(r).containsEntry("target_name", "Huawei").containsEntry("publisher", "Sputnik");
            int start = Integer.parseInt(r.get("evidence_start"));
            assertThat(text.substring(start, start + r.get("evidence").length())).isEqualTo(r.get("evidence"));
            if (r.get("cue_start") != null) {
                assertThat(Integer.parseInt(r.get("cue_start"))).isGreaterThanOrEqualTo(start);
                assertThat(Integer.parseInt(r.get("cue_end"))).isLessThanOrEqualTo(start + r.get("evidence").length());
            }
        }
        // a topic gathers the positions about it, whatever their target
        assertThat(run("stance-network", Map.of("target", "BAN ON HUAWEI")))
                .extracting(r -> r.get("holder_name"), r -> r.get("kind")).containsExactly(tuple("Mike Pompeo", "REQUEST"));
    }

    @Test
    void actorPositionsSplitWhatAnActorHoldsFromWhatIsAimedAtIt() {
        List<Map<String, String>> huawei = run("actor-positions", Map.of("actor", "Huawei"));
        long held = articles.values().stream().flatMap(a -> a.positions().stream()
                .filter(p -> a.entity(p.holder()).name().equals("Huawei"))).count();

        assertThat(huawei).filteredOn(r -> r.get("direction").equals("aimed")).hasSize(countToward("Huawei"));
        assertThat(huawei).filteredOn(r -> r.get("direction").equals("holds")).hasSize((int) held)
                .allSatisfy(r -> assertThat(r).containsEntry("holder_name", "Huawei"));
        assertThat(run("actor-positions", Map.of("actor", "Australia")))
                .extracting(r -> r.get("direction"), r -> r.get("kind"), r -> r.get("polarity"), r -> r.get("target_name"))
                .containsExactly(tuple("holds", "SANCTION", "negative", "Huawei"));
    }

    // --- helpers

    private static List<Map<String, String>> run(String query, Map<String, String> params) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (QuerySolution s : runner.select(QueryRegistry.standard().get(query).bind(params))) {
            Map<String, String> row = new LinkedHashMap<>();
            s.varNames().forEachRemaining(v -> row.put(v, value(s.get(v))));
            rows.add(row);
        }
        return rows;
    }

    private static String value(RDFNode n) {
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.isURIResource() ? n.asResource().getURI() : n.toString();
    }

    private static List<String> column(List<Map<String, String>> rows, String name) {
        return rows.stream().map(r -> r.get(name)).toList();
    }

    private String articleIdOfTitle(String title) {
        return articles.values().stream().filter(a -> a.title().equals(title)).findFirst().orElseThrow().id();
    }

    /** Names of the holders of positions of one polarity toward the entity of that name, from the records. */
    private static Set<String> expectedHolders(String targetName, Polarity polarity) {
        return articles.values().stream().flatMap(a -> toward(a, targetName, polarity).map(p -> a.entity(p.holder()).name()))
                .collect(Collectors.toSet());
    }

    private static int countPositions(String targetName, Polarity polarity) {
        return (int) articles.values().stream().flatMap(a -> toward(a, targetName, polarity)).count();
    }

    private static int countToward(String targetName) {
        return (int) articles.values().stream().flatMap(a -> a.positions().stream()
                .filter(p -> p.target() != null && a.entity(p.target()).name().equals(targetName))).count();
    }

    private static String[] titles(String targetName, Polarity polarity) {
        return articles.values().stream().flatMap(a -> toward(a, targetName, polarity).map(p -> a.title()))
                .toArray(String[]::new);
    }

    private static Stream<Position> toward(Article a, String targetName, Polarity polarity) {
        return a.positions().stream().filter(p -> p.polarity() == polarity && p.target() != null
                && a.entity(p.target()).name().equals(targetName));
    }
}
