package org.geokg.cli;

import java.nio.file.Path;
import org.geokg.store.GeoStore;
import picocli.CommandLine.Option;

/** The {@code --store} option shared by every command that reads or writes the knowledge graph. */
public final class StoreOptions {
    public static final String DEFAULT_DIR = "geokg-data";

    @Option(names = "--store", paramLabel = "DIR", defaultValue = "${env:GEOKG_STORE:-" + DEFAULT_DIR + "}",
            description = "TDB2 store directory, created if missing (default: ${DEFAULT-VALUE}; env GEOKG_STORE). "
                    + "Use 'mem:' for an in-memory store that is gone when the command ends.")
    String store;

    public GeoStore open() {
        if ("mem:".equals(store)) {
            return GeoStore.inMemory();
        }
        return GeoStore.tdb2(Path.of(store));
    }

    public String location() {
        return store;
    }
}
