package org.geokg.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * An analyst question kept as a {@code .rq} file in {@code queries/}: the parsed query and its
 * header (question, parameters, example). {@link #bind} substitutes parameter values as RDF
 * terms through Jena, so a value can never change the shape of the query.
 *
 * <p>A parameter declared {@code (integer, default 100)} is optional. The page parameters
 * {@code limit} and {@code offset} are not variables: SPARQL's LIMIT and OFFSET take only written
 * numbers, so they set the LIMIT and OFFSET of the query's <em>page</em>, the one SELECT of the
 * query (itself or a sub-select at any depth) that is written with a LIMIT. That LIMIT and OFFSET
 * must be the header's defaults, so the text run as it is answers the first page.
 */
public final class CannedQuery {
    private static final Pattern QUESTION = Pattern.compile("^#\\s*question:\\s*(.+)$");
    private static final Pattern PARAM = Pattern.compile(
            "^#\\s*param:\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*(?:[\u2014\u2013-]+\\s*)?(.*?)\\s*"
            + "(?:\\((string|iri|date|integer)(?:,\\s*default\\s+([^)]*?))?\\s*\\)(.*))?$");
    /** The most rows one page may hold, so that a page stays a page. */
    public static final long MAX_LIMIT = 10_000;
    private static final Pattern EXAMPLE = Pattern.compile("^#\\s*example:\\s*(.+)$");

    private final String name;
    private final String question;
    private final List<QueryParam> params;
    private final List<String> examples;
    private final String text;
    private final Query query;

    private CannedQuery(String name, String question, List<QueryParam> params, List<String> examples, String text, Query query) {
        this.name = name;
        this.question = question;
        this.params = List.copyOf(params);
        this.examples = List.copyOf(examples);
        this.text = text;
        this.query = query;
    }

    /** Parses a query file's text; {@code name} is the file name without {@code .rq}. */
    public static CannedQuery parse(String name, String text) {
        String question = null;
        List<QueryParam> params = new ArrayList<>();
        List<String> examples = new ArrayList<>();
        for (String line : text.split("\n")) {
            String l = line.strip();
            Matcher m;
            if ((m = QUESTION.matcher(l)).matches()) {
                question = m.group(1).strip();
            } else if ((m = PARAM.matcher(l)).matches()) {
                String desc = (m.group(2) + (m.group(5) == null ? "" : m.group(5))).strip();
                params.add(new QueryParam(m.group(1), desc, QueryParam.Type.parse(m.group(3)), m.group(4)));
            } else if ((m = EXAMPLE.matcher(l)).matches()) {
                examples.add(m.group(1).strip());
            }
        }
        Query query;
        try {
            query = QueryFactory.create(text);
        } catch (QueryParseException e) {
            throw new QueryException("query " + name + " does not parse: " + e.getMessage(), e);
        }
        checkParams(name, params, query);
        return new CannedQuery(name, question, params, examples, text, query);
    }

    public String name() {
        return name;
    }

    /** The question the query answers, from its header; null when the file has none. */
    public String question() {
        return question;
    }

    public List<QueryParam> params() {
        return params;
    }

    public List<String> examples() {
        return examples;
    }

    public String text() {
        return text;
    }

    public Query query() {
        return query.cloneQuery();
    }

    /**
     * The query with parameter values bound. Every required parameter must be given, an optional
     * one takes its default; unknown names are refused so that a typo does not silently widen a
     * question. {@code limit} (1 to {@link #MAX_LIMIT}) and {@code offset} (0 or more) set the page.
     */
    public Query bind(Map<String, String> values) {
        Map<Var, Node> bindings = new HashMap<>();
        for (String key : values.keySet()) {
            if (params.stream().noneMatch(p -> p.name().equals(key))) {
                throw new QueryException("query " + name + " has no parameter \"" + key + "\""
                        + (params.isEmpty() ? "; it takes none" : "; it takes " + paramNames()));
            }
        }
        Long limit = null;
        Long offset = null;
        for (QueryParam p : params) {
            String v = values.getOrDefault(p.name(), p.defaultValue());
            if (v == null) {
                throw new QueryException("query " + name + " needs --param " + p.name() + "=VALUE (" + p.description() + ")");
            }
            if (p.name().equals(QueryParam.LIMIT)) {
                limit = pageNumber(p, v, 1, MAX_LIMIT);
            } else if (p.name().equals(QueryParam.OFFSET)) {
                offset = pageNumber(p, v, 0, Long.MAX_VALUE);
            } else {
                bindings.put(Var.alloc(p.name()), p.toNode(v));
            }
        }
        // a fresh parse each time: the page select is changed in place and must not be the stored query's
        Query fresh = QueryFactory.create(text);
        Query bound = bindings.isEmpty() ? fresh : QueryTransformOps.transform(fresh, bindings);
        if (limit != null) {
            Query page = pageSelect(bound);
            page.setLimit(limit);
            if (offset != null) {
                page.setOffset(offset);
            }
        }
        return bound;
    }

    private long pageNumber(QueryParam p, String value, long min, long max) {
        long n = p.toLong(value);
        if (n < min || n > max) {
            throw new QueryException("parameter " + p.name() + " of query " + name + ": " + n + " is out of range ("
                    + min + (max == Long.MAX_VALUE ? " or more" : " to " + max) + ")");
        }
        return n;
    }

    /**
     * Refuses a header the binding could not honour: page parameters that are not integers, an
     * offset without a limit, a default that is not a valid value, a page select that is missing,
     * not unique, or written with another LIMIT or OFFSET than the defaults.
     */
    private static void checkParams(String name, List<QueryParam> params, Query query) {
        QueryParam limit = null;
        QueryParam offset = null;
        for (QueryParam p : params) {
            if (p.defaultValue() != null) {
                try {
                    p.toNode(p.defaultValue());
                } catch (QueryException e) {
                    throw new QueryException("query " + name + ": the default of parameter " + p.name() + " is not valid: "
                            + e.getMessage(), e);
                }
            }
            if (p.page()) {
                if (p.type() != QueryParam.Type.INTEGER || p.defaultValue() == null) {
                    throw new QueryException("query " + name + ": parameter " + p.name()
                            + " sets the page and must be declared (integer, default N)");
                }
                if (p.name().equals(QueryParam.LIMIT)) {
                    limit = p;
                } else {
                    offset = p;
                }
            }
        }
        if (offset != null && limit == null) {
            throw new QueryException("query " + name + ": parameter offset needs a parameter limit");
        }
        if (limit == null) {
            return;
        }
        Query page;
        try {
            page = pageSelect(query);
        } catch (QueryException e) {
            throw new QueryException("query " + name + ": " + e.getMessage(), e);
        }
        long writtenOffset = page.hasOffset() ? page.getOffset() : 0;
        if (page.getLimit() != limit.toLong(limit.defaultValue())
                || writtenOffset != (offset == null ? 0 : offset.toLong(offset.defaultValue()))) {
            throw new QueryException("query " + name + ": its page select says LIMIT " + page.getLimit() + " OFFSET "
                    + writtenOffset + ", but the header's defaults are limit " + limit.defaultValue() + " and offset "
                    + (offset == null ? "(none)" : offset.defaultValue()));
        }
    }

    /** The one SELECT, the query or a sub-select at any depth, written with a LIMIT. */
    static Query pageSelect(Query query) {
        List<Query> withLimit = new ArrayList<>();
        collectLimited(query, withLimit);
        if (withLimit.size() != 1) {
            throw new QueryException("the page parameters need exactly one select with a LIMIT, and "
                    + withLimit.size() + " have one");
        }
        return withLimit.get(0);
    }

    private static void collectLimited(Query query, List<Query> out) {
        if (query.hasLimit()) {
            out.add(query);
        }
        if (query.getQueryPattern() == null) {
            return;
        }
        // the walker does not enter sub-selects by itself
        ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementSubQuery el) {
                collectLimited(el.getQuery(), out);
            }
        });
    }

    private String paramNames() {
        return String.join(", ", params.stream().map(QueryParam::name).toList());
    }
}
