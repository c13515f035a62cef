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
 * {@code # param: name — description (type)}, or {@code (type, default VALUE)} for an optional
 * one. The value is bound to the variable {@code ?name} as an RDF term of that type, never
 * spliced into the query text; the page parameters {@code limit} and {@code offset} instead set
 * the LIMIT and OFFSET of the query's page (see {@link CannedQuery}).
 *
 * @param defaultValue the value used when none is given, or null when the parameter is required
 */
public record QueryParam(String name, String description, Type type, String defaultValue) {
    /** The parameter that sets how many rows a page holds. */
    public static final String LIMIT = "limit";
    /** The parameter that sets how many rows come before the page. */
    public static final String OFFSET = "offset";

    /** How a parameter's text becomes an RDF term. */
    public enum Type {
        STRING, IRI, DATE, INTEGER;

        static Type parse(String s) {
            return s == null ? STRING : valueOf(s.trim().toUpperCase(Locale.ROOT));
        }
    }

    /** A required parameter. */
    public QueryParam(String name, String description, Type type) {
        this(name, description, type, null);
    }

    /** Whether a value must be given (the header names no default). */
    public boolean required() {
        return defaultValue == null;
    }

    /** Whether this parameter sets the page ({@code limit} or {@code offset}) instead of a variable. */
    public boolean page() {
        return name.equals(LIMIT) || name.equals(OFFSET);
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
                return NodeFactory.createLiteralDT(Long.toString(toLong(value)), XSDDatatype.XSDinteger);
            }
            default -> {
                return NodeFactory.createLiteralString(value);
            }
        }
    }

    /** An integer parameter's value as a number. */
    long toLong(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new QueryException("parameter " + name + ": \"" + value + "\" is not an integer");
        }
    }
}
