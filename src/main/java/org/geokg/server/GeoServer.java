package org.geokg.server;

import java.io.IOException;
import java.io.OutputStream;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.auth.AuthPolicy;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.geokg.query.QueryRegistry;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.SizeLimitHandler;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The knowledge graph served over HTTP by an embedded Fuseki: SPARQL query and read-only
 * Graph Store Protocol, plus Fuseki's query UI under {@code /ui/} and the stance web view at
 * {@code /} (pages that run the canned queries of {@code queries/} through the SPARQL endpoint). By default it binds to
 * loopback and cannot change the data; with {@link ServerOptions#allowUpdate()} it adds SPARQL
 * Update and read-write GSP behind HTTP Basic authentication.
 *
 * <pre>{@code
 * try (GeoServer server = GeoServer.start(store.datasetGraph(), ServerOptions.defaults())) {
 *     System.out.println(server.queryURL());   // http://127.0.0.1:3030/geokg/sparql
 *     server.join();
 * }
 * }</pre>
 *
 * <p>Endpoints under the dataset path ({@code /geokg} by default):
 * {@code sparql} and {@code query} (SPARQL query), {@code get} (GSP read);
 * {@code data} is GSP read when read-only and GSP read-write (login needed) when updates are
 * allowed; {@code update} exists only when updates are allowed. The query timeout is set on
 * each endpoint's context, so it applies whatever dataset is served. Queries go through
 * {@link GeoQueryProcessor}: a bounded number run at once, the rest wait in a fair queue, and an
 * answer is collected whole before its first byte is sent (see docs/SERVER.md).
 */
public final class GeoServer implements AutoCloseable {

    /** Path of Fuseki's browser UI. */
    public static final String UI_PATH = "/ui/";
    /** Jetty threads beyond the query slots and queue: connection handling, Graph Store, UI, stance view. */
    private static final int OTHER_REQUEST_THREADS = 40;

    private final FusekiServer fuseki;
    private final ServerOptions options;
    private final AtomicBoolean closed = new AtomicBoolean();

    private GeoServer(FusekiServer fuseki, ServerOptions options) {
        this.fuseki = fuseki;
        this.options = options;
    }

    /**
     * Starts a server over {@code dataset}. The dataset's own context is honoured (a TDB2
     * dataset with {@code TDB2.symUnionDefaultGraph} answers queries from the union of its
     * named graphs). The caller keeps ownership of the dataset: {@link #close()} does not close it.
     *
     * @throws ServerException if the port is taken or the server cannot start
     */
    public static GeoServer start(DatasetGraph dataset, ServerOptions options) {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(options, "options");
        requireHonouredUnion(dataset);
        FusekiServer.Builder builder = FusekiServer.create()
                .port(options.port())
                .maxServerThreads(serverThreads(options))
                .enablePing(true)
                .add(options.datasetPath(), dataService(dataset, options));
        FusekiUi.install(builder);
        StanceView.install(builder, options, QueryRegistry.standard());
        options.credentials().ifPresent(c -> builder.securityHandler(
                JettySecurityLib.makeSecurityHandler(Auth.dftRealm,
                        JettySecurityLib.makeUserStore(c.user(), c.password()), AuthScheme.BASIC)));
        Path corsFile = options.corsOrigin().map(origin -> corsConfig(origin, options.allowUpdate())).orElse(null);
        try {
            if (corsFile != null)
                builder.enableCors(true, corsFile.toString());
            FusekiServer server = builder.build();
            bindTo(server, options.host());
            limitSizes(server, options);
            try {
                server.start();
            } catch (RuntimeException e) {
                server.stop();
                throw startFailure(options, e);
            }
            return new GeoServer(server, options);
        } finally {
            if (corsFile != null)
                deleteQuietly(corsFile);
        }
    }

    /**
     * Jetty threads: every query running or waiting for a slot holds one, and Fuseki's default
     * pool (20) is smaller than the default queue; with no thread left, requests that are not
     * queries (Graph Store writes, the UI, pings) and new queries were not even read, and Jetty
     * closed their connections unanswered after its 30 s idle timeout. So the pool holds the
     * whole queue plus room for everything else.
     */
    static int serverThreads(ServerOptions options) {
        return options.maxConcurrentQueries() + options.maxQueuedQueries() + OTHER_REQUEST_THREADS;
    }

    /**
     * Only TDB2's query engine reads {@code TDB2.symUnionDefaultGraph}; ARQ's general engine
     * (e.g. over {@code DatasetGraphFactory.createTxnMem()}) ignores it and would silently answer
     * from the empty stored default graph. Refuse that combination rather than serve wrong answers.
     */
    private static void requireHonouredUnion(DatasetGraph dataset) {
        if (dataset.getContext().isTrue(TDB2.symUnionDefaultGraph) && !TDBInternal.isTDB2(dataset))
            throw new ServerException("The dataset asks for the union default graph (TDB2.symUnionDefaultGraph) but is a "
                    + dataset.getClass().getSimpleName() + ", whose query engine ignores it; use a TDB2 dataset"
                    + " (DatabaseMgr.createDatasetGraph() for memory)");
    }

    private static DataService.Builder dataService(DatasetGraph dataset, ServerOptions options) {
        Context timeouts = new Context();
        long millis = options.queryTimeout().toMillis();
        timeouts.set(ARQ.queryTimeout, Long.toString(millis));
        timeouts.set(ARQ.updateTimeout, Long.toString(millis));

        // One processor, so both query endpoints share one admission queue.
        GeoQueryProcessor queries = new GeoQueryProcessor(
                new QueryAdmission(options.maxConcurrentQueries(), options.maxQueuedQueries(), options.maxQueueWait()),
                millis, options.maxResponseBytes());
        DataService.Builder service = DataService.newBuilder(dataset)
                .addEndpoint(endpoint(Operation.Query, "sparql", timeouts, null).processor(queries).build())
                .addEndpoint(endpoint(Operation.Query, "query", timeouts, null).processor(queries).build())
                .addEndpoint(endpoint(Operation.GSP_R, "get", timeouts, null).build());
        if (options.allowUpdate()) {
            AuthPolicy writer = Auth.policyAllowSpecific(options.credentials().orElseThrow().user());
            service.addEndpoint(endpoint(Operation.Update, "update", timeouts, writer).build())
                   .addEndpoint(endpoint(Operation.GSP_RW, "data", timeouts, writer).build());
        } else {
            service.addEndpoint(endpoint(Operation.GSP_R, "data", timeouts, null).build());
        }
        return service;
    }

    private static Endpoint.Builder endpoint(Operation operation, String name, Context context, AuthPolicy policy) {
        return Endpoint.create().operation(operation).endpointName(name).context(context).authPolicy(policy);
    }

    /** Fuseki's builder only knows "localhost" or "all interfaces"; set the exact host on the connector. */
    private static void bindTo(FusekiServer server, String host) {
        for (Connector connector : server.getJettyServer().getConnectors()) {
            if (connector instanceof ServerConnector serverConnector)
                serverConnector.setHost(host);
        }
    }

    /**
     * Fuseki main has no size limits of its own; Jetty's handler answers 413 to a larger request
     * body and aborts a response that grows past its limit.
     */
    private static void limitSizes(FusekiServer server, ServerOptions options) {
        Server jetty = server.getJettyServer();
        SizeLimitHandler limits = new SizeLimitHandler(options.maxRequestBytes(), options.maxResponseBytes());
        limits.setHandler(jetty.getHandler());
        jetty.setHandler(limits);
    }

    /** Fuseki reads CORS settings from a properties file only; write one for the duration of the build. */
    private static Path corsConfig(String origin, boolean allowUpdate) {
        Properties props = new Properties();
        props.setProperty("allowedOrigins", origin);
        props.setProperty("allowedMethods", allowUpdate ? "GET,POST,PUT,DELETE,HEAD,OPTIONS" : "GET,POST,HEAD,OPTIONS");
        props.setProperty("allowedHeaders", "X-Requested-With, Content-Type, Accept, Origin, Authorization");
        props.setProperty("chainPreflight", "false");
        try {
            Path file = Files.createTempFile("geokg-cors", ".properties");
            try (OutputStream out = Files.newOutputStream(file)) {
                props.store(out, "geokg CORS settings");
            }
            return file;
        } catch (IOException e) {
            throw new ServerException("Cannot write the temporary CORS settings file: " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A leftover temp file in the temp directory harms nothing.
        }
    }

    private static ServerException startFailure(ServerOptions options, RuntimeException e) {
        Throwable cause = e;
        while (cause != null && !(cause instanceof BindException))
            cause = cause.getCause();
        if (cause != null)
            return new ServerException("Cannot listen on " + options.host() + ":" + options.port()
                    + " (" + cause.getMessage() + "); is another server running there? Try --port", e);
        return new ServerException("Cannot start the SPARQL server on " + options.host() + ":" + options.port()
                + ": " + e.getMessage(), e);
    }

    /** The port actually bound (useful when the options asked for port 0). */
    public int port() {
        for (Connector connector : fuseki.getJettyServer().getConnectors()) {
            if (connector instanceof ServerConnector serverConnector)
                return serverConnector.getLocalPort();
        }
        throw new IllegalStateException("The Jetty server has no network connector");
    }

    /** The options the server runs with. */
    public ServerOptions options() {
        return options;
    }

    /** Base URL of the server, without a trailing slash, e.g. {@code http://127.0.0.1:3030}. */
    public String serverURL() {
        String host = options.host().contains(":") ? "[" + options.host() + "]" : options.host();
        return "http://" + host + ":" + port();
    }

    /** URL of the dataset, e.g. {@code http://127.0.0.1:3030/geokg}. */
    public String datasetURL() {
        return serverURL() + options.datasetPath();
    }

    /** URL of the SPARQL query endpoint. */
    public String queryURL() {
        return datasetURL() + "/sparql";
    }

    /** URL of the SPARQL update endpoint; only served when updates are allowed. */
    public String updateURL() {
        return datasetURL() + "/update";
    }

    /** URL of the Graph Store Protocol endpoint ({@code ?graph=IRI} or {@code ?default}). */
    public String graphStoreURL() {
        return datasetURL() + "/data";
    }

    /** URL of the stance web view (search, actor pages, stance networks, timelines). */
    public String viewURL() {
        return serverURL() + "/";
    }

    /** URL of the browser UI for typing queries. */
    public String uiURL() {
        return serverURL() + UI_PATH;
    }

    /** Blocks until the server stops (another thread calls {@link #close()}). */
    public void join() {
        fuseki.join();
    }

    /** Stops the server; later calls do nothing. The dataset stays open: its owner closes it. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true))
            fuseki.stop();
    }
}
