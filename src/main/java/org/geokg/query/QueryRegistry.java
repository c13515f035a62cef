package org.geokg.query;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The canned queries shipped in {@code queries/*.rq} (packed into the jar at {@code /queries}),
 * by name. A name that is not a canned query can still be a path to an {@code .rq} file.
 */
public final class QueryRegistry {
    private static final String FOLDER = "/queries";
    private final Map<String, CannedQuery> byName;

    private QueryRegistry(Map<String, CannedQuery> byName) {
        this.byName = byName;
    }

    /** The queries shipped with geokg. */
    public static QueryRegistry standard() {
        return Holder.STANDARD;
    }

    /** The queries in one folder of {@code .rq} files. */
    public static QueryRegistry of(Path folder) {
        Map<String, CannedQuery> map = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".rq")).toList()) {
                String name = f.getFileName().toString().replaceFirst("\\.rq$", "");
                map.put(name, CannedQuery.parse(name, Files.readString(f, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new QueryException("cannot read queries from " + folder + ": " + e.getMessage(), e);
        }
        return new QueryRegistry(map);
    }

    public Collection<CannedQuery> all() {
        return byName.values();
    }

    public boolean contains(String name) {
        return byName.containsKey(name);
    }

    public CannedQuery get(String name) {
        CannedQuery q = byName.get(name);
        if (q == null) {
            throw new QueryException("no canned query named \"" + name + "\"; known: " + String.join(", ", byName.keySet()));
        }
        return q;
    }

    /** A canned query by name, or else the {@code .rq} file at that path. */
    public CannedQuery resolve(String nameOrFile) {
        if (byName.containsKey(nameOrFile)) {
            return byName.get(nameOrFile);
        }
        Path p = Path.of(nameOrFile);
        if (Files.isRegularFile(p)) {
            try {
                String name = p.getFileName().toString().replaceFirst("\\.rq$", "");
                return CannedQuery.parse(name, Files.readString(p, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new QueryException("cannot read query file " + p + ": " + e.getMessage(), e);
            }
        }
        throw new QueryException("\"" + nameOrFile + "\" is neither a canned query nor a query file; canned queries: "
                + String.join(", ", byName.keySet()));
    }

    private static final class Holder {
        static final QueryRegistry STANDARD = loadFromClasspath();
    }

    private static QueryRegistry loadFromClasspath() {
        URL url = QueryRegistry.class.getResource(FOLDER);
        if (url == null) {
            return new QueryRegistry(new TreeMap<>());
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
                    return of(fs.getPath(FOLDER));
                }
            }
            return of(Path.of(uri));
        } catch (URISyntaxException | IOException e) {
            throw new QueryException("cannot list the canned queries: " + e.getMessage(), e);
        }
    }
}
