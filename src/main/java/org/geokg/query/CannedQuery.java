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
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * An analyst question kept as a {@code .rq} file in {@code queries/}: the parsed query and its
 * header (question, parameters, example). {@link #bind} substitutes parameter values as RDF
 * terms through Jena, so a value can never change the shape of the query.
 */
public final class CannedQuery {
    private static final Pattern QUESTION = Pattern.compile("^#\\s*question:\\s*(.+)$");
    private static final Pattern PARAM = Pattern.compile(
            "^#\\s*param:\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*(?:[\u2014\u2013-]+\\s*)?(.*?)\\s*(?:\\((string|iri|date|integer)\\)(.*))?$");
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
                String desc = (m.group(2) + (m.group(4) == null ? "" : m.group(4))).strip();
                params.add(new QueryParam(m.group(1), desc, QueryParam.Type.parse(m.group(3))));
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
     * The query with parameter values bound. Every declared parameter must be given; unknown
     * names are refused so that a typo does not silently widen a question.
     */
    public Query bind(Map<String, String> values) {
        Map<Var, Node> bindings = new HashMap<>();
        for (String key : values.keySet()) {
            if (params.stream().noneMatch(p -> p.name().equals(key))) {
                throw new QueryException("query " + name + " has no parameter \"" + key + "\""
                        + (params.isEmpty() ? "; it takes none" : "; it takes " + paramNames()));
            }
        }
        for (QueryParam p : params) {
            String v = values.get(p.name());
            if (v == null) {
                throw new QueryException("query " + name + " needs --param " + p.name() + "=VALUE (" + p.description() + ")");
            }
            bindings.put(Var.alloc(p.name()), p.toNode(v));
        }
        return bindings.isEmpty() ? query() : QueryTransformOps.transform(query, bindings);
    }

    private String paramNames() {
        return String.join(", ", params.stream().map(QueryParam::name).toList());
    }
}
