package org.geokg.rdf;

import java.util.List;
import java.util.Locale;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;

/**
 * The lookup keys stored with every name, alias and topic ({@code gk:nameKey}, {@code gk:topicKey}):
 * the text lower-cased exactly as SPARQL's {@code lcase} does, so that a canned query can find a
 * name given in any case through the store's index instead of lower-casing every label it holds.
 */
public final class SearchKey {
    private SearchKey() {
    }

    /** The key of {@code text}: its lower case, independent of the JVM's locale. */
    public static String of(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    /**
     * The key triple that goes with a triple, or null when it needs none: a literal
     * {@code schema:name} or {@code skos:altLabel} gets a {@code gk:nameKey}, a {@code gk:topic} a
     * {@code gk:topicKey}.
     */
    public static Triple keyOf(Triple t) {
        Node o = t.getObject();
        if (!o.isLiteral()) {
            return null;
        }
        Node p = t.getPredicate();
        Node keyProperty;
        if (p.equals(SchemaDO.name.asNode()) || p.equals(SKOS.altLabel.asNode())) {
            keyProperty = GK.nameKey.asNode();
        } else if (p.equals(GK.topic.asNode())) {
            keyProperty = GK.topicKey.asNode();
        } else {
            return null;
        }
        return Triple.create(t.getSubject(), keyProperty, NodeFactory.createLiteralString(of(o.getLiteralLexicalForm())));
    }

    /** Adds the keys a graph lacks, for graphs written without them (an export of an older geokg). */
    public static void addKeys(Graph g) {
        List<Triple> keys = g.find().toList().stream().map(SearchKey::keyOf).filter(k -> k != null).toList();
        keys.forEach(g::add);
    }
}
