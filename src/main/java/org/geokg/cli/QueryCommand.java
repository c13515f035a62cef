package org.geokg.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.geokg.query.CannedQuery;
import org.geokg.query.QueryParam;
import org.geokg.query.QueryRegistry;
import org.geokg.query.QueryRunner;
import org.geokg.query.ResultFormat;
import org.geokg.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code geokg query}: runs a canned query by name, or any .rq file, over the store. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Run a canned query (see --list) or a SPARQL .rq file over all loaded articles.",
                "Parameters are bound as RDF terms through Jena, never pasted into the query text."})
public final class QueryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME|FILE.rq", description = "Canned query name or query file.")
    String query;

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE", description = "A query parameter; repeat for several.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = {"-f", "--format"}, defaultValue = "table", description = "table, csv, tsv or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--timeout", defaultValue = "60", paramLabel = "SECONDS", description = "Stop the query after this long (default: ${DEFAULT-VALUE}).")
    long timeout;

    @Option(names = {"-l", "--list"}, description = "List the canned queries with their questions and parameters.")
    boolean list;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        QueryRegistry registry = QueryRegistry.standard();
        if (list || query == null) {
            for (CannedQuery q : registry.all()) {
                out.println(q.name() + ": " + (q.question() == null ? "" : q.question()));
                for (QueryParam p : q.params()) {
                    out.println("    --param " + p.name() + "=...  " + p.description()
                            + (p.required() ? "" : " (optional, default " + p.defaultValue() + ")"));
                }
            }
            return ExitCodes.OK;
        }
        ResultFormat fmt = ResultFormat.parse(format);
        CannedQuery q = registry.resolve(query);
        var bound = q.bind(params);
        try (ArticleStore store = storeOptions.open()) {
            out.flush();
            var stream = new java.io.ByteArrayOutputStream();
            new QueryRunner(store, timeout).write(bound, fmt, stream);
            out.print(stream.toString(java.nio.charset.StandardCharsets.UTF_8));
            out.flush();
        }
        return ExitCodes.OK;
    }
}
