package org.geokg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.dboe.base.file.Location;
import org.geokg.rdf.Iris;

/**
 * The knowledge graph's dataset: TDB2 on disk by default, TDB2 in memory for tests. One named
 * graph per article; queries see the union of all named graphs as their default graph.
 *
 * <pre>{@code
 * try (GeoStore store = GeoStore.tdb2(Path.of("geokg-data"))) {
 *     new ArticleLoader(store).load(article);
 * }
 * }</pre>
 */
public final class GeoStore implements ArticleStore {
    private final DatasetGraph dsg;
    private final String description;
    private final Location location;

    private GeoStore(DatasetGraph dsg, String description, Location location) {
        this.dsg = dsg;
        this.description = description;
        this.location = location;
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    /** Opens (creating if needed) a TDB2 store in a directory. */
    public static GeoStore tdb2(Path dir) {
        try {
            if (Files.exists(dir) && !Files.isDirectory(dir)) {
                throw new StoreException("store path " + dir + " is a file, not a directory");
            }
            Files.createDirectories(dir);
            Location loc = Location.create(dir.toAbsolutePath().toString());
            DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(loc);
            return new GeoStore(dsg, "TDB2 store at " + dir, loc);
        } catch (IOException e) {
            throw new StoreException("cannot create store directory " + dir + ": " + e.getMessage(), e);
        } catch (StoreException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new StoreException("cannot open the store at " + dir + ": " + e.getMessage()
                    + " (is another geokg process using it?)", e);
        }
    }

    /** An empty store in memory, with the same transactions and union graph as on disk. */
    public static GeoStore inMemory() {
        return new GeoStore(TDB2Factory.createDataset().asDatasetGraph(), "in-memory store", null);
    }

    public DatasetGraph datasetGraph() {
        return dsg;
    }

    /** The dataset for queries; its default graph is the union of all article graphs. */
    public Dataset dataset() {
        return DatasetFactory.wrap(dsg);
    }

    public String description() {
        return description;
    }

    @Override
    public List<String> articleIds() {
        return Txn.calculateRead(dsg, () -> {
            List<String> ids = new ArrayList<>();
            Iterator<Node> it = dsg.listGraphNodes();
            while (it.hasNext()) {
                String id = Iris.articleIdOfGraph(it.next());
                if (id != null) {
                    ids.add(id);
                }
            }
            ids.sort(null);
            return ids;
        });
    }

    @Override
    public boolean containsArticle(String articleId) {
        return Txn.calculateRead(dsg, () -> dsg.containsGraph(Iris.articleGraph(articleId)));
    }

    /** Deletes and rewrites each article graph, all in one write transaction: all or nothing. */
    @Override
    public List<LoadResult> replaceAll(Map<String, Graph> graphs) {
        return Txn.calculateWrite(dsg, () -> {
            List<LoadResult> results = new ArrayList<>();
            for (var e : new TreeMap<>(graphs).entrySet()) {
                Node name = Iris.articleGraph(e.getKey());
                boolean existed = dsg.containsGraph(name);
                if (existed) {
                    dsg.deleteAny(name, Node.ANY, Node.ANY, Node.ANY);
                }
                e.getValue().find().forEachRemaining(t -> dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
                results.add(new LoadResult(e.getKey(), e.getValue().size(), existed));
            }
            return results;
        });
    }

    /** Runs the query inside a read transaction, so the answer sees one state of the store. */
    @Override
    public <T> T query(Query query, long timeoutSeconds, Function<QueryExecution, T> answer) {
        return Txn.calculateRead(dsg, () -> {
            try (QueryExecution qe = QueryExecution.create().query(query).dataset(dataset())
                    .timeout(timeoutSeconds, TimeUnit.SECONDS).build()) {
                return answer.apply(qe);
            }
        });
    }

    @Override
    public void quads(String articleId, Consumer<Quad> sink) {
        Node graph = articleId == null ? Node.ANY : Iris.articleGraph(articleId);
        Txn.executeRead(dsg, () -> dsg.find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
            if (!q.isDefaultGraph()) {
                sink.accept(q);
            }
        }));
    }

    /** Reclaims disk space left by replaced data (TDB2 keeps old blocks until compaction). */
    public void compact() {
        if (location != null) {
            DatabaseMgr.compact(dsg, true);
        }
    }

    @Override
    public void close() {
        if (location != null) {
            org.apache.jena.tdb2.sys.TDBInternal.expel(dsg);
        } else {
            dsg.close();
        }
    }
}
