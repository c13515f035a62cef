package org.geokg.validate;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * One property shape of the shapes file, of a form simple enough to check with a few direct
 * lookups in the article's graph instead of Jena's SHACL engine: a predicate path whose values
 * must (or must not) be in a fixed list. Jena checks such a nested shape by building a whole
 * validation report per value, most of the check's time on actors' {@code rdf:type}; this gives
 * the same results, with the shape's own message, for a fraction of that.
 *
 * <p>The meaning is SHACL's: focus nodes are the SHACL instances of the node shape's target
 * classes (following {@code rdfs:subClassOf} in the data graph), value nodes the objects of the
 * path; {@code sh:qualifiedValueShape [ sh:in L ]} counts the values in L against
 * {@code sh:qualifiedMinCount}/{@code sh:qualifiedMaxCount} (one result per bound broken),
 * {@code sh:not [ sh:in L ]} reports each value in L. {@link ShapesSplit} decides which shapes
 * qualify, reading every term (list, bounds, message, severity) from the shapes graph.
 */
final class DirectConstraint {
    /** Which of the two forms the property shape has. */
    enum Kind {
        /** {@code sh:qualifiedValueShape [ sh:in L ]} with a minimum and/or maximum count. */
        QUALIFIED_IN,
        /** {@code sh:not [ sh:in L ]}. */
        NOT_IN
    }

    /** No bound given. */
    static final int UNBOUNDED = -1;

    private final Node source;
    private final List<Node> targetClasses;
    private final Node path;
    private final Kind kind;
    private final Set<Node> in;
    private final int min;
    private final int max;
    private final Node message;
    private final Severity severity;

    DirectConstraint(Node source, List<Node> targetClasses, Node path, Kind kind, Set<Node> in, int min, int max,
            Node message, Severity severity) {
        this.source = source;
        this.targetClasses = List.copyOf(targetClasses);
        this.path = path;
        this.kind = kind;
        this.in = Set.copyOf(in);
        this.min = min;
        this.max = max;
        this.message = message;
        this.severity = severity;
    }

    Kind kind() {
        return kind;
    }

    Node path() {
        return path;
    }

    /** Reports every result of this constraint on the graph, as SHACL would. */
    void evaluate(Graph data, Consumer<ReportEntry> results) {
        for (Node focus : focusNodes(data)) {
            if (kind == Kind.NOT_IN) {
                for (Node v : values(data, focus)) {
                    if (in.contains(v)) {
                        results.accept(entry(focus, v, SHACL.NotConstraintComponent));
                    }
                }
            } else {
                int count = 0;
                for (Node v : values(data, focus)) {
                    if (in.contains(v)) {
                        count++;
                    }
                }
                if (min != UNBOUNDED && count < min) {
                    results.accept(entry(focus, null, SHACL.QualifiedMinCountConstraintComponent));
                }
                if (max != UNBOUNDED && count > max) {
                    results.accept(entry(focus, null, SHACL.QualifiedMaxCountConstraintComponent));
                }
            }
        }
    }

    private ReportEntry entry(Node focus, Node value, Node component) {
        ReportEntry e = ReportEntry.create().focusNode(focus).resultPath(new P_Link(path)).severity(severity)
                .message(message).source(source).sourceConstraintComponent(component);
        return value == null ? e : e.value(value);
    }

    /** The SHACL instances of the target classes: typed with one of them or with a subclass of one. */
    private Set<Node> focusNodes(Graph data) {
        Set<Node> focus = new LinkedHashSet<>();
        for (Node c : withSubclasses(data)) {
            data.find(Node.ANY, RDF.type.asNode(), c).forEachRemaining(t -> focus.add(t.getSubject()));
        }
        return focus;
    }

    private Set<Node> withSubclasses(Graph data) {
        Set<Node> classes = new LinkedHashSet<>(targetClasses);
        Deque<Node> todo = new ArrayDeque<>(targetClasses);
        while (!todo.isEmpty()) {
            Node c = todo.pop();
            data.find(Node.ANY, RDFS.subClassOf.asNode(), c).forEachRemaining(t -> {
                if (classes.add(t.getSubject())) {
                    todo.push(t.getSubject());
                }
            });
        }
        return classes;
    }

    private Set<Node> values(Graph data, Node focus) {
        Set<Node> values = new LinkedHashSet<>();
        data.find(focus, path, Node.ANY).forEachRemaining(t -> values.add(t.getObject()));
        return values;
    }

    @Override
    public String toString() {
        return source + " " + kind + " on " + path;
    }
}
