package org.geokg.store;

import java.net.Authenticator;
import java.net.PasswordAuthentication;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.geokg.rdf.Iris;

/**
 * Article graphs in another SPARQL 1.1 server with the Graph Store Protocol (another Fuseki,
 * GraphDB, Virtuoso, Neptune...), so a deployment can outgrow one machine. Loading PUTs each
 * article's graph in one request (replacing it whole); queries go to the server's SPARQL endpoint,
 * whose default graph must be the union of the named graphs (Fuseki with a union default graph,
 * as {@code geokg serve} runs; the default of GraphDB and Virtuoso); export reads the quads with
 * a SPARQL {@code GRAPH} query.
 *
 * <pre>{@code
 * try (RemoteStore store = RemoteStore.connect("http://db.example.org:3030/geokg", "sparql", "data", user, password)) {
 *     new ArticleLoader(store).load(article);
 * }
 * }</pre>
 */
public final class RemoteStore implements ArticleStore {
    private static final Query GRAPHS = QueryFactory.create("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }");

    private final String datasetUrl;
    private final String queryUrl;
    private final RDFConnection connection;
    private final HttpClient http;
    private Set<String> known;

    private RemoteStore(String datasetUrl, String queryUrl, RDFConnection connection, HttpClient http) {
        this.datasetUrl = datasetUrl;
        this.queryUrl = queryUrl;
        this.connection = connection;
        this.http = http;
    }

    /**
     * Connects to a dataset URL with its query and Graph Store Protocol endpoints named relative to it
     * (Fuseki's are "sparql" and "data"). {@code user} may be null for a server that needs no login.
     */
    public static RemoteStore connect(String datasetUrl, String queryEndpoint, String gspEndpoint, String user,
            String password) {
        URI uri;
        try {
            uri = URI.create(datasetUrl);
        } catch (IllegalArgumentException e) {
            throw new StoreException("store URL " + datasetUrl + " is not a valid URL: " + e.getMessage(), e);
        }
        if (uri.getHost() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
            throw new StoreException("store URL " + datasetUrl + " must be http(s)://HOST[:PORT]/DATASET");
        }
        String base = datasetUrl.endsWith("/") ? datasetUrl.substring(0, datasetUrl.length() - 1) : datasetUrl;
        HttpClient.Builder hb = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10));
        if (user != null) {
            hb.authenticator(new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user, password.toCharArray());
                }
            });
        }
        HttpClient http = hb.build();
        RDFConnection conn = RDFConnectionRemote.newBuilder()
                .destination(base)
                .queryEndpoint(queryEndpoint)
                .gspEndpoint(gspEndpoint)
                .httpClient(http)
                .build();
        return new RemoteStore(base, base + "/" + queryEndpoint, conn, http);
    }

    @Override
    public String description() {
        return "remote store at " + datasetUrl;
    }

    @Override
    public List<String> articleIds() {
        List<String> ids = new ArrayList<>(knownIds());
        ids.sort(null);
        return ids;
    }

    @Override
    public boolean containsArticle(String articleId) {
        return knownIds().contains(articleId);
    }

    /** One GSP PUT per article: the server replaces the graph whole. Not atomic across articles. */
    @Override
    public List<LoadResult> replaceAll(Map<String, Graph> graphs) {
        Set<String> ids = knownIds();
        List<LoadResult> results = new ArrayList<>();
        for (var e : new TreeMap<>(graphs).entrySet()) {
            String graphName = Iris.articleGraph(e.getKey()).getURI();
            try {
                connection.put(graphName, ModelFactory.createModelForGraph(e.getValue()));
            } catch (RuntimeException ex) {
                throw failure("cannot write graph <" + graphName + ">", ex);
            }
            boolean existed = !ids.add(e.getKey());
            results.add(new LoadResult(e.getKey(), e.getValue().size(), existed));
        }
        return results;
    }

    @Override
    public <T> T query(Query query, long timeoutSeconds, Function<QueryExecution, T> answer) {
        try (QueryExecution qe = QueryExecutionHTTP.service(queryUrl).httpClient(http).query(query)
                .timeout(timeoutSeconds, TimeUnit.SECONDS).build()) {
            return answer.apply(qe);
        } catch (org.apache.jena.atlas.web.HttpException e) {
            throw failure("query failed", e);
        }
    }

    @Override
    public void quads(String articleId, Consumer<Quad> sink) {
        ParameterizedSparqlString pss = new ParameterizedSparqlString(
                (articleId == null ? "SELECT ?g ?s ?p ?o" : "SELECT ?s ?p ?o") + " WHERE { GRAPH ?g { ?s ?p ?o } }");
        if (articleId != null) {
            // the graph as a constant, so the answer has no ?g column
            pss.setIri("g", Iris.articleGraph(articleId).getURI());
        }
        query(pss.asQuery(), 3600, qe -> {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution row = rs.next();
                Node g = articleId == null ? row.get("g").asNode() : Iris.articleGraph(articleId);
                if (Iris.articleIdOfGraph(g) != null) {
                    sink.accept(Quad.create(g, row.get("s").asNode(), row.get("p").asNode(), row.get("o").asNode()));
                }
            }
            return null;
        });
    }

    /** The article ids on the server, read once; this store's own writes keep the set current. */
    private Set<String> knownIds() {
        if (known == null) {
            Set<String> ids = new HashSet<>();
            query(GRAPHS, 600, qe -> {
                qe.execSelect().forEachRemaining(row -> {
                    String id = Iris.articleIdOfGraph(row.get("g").asNode());
                    if (id != null) {
                        ids.add(id);
                    }
                });
                return null;
            });
            known = ids;
        }
        return known;
    }

    private StoreException failure(String what, RuntimeException e) {
        return new StoreException(what + " at " + datasetUrl + ": " + e.getMessage(), e);
    }

    @Override
    public void close() {
        connection.close();
    }
}
