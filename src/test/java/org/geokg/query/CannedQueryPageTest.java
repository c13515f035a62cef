package org.geokg.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFormatter;
import org.junit.jupiter.api.Test;

/** Optional parameters with defaults in a query's header, and the page parameters limit and offset. */
class CannedQueryPageTest {
    private static final String PAGED = """
            # question: Which things are there?
            # param: kind — the kind (string), e.g. "a"
            # param: limit — rows per page, at most 10,000 (integer, default 3)
            # param: offset — rows before the page (integer, default 0)
            # example: geokg query things --param kind=a
            PREFIX ex: <http://example.org/>
            SELECT ?thing ?label WHERE {
              { SELECT ?thing WHERE { ?thing ex:kind ?kind } ORDER BY ?thing LIMIT 3 }
              OPTIONAL { ?thing ex:label ?label }
            }
            ORDER BY ?thing
            """;

    @Test
    void theHeaderGivesDefaultsAndMarksParametersOptional() {
        CannedQuery q = CannedQuery.parse("things", PAGED);
        assertThat(q.params()).extracting(QueryParam::name, QueryParam::type, QueryParam::defaultValue, QueryParam::required)
                .containsExactly(
                        org.assertj.core.api.Assertions.tuple("kind", QueryParam.Type.STRING, null, true),
                        org.assertj.core.api.Assertions.tuple("limit", QueryParam.Type.INTEGER, "3", false),
                        org.assertj.core.api.Assertions.tuple("offset", QueryParam.Type.INTEGER, "0", false));
        assertThat(q.params().get(1).description()).isEqualTo("rows per page, at most 10,000");
        assertThat(q.params().get(1).page()).isTrue();
        assertThat(q.params().get(0).page()).isFalse();
    }

    @Test
    void limitAndOffsetPageTheSubSelectAndDefaultsGiveTheFirstPage() {
        Model m = ModelFactory.createDefaultModel();
        for (int i = 0; i < 10; i++) {
            Resource r = m.createResource("http://example.org/t" + i);
            r.addProperty(m.createProperty("http://example.org/kind"), "a");
            r.addProperty(m.createProperty("http://example.org/label"), "thing " + i);
        }
        CannedQuery q = CannedQuery.parse("things", PAGED);
        assertThat(things(m, q.bind(Map.of("kind", "a")))).containsExactly("t0", "t1", "t2");
        assertThat(things(m, q.bind(Map.of("kind", "a", "limit", "4", "offset", "5")))).containsExactly("t5", "t6", "t7", "t8");
        assertThat(things(m, q.bind(Map.of("kind", "a", "offset", "8")))).containsExactly("t8", "t9");
        assertThat(things(m, q.bind(Map.of("kind", "a", "limit", "10000")))).hasSize(10);
        // the outer query is not paged, and binding did not change the stored query
        assertThat(q.bind(Map.of("kind", "a", "limit", "7")).hasLimit()).isFalse();
        assertThat(CannedQuery.pageSelect(q.query()).getLimit()).isEqualTo(3);
        assertThat(CannedQuery.pageSelect(q.bind(Map.of("kind", "a"))).getLimit()).isEqualTo(3);
    }

    @Test
    void pageValuesOutOfRangeOrNotNumbersAreRefusedWithTheParameter() {
        CannedQuery q = CannedQuery.parse("things", PAGED);
        assertThatThrownBy(() -> q.bind(Map.of("kind", "a", "limit", "0"))).isInstanceOf(QueryException.class)
                .hasMessageContaining("limit").hasMessageContaining("out of range");
        assertThatThrownBy(() -> q.bind(Map.of("kind", "a", "limit", "10001"))).isInstanceOf(QueryException.class)
                .hasMessageContaining("1 to 10000");
        assertThatThrownBy(() -> q.bind(Map.of("kind", "a", "offset", "-1"))).isInstanceOf(QueryException.class)
                .hasMessageContaining("offset");
        assertThatThrownBy(() -> q.bind(Map.of("kind", "a", "limit", "ten"))).isInstanceOf(QueryException.class)
                .hasMessageContaining("not an integer");
        // a required parameter is still required
        assertThatThrownBy(() -> q.bind(Map.of("limit", "5"))).isInstanceOf(QueryException.class)
                .hasMessageContaining("--param kind=");
    }

    @Test
    void anOptionalVariableParameterTakesItsDefault() {
        CannedQuery q = CannedQuery.parse("things", """
                # question: Which things are of a kind?
                # param: kind — the kind (string, default a)
                # example: geokg query things
                PREFIX ex: <http://example.org/>
                SELECT ?thing WHERE { ?thing ex:kind ?kind }
                """);
        Model m = ModelFactory.createDefaultModel();
        m.createResource("http://example.org/t1").addProperty(m.createProperty("http://example.org/kind"), "a");
        m.createResource("http://example.org/t2").addProperty(m.createProperty("http://example.org/kind"), "b");
        assertThat(things(m, q.bind(Map.of()))).containsExactly("t1");
        assertThat(things(m, q.bind(Map.of("kind", "b")))).containsExactly("t2");
    }

    @Test
    void aHeaderThePageCannotHonourIsRefusedWhenParsed() {
        String noLimit = PAGED.replace(" LIMIT 3", "");
        assertThatThrownBy(() -> CannedQuery.parse("things", noLimit)).isInstanceOf(QueryException.class)
                .hasMessageContaining("things").hasMessageContaining("exactly one select with a LIMIT");
        String twoLimits = PAGED.replace("ORDER BY ?thing\n", "ORDER BY ?thing LIMIT 3\n");
        assertThatThrownBy(() -> CannedQuery.parse("things", twoLimits)).isInstanceOf(QueryException.class)
                .hasMessageContaining("2 have one");
        String otherLimit = PAGED.replace("LIMIT 3", "LIMIT 5");
        assertThatThrownBy(() -> CannedQuery.parse("things", otherLimit)).isInstanceOf(QueryException.class)
                .hasMessageContaining("LIMIT 5").hasMessageContaining("limit 3");
        String stringLimit = PAGED.replace("(integer, default 3)", "(string, default 3)");
        assertThatThrownBy(() -> CannedQuery.parse("things", stringLimit)).isInstanceOf(QueryException.class)
                .hasMessageContaining("(integer, default N)");
        String offsetAlone = PAGED.replaceAll("(?m)^# param: limit.*\\n", "");
        assertThatThrownBy(() -> CannedQuery.parse("things", offsetAlone)).isInstanceOf(QueryException.class)
                .hasMessageContaining("offset needs a parameter limit");
        String badDefault = PAGED.replace("(integer, default 0)", "(integer, default none)");
        assertThatThrownBy(() -> CannedQuery.parse("things", badDefault)).isInstanceOf(QueryException.class)
                .hasMessageContaining("default of parameter offset");
    }

    private static List<String> things(Model m, Query q) {
        try (QueryExecution qe = QueryExecution.create(q, m)) {
            return ResultSetFormatter.toList(qe.execSelect()).stream()
                    .map(s -> s.getResource("thing").getLocalName()).toList();
        }
    }
}
