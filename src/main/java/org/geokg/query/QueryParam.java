package org.geokg.query;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;

/**
 * One parameter of a canned query, declared in its header as
 * {@code # param: name — description (type)}. The value is bound to the variable {@code ?name}
 * as an RDF term of that type, never spliced into the query text.
 */
public record QueryParam(String name, String description, Type type) {
    /** How a parameter's text becomes an RDF term. */
    public enum Type {
        STRING, IRI, DATE, INTEGER;

        static Type parse(String s) {
            return s == null ? STRING : valueOf(s.trim().toUpperCase(Locale.ROOT));
        }
    }

    public Node toNode(String value) {
        switch (type) {
            case IRI -> {
                try {
                    IRIx iri = IRIx.create(value);
                    if (!iri.isAbsolute()) {
                        throw new QueryException("parameter " + name + ": \"" + value + "\" is not an absolute IRI");
                    }
                    return NodeFactory.createURI(iri.str());
                } catch (IRIException e) {
                    throw new QueryException("parameter " + name + ": \"" + value + "\" is not a valid IRI: " + e.getMessage());
                }
            }
            case DATE -> {
                try {
                    return NodeFactory.createLiteralDT(LocalDate.parse(value).toString(), XSDDatatype.XSDdate);
                } catch (DateTimeParseException e) {
                    throw new QueryException("parameter " + name + ": \"" + value + "\" is not a date (YYYY-MM-DD)");
                }
            }
            case INTEGER -> {
                try {
                    return NodeFactory.createLiteralDT(Long.toString(Long.parseLong(value)), XSDDatatype.XSDinteger);
                } catch (NumberFormatException e) {
                    throw new QueryException("parameter " + name + ": \"" + value + "\" is not an integer");
                }
            }
            default -> {
                return NodeFactory.createLiteralString(value);
            }
        }
    }
}
