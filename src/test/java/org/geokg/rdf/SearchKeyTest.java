package org.geokg.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.ExprUtils;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.junit.jupiter.api.Test;

/** The stored lookup keys agree with SPARQL's lcase, which the canned queries apply to a parameter. */
class SearchKeyTest {
    @Test
    void keyIsWhatSparqlLcaseGives() {
        for (String s : List.of("Huawei", "MIKE POMPEO", "Côte d'Ivoire", "ÉLYSÉE", "İstanbul", "STRASSE Straße", "Ωmega ΣΑΣ", "  the U.S. ")) {
            NodeValue lcase = ExprUtils.eval(ExprUtils.parse("lcase(\"" + s + "\")"), org.apache.jena.sparql.engine.binding.BindingFactory.empty());
            assertThat(SearchKey.of(s)).as(s).isEqualTo(lcase.getString());
        }
    }

    @Test
    void namesAliasesAndTopicsGetKeysOtherTriplesNone() {
        Node x = NodeFactory.createURI("https://w3id.org/geokg/id/org/acme");
        assertThat(SearchKey.keyOf(Triple.create(x, SchemaDO.name.asNode(), NodeFactory.createLiteralString("ACME Corp"))))
                .isEqualTo(Triple.create(x, GK.nameKey.asNode(), NodeFactory.createLiteralString("acme corp")));
        assertThat(SearchKey.keyOf(Triple.create(x, SKOS.altLabel.asNode(), NodeFactory.createLiteralString("Acme"))).getObject())
                .isEqualTo(NodeFactory.createLiteralString("acme"));
        assertThat(SearchKey.keyOf(Triple.create(x, GK.topic.asNode(), NodeFactory.createLiteralString("5G Networks"))))
                .isEqualTo(Triple.create(x, GK.topicKey.asNode(), NodeFactory.createLiteralString("5g networks")));
        assertThat(SearchKey.keyOf(Triple.create(x, SchemaDO.headline.asNode(), NodeFactory.createLiteralString("Acme")))).isNull();
        assertThat(SearchKey.keyOf(Triple.create(x, SchemaDO.name.asNode(), x))).isNull();
    }

    @Test
    void addKeysCompletesAGraphWrittenWithoutThem() {
        Node x = NodeFactory.createURI("https://w3id.org/geokg/id/org/acme");
        Graph g = GraphFactory.createDefaultGraph();
        g.add(x, SchemaDO.name.asNode(), NodeFactory.createLiteralString("Acme"));
        g.add(x, SKOS.altLabel.asNode(), NodeFactory.createLiteralString("ACME"));
        SearchKey.addKeys(g);
        assertThat(g.find(x, GK.nameKey.asNode(), Node.ANY).toList()).hasSize(1);
        assertThat(g.size()).isEqualTo(3);
        SearchKey.addKeys(g);
        assertThat(g.size()).isEqualTo(3);
    }
}
