package org.geokg.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;
import org.geokg.query.QueryRunner;
import org.geokg.rdf.Prefixes;
import org.geokg.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code geokg stats}: how much the store holds. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Print counts: articles, triples, actors by type, positions by kind.")
public final class StatsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (ArticleStore store = storeOptions.open()) {
            QueryRunner runner = new QueryRunner(store);
            out.println("store:     " + store.description());
            out.println("articles:  " + store.articleIds().size());
            out.println("triples:   " + single(runner, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }"));
            out.println("actors:    " + single(runner, "SELECT (COUNT(DISTINCT ?a) AS ?n) { ?a a gk:Actor }"));
            table(out, runner, "actors by type:",
                    "SELECT ?k (COUNT(DISTINCT ?a) AS ?n) { ?a a gk:Actor ; a ?t . FILTER(?t != gk:Actor && STRSTARTS(STR(?t), STR(gk:))) "
                            + "BIND(STRAFTER(STR(?t), STR(gk:)) AS ?k) } GROUP BY ?k ORDER BY DESC(?n) ?k");
            out.println("positions: " + single(runner, "SELECT (COUNT(?p) AS ?n) { ?p a gk:Position }"));
            table(out, runner, "positions by kind:",
                    "SELECT ?k (COUNT(?p) AS ?n) { ?p a gk:Position ; gk:kind ?kind "
                            + "BIND(STRAFTER(STR(?kind), STR(gkk:)) AS ?k) } GROUP BY ?k ORDER BY DESC(?n) ?k");
        }
        return ExitCodes.OK;
    }

    private static String single(QueryRunner runner, String body) {
        var rows = runner.select(parse(body));
        return rows.isEmpty() ? "0" : rows.get(0).get("n").asLiteral().getLexicalForm();
    }

    private static void table(PrintWriter out, QueryRunner runner, String title, String body) {
        var rows = runner.select(parse(body));
        if (rows.isEmpty()) {
            return;
        }
        out.println(title);
        for (QuerySolution r : rows) {
            out.printf("  %-28s %s%n", r.get("k").asLiteral().getLexicalForm(), r.get("n").asLiteral().getLexicalForm());
        }
    }

    private static org.apache.jena.query.Query parse(String body) {
        ParameterizedSparqlString pss = new ParameterizedSparqlString(body);
        pss.setNsPrefixes(Prefixes.standard());
        return pss.asQuery();
    }
}
