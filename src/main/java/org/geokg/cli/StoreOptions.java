package org.geokg.cli;

import java.nio.file.Path;
import org.geokg.server.Credentials;
import org.geokg.store.ArticleStore;
import org.geokg.store.GeoStore;
import org.geokg.store.RemoteStore;
import org.geokg.store.StoreException;
import picocli.CommandLine.Option;

/** The {@code --store} option shared by every command that reads or writes the knowledge graph. */
public final class StoreOptions {
    public static final String DEFAULT_DIR = "geokg-data";

    @Option(names = "--store", paramLabel = "DIR|mem:|URL", defaultValue = "${env:GEOKG_STORE:-" + DEFAULT_DIR + "}",
            description = "TDB2 store directory, created if missing (default: ${DEFAULT-VALUE}; env GEOKG_STORE). "
                    + "Use 'mem:' for an in-memory store that is gone when the command ends, or the http(s) URL of a "
                    + "SPARQL 1.1 dataset with the Graph Store Protocol (e.g. another geokg serve or Fuseki: "
                    + "http://HOST:3030/geokg) whose default graph is the union of its named graphs.")
    String store;

    @Option(names = "--store-query", paramLabel = "NAME", defaultValue = "sparql",
            description = "With a store URL: its SPARQL query endpoint, relative to it (default: ${DEFAULT-VALUE}).")
    String queryEndpoint;

    @Option(names = "--store-gsp", paramLabel = "NAME", defaultValue = "data",
            description = "With a store URL: its Graph Store Protocol endpoint, relative to it (default: ${DEFAULT-VALUE}).")
    String gspEndpoint;

    @Option(names = "--store-credentials", paramLabel = "FILE",
            description = "With a store URL: one line user:password for writing (otherwise env GEOKG_STORE_USER and "
                    + "GEOKG_STORE_PASSWORD when set; none for reading).")
    Path credentials;

    /** Opens the store named by --store: a TDB2 directory, memory, or a remote SPARQL server. */
    public ArticleStore open() {
        if (isRemote()) {
            Credentials c = credentials();
            return RemoteStore.connect(store, queryEndpoint, gspEndpoint, c == null ? null : c.user(),
                    c == null ? null : c.password());
        }
        return openLocal();
    }

    /** Opens a store in this process (TDB2 or memory); a URL is refused, for what only a local store can do. */
    public GeoStore openLocal() {
        if (isRemote()) {
            throw new StoreException("--store " + store + " is a remote server; this needs a local TDB2 directory or mem:");
        }
        if ("mem:".equals(store)) {
            return GeoStore.inMemory();
        }
        return GeoStore.tdb2(Path.of(store));
    }

    public boolean isRemote() {
        return store.startsWith("http://") || store.startsWith("https://");
    }

    public String location() {
        return store;
    }

    private Credentials credentials() {
        if (credentials != null) {
            return Credentials.read(credentials);
        }
        String user = System.getenv("GEOKG_STORE_USER");
        String password = System.getenv("GEOKG_STORE_PASSWORD");
        return user != null && password != null ? new Credentials(user, password) : null;
    }
}
