package org.geokg.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file in {@code queries/} is a canned query the registry can serve: it has the header
 * the CLI shows (question, parameters, example), it parses, its example names exactly its
 * parameters, and it still parses once the parameters are bound to literals.
 */
class CannedQueriesTest {
    private static final Path FOLDER = Path.of("queries");

    static Stream<Path> queryFiles() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.filter(p -> p.toString().endsWith(".rq")).sorted().toList().stream();
        }
    }

    private static String name(Path file) {
        return file.getFileName().toString().replaceFirst("\\.rq$", "");
    }

    @Test
    void theRegistryServesEveryQueryFileAndTheAnalystQuestionsAreThere() throws IOException {
        List<String> files = queryFiles().map(CannedQueriesTest::name).toList();
        assertThat(QueryRegistry.standard().all()).extracting(CannedQuery::name).containsExactlyInAnyOrderElementsOf(files);
        assertThat(files).contains("positions-of-holder", "who-supports", "who-opposes", "stance-matrix",
                "quotes-by-person", "people-roles", "government-actions", "coalitions", "timeline",
                "contradictions", "evidence", "entity-profile", "articles-mentioning");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queryFiles")
    void headerHasQuestionParametersAndAnExampleThatNamesThem(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        CannedQuery q = CannedQuery.parse(name(file), text);

        assertThat(text).startsWith("# question: ");
        assertThat(q.question()).as("question").isNotBlank().endsWith("?");
        assertThat(q.examples()).as("examples").isNotEmpty();
        for (String example : q.examples()) {
            QueryExample ex = QueryExample.parse(example);
            assertThat(ex.queryName()).as("query named by the example").isEqualTo(name(file));
            assertThat(ex.params().keySet()).as("parameters of the example")
                    .containsAll(q.params().stream().filter(QueryParam::required).map(QueryParam::name).toList());
            assertThat(q.params().stream().map(QueryParam::name).toList()).as("parameters of the query")
                    .containsAll(ex.params().keySet());
        }
        for (QueryParam p : q.params()) {
            assertThat(p.description()).as("description of " + p.name()).isNotBlank();
            assertThat(text).as("param line of " + p.name()).containsPattern("(?m)^# param: " + p.name() + " \u2014 .+");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queryFiles")
    void parsesAsSelectAndUsesEveryParameterOnlyInsidePatternsAndFilters(Path file) throws IOException {
        CannedQuery q = CannedQuery.parse(name(file), Files.readString(file, StandardCharsets.UTF_8));
        Query query = q.query();
        assertThat(query.isSelectType()).isTrue();
        for (QueryParam p : q.params()) {
            Var v = Var.alloc(p.name());
            if (p.page()) {
                // limit and offset set the page select's LIMIT and OFFSET, which must be stable
                assertThat(CannedQuery.pageSelect(query).hasOrderBy()).as("the page select is ordered").isTrue();
                assertThat(usesInPatternsOrFilters(query, v)).as("?" + p.name() + " is no variable").isFalse();
                continue;
            }
            // A projected or BIND-assigned parameter would vanish or clash when the runner
            // replaces the variable by its value.
            assertThat(query.getProjectVars()).as("projection").doesNotContain(v);
            assertThat(usesInPatternsOrFilters(query, v)).as("?" + p.name() + " is used").isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queryFiles")
    void stillParsesWhenEveryParameterIsBoundEvenToAValueThatLooksLikeSparql(Path file) throws IOException {
        CannedQuery q = CannedQuery.parse(name(file), Files.readString(file, StandardCharsets.UTF_8));
        Map<String, String> values = new HashMap<>();
        for (QueryParam p : q.params()) {
            values.put(p.name(), p.type() == QueryParam.Type.INTEGER ? "3"
                    : "x\" } UNION { ?injected_s ?injected_p ?injected_o } #");
        }
        Query bound = q.bind(values);
        String serialised = bound.serialize();
        Query reparsed = QueryFactory.create(serialised);
        for (QueryParam p : q.params()) {
            assertThat(usesInPatternsOrFilters(reparsed, Var.alloc(p.name()))).as("?" + p.name() + " replaced").isFalse();
        }
        // the value stays one literal: the pattern it imitates did not become part of the query
        assertThat(usesInPatternsOrFilters(reparsed, Var.alloc("injected_s"))).isFalse();
    }

    @Test
    void positionsByKindListsEveryKindOfTheCodebook() {
        // the query compares the parameter with a fixed list of kinds, so a new kind must be added there
        String text = QueryRegistry.standard().get("positions-by-kind").text();
        String values = text.substring(text.indexOf("VALUES ?k {"), text.indexOf('}', text.indexOf("VALUES ?k {")));
        List<String> listed = java.util.Arrays.stream(values.split("\\s+")).filter(w -> w.startsWith("gkk:"))
                .map(w -> w.substring(4)).toList();
        assertThat(listed).containsExactlyInAnyOrderElementsOf(
                java.util.Arrays.stream(org.geokg.model.PositionKind.values()).map(Enum::name).toList());
    }

    @Test
    void aMissingOrUnknownParameterIsRefusedWithItsName() {
        CannedQuery q = QueryRegistry.standard().get("timeline");
        assertThatThrownBy(() -> q.bind(Map.of("holder", "Spain")))
                .isInstanceOf(QueryException.class).hasMessageContaining("target");
        assertThatThrownBy(() -> q.bind(Map.of("holder", "Spain", "target", "EU", "holdr", "x")))
                .isInstanceOf(QueryException.class).hasMessageContaining("holdr");
    }

    private static boolean usesInPatternsOrFilters(Query query, Var v) {
        boolean[] found = {false};
        ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementPathBlock el) {
                el.patternElts().forEachRemaining(tp -> {
                    if (v.equals(tp.getSubject()) || v.equals(tp.getObject())) {
                        found[0] = true;
                    }
                });
            }

            @Override
            public void visit(ElementFilter el) {
                if (el.getExpr().getVarsMentioned().contains(v)) {
                    found[0] = true;
                }
            }

            @Override
            public void visit(ElementBind el) {
                if (el.getExpr().getVarsMentioned().contains(v)) {
                    found[0] = true;
                }
            }

            @Override
            public void visit(ElementSubQuery el) {
                // names are matched inside sub-selects, which the walker does not enter by itself
                if (usesInPatternsOrFilters(el.getQuery(), v)) {
                    found[0] = true;
                }
            }
        });
        return found[0];
    }
}
