package org.geokg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

import org.geokg.server.Credentials;
import org.geokg.server.GeoServer;
import org.geokg.server.ServerException;
import org.geokg.server.ServerOptions;
import org.geokg.store.GeoStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code geokg serve}: the store over SPARQL (Fuseki) until Ctrl-C. Loopback and read-only
 * unless told otherwise; {@code --allow-update} needs credentials from a file or from
 * {@code GEOKG_USER}/{@code GEOKG_PASSWORD}, never from the command line.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the knowledge graph over SPARQL with Fuseki, and its query UI, until Ctrl-C.")
public final class ServeCommand implements Callable<Integer> {
    static final String ENV_USER = "GEOKG_USER";
    static final String ENV_PASSWORD = "GEOKG_PASSWORD";

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = ServerOptions.DEFAULT_HOST,
            description = "Interface to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for all).")
    String host;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "" + ServerOptions.DEFAULT_PORT,
            description = "TCP port (default: ${DEFAULT-VALUE}; 0 for any free port).")
    int port;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Cut queries and updates running longer than this (default: ${DEFAULT-VALUE} s).")
    double timeoutSeconds;

    @Option(names = "--allow-update",
            description = "Serve SPARQL Update and read-write Graph Store Protocol, behind HTTP Basic login.")
    boolean allowUpdate;

    @Option(names = "--credentials-file", paramLabel = "FILE",
            description = "File with one line user:password for --allow-update "
                    + "(otherwise env " + ENV_USER + " and " + ENV_PASSWORD + ").")
    Path credentialsFile;

    @Option(names = "--cors-origin", paramLabel = "ORIGIN",
            description = "Allow browser pages from ORIGIN (comma separated, * for any) to call the endpoints.")
    String corsOrigin;

    @Option(names = "--max-request-mb", paramLabel = "MB", defaultValue = "" + ServerOptions.DEFAULT_MAX_REQUEST_BYTES / 1048576,
            description = "Refuse request bodies (queries, updates, uploads) larger than this with 413 (default: ${DEFAULT-VALUE} MB).")
    long maxRequestMb;

    @Option(names = "--max-response-mb", paramLabel = "MB", defaultValue = "" + ServerOptions.DEFAULT_MAX_RESPONSE_BYTES / 1048576,
            description = "Abort a response that grows larger than this (default: ${DEFAULT-VALUE} MB).")
    long maxResponseMb;

    @Option(names = "--max-concurrent-queries", paramLabel = "N",
            description = "Queries running at once; more wait in line (default: the number of cores, at least 2).")
    Integer maxConcurrentQueries;

    @Option(names = "--max-queued-queries", paramLabel = "N", defaultValue = "" + ServerOptions.DEFAULT_MAX_QUEUED_QUERIES,
            description = "Queries waiting for a slot; one more is refused with 503 and Retry-After (default: ${DEFAULT-VALUE}).")
    int maxQueuedQueries;

    @Option(names = "--queue-wait", paramLabel = "SECONDS",
            description = "Refuse a query with 503 after it waited this long for a slot (default: the --timeout).")
    Double queueWaitSeconds;

    @Option(names = "--load", paramLabel = "FILE|DIR", split = ",",
            description = "Load these articles (as 'geokg load' does) before serving; repeatable or comma separated.")
    List<String> load = new ArrayList<>();

    /** Counted down by the shutdown hook (or a test) to stop serving. */
    final CountDownLatch stopRequested = new CountDownLatch(1);
    private final CountDownLatch stopped = new CountDownLatch(1);
    UnaryOperator<String> environment = System::getenv;

    @Override
    public Integer call() throws InterruptedException {
        ServerOptions options = options();
        PrintWriter out = spec.commandLine().getOut();
        try (GeoStore geoStore = store.openLocal()) {
            if (!load.isEmpty()) {
                new BatchLoad(2, out, spec.commandLine().getErr()).run(load, geoStore, store.location());
            }
            serve(out, geoStore, options);
        } finally {
            stopped.countDown();
        }
        out.println("stopped");
        out.flush();
        return ExitCodes.OK;
    }

    private void serve(PrintWriter out, GeoStore geoStore, ServerOptions options) throws InterruptedException {
        try (GeoServer server = GeoServer.start(geoStore.datasetGraph(), options)) {
            started(out, geoStore, server);
            Thread hook = new Thread(this::stopAndWait, "geokg-serve-shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            try {
                stopRequested.await();
            } finally {
                removeQuietly(hook);
            }
        }
    }

    ServerOptions options() {
        if (!(timeoutSeconds > 0) || Double.isInfinite(timeoutSeconds))
            throw new ServerException("--timeout must be a positive number of seconds, was " + timeoutSeconds);
        ServerOptions.Builder b = ServerOptions.builder()
                .host(host)
                .port(port)
                .queryTimeout(Duration.ofMillis(Math.max(1, Math.round(timeoutSeconds * 1000))))
                .allowUpdate(allowUpdate)
                .corsOrigin(corsOrigin)
                .maxRequestBytes(Math.multiplyExact(maxRequestMb, 1048576L))
                .maxResponseBytes(Math.multiplyExact(maxResponseMb, 1048576L))
                .maxQueuedQueries(maxQueuedQueries);
        if (maxConcurrentQueries != null)
            b.maxConcurrentQueries(maxConcurrentQueries);
        if (queueWaitSeconds != null) {
            if (!(queueWaitSeconds >= 0) || Double.isInfinite(queueWaitSeconds))
                throw new ServerException("--queue-wait must be zero or a positive number of seconds, was " + queueWaitSeconds);
            b.maxQueueWait(Duration.ofMillis(Math.round(queueWaitSeconds * 1000)));
        }
        if (credentialsFile != null && !allowUpdate)
            throw new ServerException("--credentials-file " + credentialsFile + " given without --allow-update;"
                    + " the read-only server needs no login");
        if (allowUpdate)
            b.credentials(credentials());
        return b.build();
    }

    private Credentials credentials() {
        if (credentialsFile != null)
            return Credentials.read(credentialsFile);
        String user = environment.apply(ENV_USER);
        String password = environment.apply(ENV_PASSWORD);
        if (user == null || password == null)
            throw new ServerException("--allow-update needs credentials: --credentials-file FILE (one line user:password)"
                    + " or the environment variables " + ENV_USER + " and " + ENV_PASSWORD);
        return new Credentials(user, password);
    }

    private void started(PrintWriter out, GeoStore geoStore, GeoServer server) {
        ServerOptions o = server.options();
        out.println("serving " + geoStore.description());
        out.println("stance view:     " + server.viewURL() + "   (open in a browser: search an actor, e.g. Huawei)");
        out.println("SPARQL endpoint: " + server.queryURL());
        out.println("graph store:     " + server.graphStoreURL() + (o.allowUpdate() ? " (writes need login)" : " (read-only)"));
        out.println("query UI:        " + server.uiURL());
        out.println("updates:         " + (o.allowUpdate()
                ? server.updateURL() + " (HTTP Basic, user " + o.credentials().orElseThrow().user() + ")"
                : "off (read-only; --allow-update to enable)"));
        out.println("query timeout:   " + o.queryTimeout().toMillis() / 1000.0 + " s");
        out.println("query slots:     " + o.maxConcurrentQueries() + " running, up to " + o.maxQueuedQueries()
                + " waiting at most " + o.maxQueueWait().toMillis() / 1000.0 + " s each (then 503 with Retry-After)");
        o.corsOrigin().ifPresent(origin -> out.println("CORS origins:    " + origin));
        out.println("try:             curl -s " + server.queryURL() + " -H 'Accept: text/csv' --data-urlencode 'query="
                + "PREFIX gk: <" + org.geokg.rdf.GK.NS + "> PREFIX schema: <https://schema.org/> "
                + "SELECT DISTINCT ?holder ?kind WHERE { ?p gk:target/schema:name \"Huawei\" ; gk:polarity gk:negative ; "
                + "gk:holder/schema:name ?holder ; gk:kind ?kind } ORDER BY ?holder'");
        out.println("or:              ./geokg query who-opposes --param target=Huawei   (in another terminal, after Ctrl-C here)");
        out.println("Press Ctrl-C to stop.");
        out.flush();
        if (o.allowUpdate() && !isLoopback(o.host()))
            spec.commandLine().getErr().println("geokg: warning: updates are allowed on " + o.host()
                    + " over plain HTTP; the password crosses the network unencrypted");
    }

    private static boolean isLoopback(String host) {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("::1");
    }

    /** Runs in the shutdown hook: ask the serving thread to stop, then give it time to close the store. */
    private void stopAndWait() {
        stopRequested.countDown();
        try {
            stopped.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void removeQuietly(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // The JVM is already shutting down (Ctrl-C): the hook is running and must stay.
        }
    }
}
