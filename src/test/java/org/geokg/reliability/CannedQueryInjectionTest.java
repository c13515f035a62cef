package org.geokg.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.util.FmtUtils;
import org.geokg.query.CannedQuery;
import org.geokg.query.QueryException;
import org.geokg.query.QueryParam;
import org.geokg.query.QueryRegistry;
import org.junit.jupiter.api.Test;

/**
 * Hostile parameter values cannot change a canned query: bound as one RDF term each, or refused.
 * Checked for every parameter of every canned query.
 */
class CannedQueryInjectionTest {
    private static final List<String> HOSTILE = List.of("\"", "'", "\\", "\"} ; DROP ALL ; SELECT * { \"",
            "} ; DROP ALL", "x\" . } DELETE WHERE { ?s ?p ?o } #", "{ ?s ?p ?o }", "> } DROP ALL #",
            "http://example.org/a b", "http://example.org/a>} DROP ALL {<x", "<http://example.org/x>", "?target",
            "$target", "\n}\nINSERT DATA { <a> <b> <c> }\n", "\u0000", "# comment", "'''", "\"\"\"", "x".repeat(10_000));

    @Test
    void everyParameterOfEveryCannedQueryBindsHostileValuesAsOneTerm() {
        int bound = 0;
        int refused = 0;
        for (CannedQuery q : QueryRegistry.standard().all()) {
            for (QueryParam p : q.params()) {
                Map<String, String> values = harmless(q);
                Query reference = q.bind(values);
                Node harmlessNode = p.toNode(values.get(p.name()));
                for (String hostile : HOSTILE) {
                    values.put(p.name(), hostile);
                    Query b;
                    try {
                        b = q.bind(values);
                    } catch (QueryException e) {
                        refused++;
                        continue;
                    }
                    bound++;
                    Node n = p.toNode(hostile);
                    String text = b.serialize(Syntax.syntaxARQ);
                    assertThat(b.isSelectType() || b.isAskType() || b.isConstructType())
                            .as("%s %s=%s", q.name(), p.name(), hostile).isTrue();
                    // the same query as with a harmless value, the value's one term aside
                    // (layout aside: the writer indents by the length of what precedes)
                    assertThat(squeeze(text.replace(FmtUtils.stringForNode(n, b.getPrefixMapping()),
                            FmtUtils.stringForNode(harmlessNode, b.getPrefixMapping()))))
                            .as("%s %s=%s", q.name(), p.name(), hostile)
                            .isEqualTo(squeeze(reference.serialize(Syntax.syntaxARQ)));
                    // and it reads back as the same query: the value did not escape its term
                    assertThat(QueryFactory.create(text, Syntax.syntaxARQ)).isEqualTo(b);
                    if (p.type() == QueryParam.Type.STRING) {
                        assertThat(n.getLiteralLexicalForm()).isEqualTo(hostile);
                    }
                }
                values.put(p.name(), harmless(q).get(p.name()));
            }
        }
        System.out.printf("canned-query injection: %d hostile bindings held as one term, %d refused%n", bound, refused);
        assertThat(bound).isGreaterThan(0);
    }

    private static String squeeze(String s) {
        return s.replaceAll("\\s+", " ");
    }

    private static Map<String, String> harmless(CannedQuery q) {
        Map<String, String> values = new HashMap<>();
        for (QueryParam p : q.params()) {
            values.put(p.name(), switch (p.type()) {
                case IRI -> "http://example.org/harmless";
                case DATE -> "2020-01-01";
                case INTEGER -> "7";
                case STRING -> "harmless";
            });
        }
        return values;
    }
}
