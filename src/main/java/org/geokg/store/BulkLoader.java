package org.geokg.store;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.geokg.GeoKgException;
import org.geokg.model.Article;
import org.geokg.rdf.ArticleMapper;
import org.geokg.rdf.Iris;
import org.geokg.validate.ShaclValidator;

/**
 * Loads many articles at once, ending with the same store as loading them one by one with
 * {@link ArticleLoader}: each article is read, mapped and SHACL-checked on worker threads, and
 * the checked graphs are written in batches rather than one transaction each. An article whose id
 * is already in the store, or comes again later in the input, replaces the earlier graph; an
 * article that fails is reported to the listener and not written.
 *
 * <pre>{@code
 * List<BulkLoader.Input> inputs = files.stream().map(f -> new BulkLoader.Input(f.toString(), () -> ArticleReader.read(f))).toList();
 * BulkLoader.Result r = new BulkLoader(store).load(inputs, progress -> System.err.println(progress));
 * }</pre>
 */
public final class BulkLoader {
    /** How a batch of checked graphs is written. */
    public enum Method {
        /** One write transaction per batch: deleting replaced graphs and adding the new ones commit together. */
        TRANSACTION,
        /**
         * Jena's phased TDB2 bulk loader per batch (what {@code tdb2.tdbloader} uses by default);
         * replaced graphs are deleted in a transaction just before.
         */
        PHASED,
        /** Jena's parallel TDB2 bulk loader per batch; many threads, best with spare cores. */
        PARALLEL
    }

    /** One article to load: a label for messages (usually the file) and how to read it, called on a worker thread. */
    public record Input(String label, Supplier<Article> article) {
        public Input {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(article, "article");
        }
    }

    /** Where a running load stands; {@link #eta()} extrapolates the rate so far. */
    public record Progress(int done, int total, int failed, long triples, long elapsedNanos) {
        public double articlesPerSecond() {
            return elapsedNanos == 0 ? 0 : done / (elapsedNanos / 1e9);
        }

        public double triplesPerSecond() {
            return elapsedNanos == 0 ? 0 : triples / (elapsedNanos / 1e9);
        }

        public Duration eta() {
            double rate = articlesPerSecond();
            return rate == 0 ? Duration.ZERO : Duration.ofMillis(Math.round((total - done) / rate * 1000));
        }

        @Override
        public String toString() {
            Duration eta = eta();
            return String.format("%d/%d articles, %.0f articles/s, %.0f triples/s, ETA %d:%02d%s", done, total,
                    articlesPerSecond(), triplesPerSecond(), eta.toMinutes(), eta.toSecondsPart(),
                    failed > 0 ? ", " + failed + " failed" : "");
        }
    }

    /** Told about progress after each batch and about each article that failed; called on the loading thread. */
    public interface Listener {
        void progress(Progress progress);

        default void failed(String label, GeoKgException error) {
        }
    }

    /** What a whole load did. */
    public record Result(int loaded, int replaced, int failed, long triples, long elapsedNanos) {
        public double seconds() {
            return elapsedNanos / 1e9;
        }
    }

    /** A checked article graph, or why the article could not be made into one. */
    private record Checked(String label, String id, Graph graph, GeoKgException error) {
    }

    public static final int DEFAULT_BATCH = 1000;

    private final GeoStore store;
    private final ArticleMapper mapper;
    private final ShaclValidator validator;
    private final int threads;
    private final int batchSize;
    private final Method method;

    /** A loader with the standard mapper and shapes, two worker threads, batches of 1000, phased writes. */
    public BulkLoader(GeoStore store) {
        this(store, new ArticleMapper(), ShaclValidator.standard(), 2, DEFAULT_BATCH, Method.PHASED);
    }

    public BulkLoader(GeoStore store, int threads, int batchSize, Method method) {
        this(store, new ArticleMapper(), ShaclValidator.standard(), threads, batchSize, method);
    }

    public BulkLoader(GeoStore store, ArticleMapper mapper, ShaclValidator validator, int threads, int batchSize,
            Method method) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, was " + batchSize);
        }
        this.store = store;
        this.mapper = mapper;
        this.validator = validator;
        this.threads = threads;
        this.batchSize = batchSize;
        this.method = Objects.requireNonNull(method, "method");
    }

    /** Loads every input, in order, and returns the totals; failures go to the listener and are counted. */
    public Result load(List<Input> inputs, Listener listener) {
        long started = System.nanoTime();
        // ids whose graphs are in the store: there before, or written by an earlier batch
        Set<String> written = new HashSet<>(store.articleIds());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "geokg-bulk-map");
            t.setDaemon(true);
            return t;
        });
        int loaded = 0;
        int replaced = 0;
        int failed = 0;
        long triples = 0;
        int done = 0;
        try {
            // Work is submitted a window ahead, so workers map the next batch while this thread writes one.
            Deque<Future<Checked>> window = new ArrayDeque<>();
            int next = 0;
            Map<String, Checked> batch = new LinkedHashMap<>();
            while (next < inputs.size() || !window.isEmpty()) {
                while (next < inputs.size() && window.size() < 2 * batchSize) {
                    Input in = inputs.get(next++);
                    window.add(pool.submit(() -> check(in)));
                }
                Checked c = await(window.poll());
                done++;
                if (c.error() != null) {
                    failed++;
                    listener.failed(c.label(), c.error());
                } else {
                    loaded++;
                    if (written.contains(c.id()) || batch.containsKey(c.id())) {
                        replaced++;
                    }
                    // A later article with the same id wins, as it would loading one by one.
                    batch.put(c.id(), c);
                }
                if (batch.size() >= batchSize || (next == inputs.size() && window.isEmpty())) {
                    List<String> stale = new ArrayList<>();
                    for (String id : batch.keySet()) {
                        if (!written.add(id)) {
                            stale.add(id);
                        }
                    }
                    triples += write(batch, stale);
                    batch.clear();
                    listener.progress(new Progress(done, inputs.size(), failed, triples, System.nanoTime() - started));
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return new Result(loaded, replaced, failed, triples, System.nanoTime() - started);
    }

    private Checked check(Input in) {
        try {
            Article a = in.article().get();
            Graph g = mapper.toGraph(a);
            validator.check(g, a.id());
            return new Checked(in.label(), a.id(), g, null);
        } catch (GeoKgException e) {
            return new Checked(in.label(), null, null, e);
        }
    }

    private static Checked await(Future<Checked> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("bulk load interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new StoreException("bulk load failed: " + cause, cause);
        }
    }

    /**
     * Writes one batch and returns its triple count. The graphs of {@code stale} ids exist already and
     * are deleted first: the bulk loaders only add.
     */
    private long write(Map<String, Checked> batch, List<String> stale) {
        DatasetGraph dsg = store.datasetGraph();
        long triples = 0;
        for (Checked c : batch.values()) {
            triples += c.graph().size();
        }
        if (method == Method.TRANSACTION) {
            Txn.executeWrite(dsg, () -> {
                delete(dsg, stale);
                batch.values().forEach(c -> add(c, dsg::add));
            });
            return triples;
        }
        if (!stale.isEmpty()) {
            Txn.executeWrite(dsg, () -> delete(dsg, stale));
        }
        DataLoader loader = method == Method.PARALLEL
                ? LoaderFactory.parallelLoader(dsg, (fmt, args) -> { })
                : LoaderFactory.phasedLoader(dsg, (fmt, args) -> { });
        loader.startBulk();
        try {
            StreamRDF stream = loader.stream();
            batch.values().forEach(c -> add(c, stream::quad));
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw new StoreException("bulk write of " + batch.size() + " articles failed: " + e.getMessage(), e);
        }
        return triples;
    }

    private static void delete(DatasetGraph dsg, List<String> stale) {
        for (String id : stale) {
            dsg.deleteAny(Iris.articleGraph(id), Node.ANY, Node.ANY, Node.ANY);
        }
    }

    private static void add(Checked c, Consumer<Quad> sink) {
        Node name = Iris.articleGraph(c.id());
        c.graph().find().forEachRemaining(t -> sink.accept(Quad.create(name, t)));
    }
}
