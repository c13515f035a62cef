package org.geokg.server;

import java.time.Duration;
import java.util.Optional;

/**
 * Settings of the embedded SPARQL server. The defaults are the safe ones: loopback only,
 * port 3030, read-only, 30 s query timeout, no CORS. Writing needs credentials.
 *
 * <pre>{@code
 * ServerOptions opts = ServerOptions.builder().port(0).queryTimeout(Duration.ofSeconds(5)).build();
 * }</pre>
 *
 * @param host         interface to bind to ("127.0.0.1" by default)
 * @param port         TCP port; 0 picks any free port
 * @param datasetName  URL path segment of the dataset, without slashes ("geokg" serves /geokg/sparql)
 * @param queryTimeout longest time a query or update may run before it is cut
 * @param allowUpdate  whether SPARQL Update and the read-write Graph Store Protocol are served
 * @param credentials  the one user allowed to write; present exactly when {@code allowUpdate}
 * @param corsOrigin   allowed CORS origins (comma separated, "*" for any); empty leaves CORS off
 * @param maxRequestBytes  request bodies above this are refused with 413
 * @param maxResponseBytes answers above this are refused (SELECT, before the first byte) or cut
 * @param maxConcurrentQueries queries executing at once; more wait in a queue
 * @param maxQueuedQueries     queries waiting for a slot; one more is refused with 503 and Retry-After
 * @param maxQueueWait         longest a query waits for a slot before it is refused with 503
 */
public record ServerOptions(String host, int port, String datasetName, Duration queryTimeout,
                            boolean allowUpdate, Optional<Credentials> credentials, Optional<String> corsOrigin,
                            long maxRequestBytes, long maxResponseBytes,
                            int maxConcurrentQueries, int maxQueuedQueries, Duration maxQueueWait) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 3030;
    public static final String DEFAULT_DATASET = "geokg";
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    /** Request bodies (queries, updates, uploaded graphs) above this are refused with 413. */
    public static final long DEFAULT_MAX_REQUEST_BYTES = 64L * 1024 * 1024;
    /** Responses above this are cut off: a result that large is a runaway query, not an answer. */
    public static final long DEFAULT_MAX_RESPONSE_BYTES = 256L * 1024 * 1024;
    /**
     * Queries are CPU-bound: more running at once than there are cores only makes each slower
     * (and all of them likelier to hit the timeout), so the default is the number of cores, at least 2.
     */
    public static final int DEFAULT_MAX_CONCURRENT_QUERIES = Math.max(2, Runtime.getRuntime().availableProcessors());
    /** Enough for a few dozen clients to wait their turn instead of being refused. */
    public static final int DEFAULT_MAX_QUEUED_QUERIES = 64;

    public ServerOptions {
        if (host == null || host.isBlank())
            throw new ServerException("Server options: the host is empty");
        if (port < 0 || port > 65535)
            throw new ServerException("Server options: port " + port + " is outside 0..65535");
        if (datasetName == null || !datasetName.matches("[A-Za-z0-9_.-]+"))
            throw new ServerException("Server options: dataset name '" + datasetName
                    + "' must be one path segment of letters, digits, '_', '.' or '-'");
        if (queryTimeout == null || queryTimeout.isNegative() || queryTimeout.isZero())
            throw new ServerException("Server options: the query timeout must be positive, was " + queryTimeout);
        if (credentials == null)
            credentials = Optional.empty();
        if (corsOrigin == null)
            corsOrigin = Optional.empty();
        if (allowUpdate && credentials.isEmpty())
            throw new ServerException("Server options: updates are allowed but no credentials were given;"
                    + " writing needs a user and password (HTTP Basic)");
        if (!allowUpdate && credentials.isPresent())
            throw new ServerException("Server options: credentials were given but updates are not allowed;"
                    + " the read-only server has no login");
        if (corsOrigin.isPresent() && corsOrigin.get().isBlank())
            throw new ServerException("Server options: the CORS origin is empty");
        if (maxRequestBytes < 1 || maxResponseBytes < 1)
            throw new ServerException("Server options: the request and response size limits must be positive, were "
                    + maxRequestBytes + " and " + maxResponseBytes);
        if (maxConcurrentQueries < 1 || maxQueuedQueries < 0)
            throw new ServerException("Server options: at least one query must be allowed to run and the queue cannot be"
                    + " negative, were " + maxConcurrentQueries + " running and " + maxQueuedQueries + " queued");
        if (maxQueueWait == null || maxQueueWait.isNegative())
            throw new ServerException("Server options: the longest wait in the query queue must be zero or more, was "
                    + maxQueueWait);
    }

    /** The defaults: 127.0.0.1:3030, /geokg, 30 s, read-only, no CORS, queries queued up to 30 s. */
    public static ServerOptions defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Dataset path as it appears in URLs, e.g. "/geokg". */
    public String datasetPath() {
        return "/" + datasetName;
    }

    /** Collects options; {@link #build()} checks them. */
    public static final class Builder {
        private String host = DEFAULT_HOST;
        private int port = DEFAULT_PORT;
        private String datasetName = DEFAULT_DATASET;
        private Duration queryTimeout = DEFAULT_TIMEOUT;
        private boolean allowUpdate = false;
        private Credentials credentials = null;
        private String corsOrigin = null;
        private long maxRequestBytes = DEFAULT_MAX_REQUEST_BYTES;
        private long maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;
        private int maxConcurrentQueries = DEFAULT_MAX_CONCURRENT_QUERIES;
        private int maxQueuedQueries = DEFAULT_MAX_QUEUED_QUERIES;
        private Duration maxQueueWait = null;

        private Builder() {}

        public Builder host(String host) { this.host = host; return this; }
        public Builder port(int port) { this.port = port; return this; }
        public Builder datasetName(String datasetName) { this.datasetName = datasetName; return this; }
        public Builder queryTimeout(Duration queryTimeout) { this.queryTimeout = queryTimeout; return this; }
        public Builder allowUpdate(boolean allowUpdate) { this.allowUpdate = allowUpdate; return this; }
        public Builder credentials(Credentials credentials) { this.credentials = credentials; return this; }
        public Builder corsOrigin(String corsOrigin) { this.corsOrigin = corsOrigin; return this; }
        public Builder maxRequestBytes(long maxRequestBytes) { this.maxRequestBytes = maxRequestBytes; return this; }
        public Builder maxResponseBytes(long maxResponseBytes) { this.maxResponseBytes = maxResponseBytes; return this; }
        public Builder maxConcurrentQueries(int maxConcurrentQueries) { this.maxConcurrentQueries = maxConcurrentQueries; return this; }
        public Builder maxQueuedQueries(int maxQueuedQueries) { this.maxQueuedQueries = maxQueuedQueries; return this; }
        /** Unset, the wait is bounded by the query timeout: a query waits at most as long as one may run. */
        public Builder maxQueueWait(Duration maxQueueWait) { this.maxQueueWait = maxQueueWait; return this; }

        public ServerOptions build() {
            return new ServerOptions(host, port, datasetName, queryTimeout, allowUpdate,
                    Optional.ofNullable(credentials), Optional.ofNullable(corsOrigin),
                    maxRequestBytes, maxResponseBytes, maxConcurrentQueries, maxQueuedQueries,
                    maxQueueWait != null ? maxQueueWait : queryTimeout);
        }
    }
}
