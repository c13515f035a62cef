package org.geokg.validate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * Splits a shapes graph in two: the property shapes that {@link DirectConstraint} can check with
 * direct lookups, and a copy of the graph without them, for Jena's SHACL engine. Together they
 * mean what the whole graph means; the published shapes file is never changed.
 *
 * <p>A property shape moves only when nothing about it is beyond a {@link DirectConstraint}: a
 * blank node used once, under a node shape whose only targets are {@code sh:targetClass} and
 * that no other shape refers to; a predicate path; {@code sh:qualifiedValueShape} or
 * {@code sh:not} of a blank node with nothing but {@code sh:in}; one {@code sh:message}, at most
 * one {@code sh:severity}. Anything else stays with SHACL, so a later edit of the shapes cannot
 * silently change what the load checks.
 */
final class ShapesSplit {
    /** The shapes for Jena and the constraints moved out of them. */
    record Result(Graph shaclShapes, List<DirectConstraint> direct) {
    }

    private static final Set<Node> PROPERTY_TERMS = Set.of(SHACL.path, SHACL.message, SHACL.severity,
            SHACL.qualifiedValueShape, SHACL.qualifiedMinCount, SHACL.qualifiedMaxCount, SHACL.not);
    private static final Set<Node> OTHER_TARGETS = Set.of(SHACL.targetNode, SHACL.targetSubjectsOf,
            SHACL.targetObjectsOf, SHACL.target);

    private ShapesSplit() {
    }

    static Result split(Graph shapes) {
        Graph rest = GraphFactory.createDefaultGraph();
        shapes.find().forEachRemaining(rest::add);
        rest.getPrefixMapping().setNsPrefixes(shapes.getPrefixMapping());
        List<DirectConstraint> direct = new ArrayList<>();
        for (Triple link : shapes.find(Node.ANY, SHACL.property, Node.ANY).toList()) {
            Node nodeShape = link.getSubject();
            Node property = link.getObject();
            List<Node> targets = movableTargets(shapes, nodeShape);
            if (targets.isEmpty()) {
                continue;
            }
            Set<Triple> owned = new HashSet<>();
            DirectConstraint c = constraint(shapes, property, targets, owned);
            if (c != null) {
                direct.add(c);
                rest.delete(link);
                owned.forEach(rest::delete);
            }
        }
        return new Result(rest, List.copyOf(direct));
    }

    /** The target classes of a node shape whose property shapes may move, or none if they may not. */
    private static List<Node> movableTargets(Graph shapes, Node nodeShape) {
        if (shapes.contains(Node.ANY, Node.ANY, nodeShape)
                || shapes.contains(nodeShape, RDF.type.asNode(), RDFS.Class.asNode())
                || shapes.contains(nodeShape, SHACL.deactivated, Node.ANY)
                || OTHER_TARGETS.stream().anyMatch(p -> shapes.contains(nodeShape, p, Node.ANY))) {
            return List.of();
        }
        return shapes.find(nodeShape, SHACL.targetClass, Node.ANY).mapWith(Triple::getObject).toList();
    }

    /** The property shape as a direct constraint, collecting its triples; null if it does not qualify. */
    private static DirectConstraint constraint(Graph shapes, Node property, List<Node> targets, Set<Triple> owned) {
        if (!usedOnce(shapes, property)) {
            return null;
        }
        List<Triple> triples = shapes.find(property, Node.ANY, Node.ANY).toList();
        Set<Node> predicates = new HashSet<>();
        for (Triple t : triples) {
            if (!PROPERTY_TERMS.contains(t.getPredicate()) || !predicates.add(t.getPredicate())) {
                return null;
            }
        }
        owned.addAll(triples);
        Node path = single(shapes, property, SHACL.path);
        Node message = single(shapes, property, SHACL.message);
        Node severity = single(shapes, property, SHACL.severity);
        if (path == null || !path.isURI() || message == null || !message.isLiteral()) {
            return null;
        }
        Severity level = severity == null ? Severity.Violation : Severity.create(severity);
        boolean qualified = predicates.contains(SHACL.qualifiedValueShape);
        if (qualified == predicates.contains(SHACL.not)) {
            return null;
        }
        if (!qualified && (predicates.contains(SHACL.qualifiedMinCount) || predicates.contains(SHACL.qualifiedMaxCount))) {
            return null;
        }
        Node nested = single(shapes, property, qualified ? SHACL.qualifiedValueShape : SHACL.not);
        Set<Node> in = inList(shapes, nested, owned);
        if (in == null) {
            return null;
        }
        if (!qualified) {
            return new DirectConstraint(property, targets, path, DirectConstraint.Kind.NOT_IN, in,
                    DirectConstraint.UNBOUNDED, DirectConstraint.UNBOUNDED, message, level);
        }
        int min = count(single(shapes, property, SHACL.qualifiedMinCount));
        int max = count(single(shapes, property, SHACL.qualifiedMaxCount));
        if (min == Integer.MIN_VALUE || max == Integer.MIN_VALUE || (min == DirectConstraint.UNBOUNDED && max == DirectConstraint.UNBOUNDED)) {
            return null;
        }
        return new DirectConstraint(property, targets, path, DirectConstraint.Kind.QUALIFIED_IN, in, min, max,
                message, level);
    }

    /** The members of {@code [ sh:in ( ... ) ]}, collecting its triples; null if the shape is anything more. */
    private static Set<Node> inList(Graph shapes, Node shape, Set<Triple> owned) {
        if (shape == null || !usedOnce(shapes, shape)) {
            return null;
        }
        List<Triple> triples = shapes.find(shape, Node.ANY, Node.ANY).toList();
        if (triples.size() != 1 || !triples.get(0).getPredicate().equals(SHACL.in)) {
            return null;
        }
        owned.addAll(triples);
        Set<Node> members = new HashSet<>();
        Node cell = triples.get(0).getObject();
        while (!cell.equals(RDF.nil.asNode())) {
            if (!usedOnce(shapes, cell)) {
                return null;
            }
            List<Triple> cellTriples = shapes.find(cell, Node.ANY, Node.ANY).toList();
            Node first = single(shapes, cell, RDF.first.asNode());
            Node rest = single(shapes, cell, RDF.rest.asNode());
            if (cellTriples.size() != 2 || first == null || rest == null) {
                return null;
            }
            owned.addAll(cellTriples);
            members.add(first);
            cell = rest;
        }
        return members;
    }

    /** A blank node that is the object of exactly one triple, so removing it touches nothing else. */
    private static boolean usedOnce(Graph shapes, Node n) {
        return n.isBlank() && shapes.find(Node.ANY, Node.ANY, n).toList().size() == 1;
    }

    private static Node single(Graph shapes, Node s, Node p) {
        List<Node> values = shapes.find(s, p, Node.ANY).mapWith(Triple::getObject).toList();
        return values.size() == 1 ? values.get(0) : null;
    }

    /** A non-negative integer bound, UNBOUNDED when absent, Integer.MIN_VALUE when malformed. */
    private static int count(Node n) {
        if (n == null) {
            return DirectConstraint.UNBOUNDED;
        }
        if (!n.isLiteral() || !(n.getLiteralValue() instanceof Number num) || num.intValue() < 0) {
            return Integer.MIN_VALUE;
        }
        return num.intValue();
    }
}
