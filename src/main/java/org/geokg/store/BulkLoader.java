package org.geokg.store;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayDeque;
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
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.geokg.GeoKgException;
import org.geokg.model.Article;
import org.geokg.rdf.ArticleMapper;
import org.geokg.rdf.Iris;
import org.geokg.validate.ShaclValidator;

/**
 * Loads many articles at once, ending with the same store as loading them one by one with
 * {@link ArticleLoader}: each article is read, mapped and SHACL-checked on worker threads, and the
 * checked graphs stream into one run of Jena's TDB2 bulk loader for the whole input, the way
 * {@code tdb2.tdbloader} loads one file. A bounded window of articles in flight keeps the heap
 * small whatever the input's size.
 *
 * <p>The bulk loaders only add, so an article whose id is already in the store, or came earlier in
 * the input, cannot go into the same run: it waits, with the latest version of each such id, and
 * is written in a transaction (its old graph deleted, the new one added) once the run ends, or
 * when {@code batchSize} of them wait, which ends the run early and starts another. Loading into
 * an empty store is therefore one loader run; reloading stored articles is a series of batches.
 * With {@link Method#TRANSACTION} every {@code batchSize} articles are one transaction instead. An
 * article that fails is reported to the listener and not written.
 *
 * <pre>{@code
 * List<BulkLoader.Input> inputs = files.stream().map(f -> new BulkLoader.Input(f.toString(), () -> ArticleReader.read(f))).toList();
 * BulkLoader.Result r = new BulkLoader(store).load(inputs, progress -> System.err.println(progress));
 * }</pre>
 */
public final class BulkLoader {
    /** How checked graphs are written. */
    public enum Method {
        /** One write transaction per batch: deleting replaced graphs and adding the new ones commit together. */
        TRANSACTION,
        /** Jena's phased TDB2 bulk loader (what {@code tdb2.tdbloader} uses by default), one run for the input. */
        PHASED,
        /** Jena's parallel TDB2 bulk loader, one run for the input; many threads, best with spare cores. */
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

    /**
     * Told about progress every {@code batchSize} articles, about each article that failed, and about
     * each step of writing; called on the loading thread. The ETA of a progress line covers reading
     * and checking; a loader run then still builds its indexes, announced by {@link #step}.
     */
    public interface Listener {
        void progress(Progress progress);

        default void failed(String label, GeoKgException error) {
        }

        /**
         * A step of writing began or ended, or Jena's loader reported its progress (it does every
         * 500,000 triples): a short sentence, with the seconds since the load began.
         */
        default void step(String what, double seconds) {
        }
    }

    /**
     * What a whole load did. {@code mapCpuNanos} and {@code checkCpuNanos} are the CPU time the
     * workers spent mapping articles to graphs and validating them, summed over threads (zero where
     * the JVM cannot measure thread CPU time): the work a bulk load adds to Jena's loader.
     */
    public record Result(int loaded, int replaced, int failed, long triples, long elapsedNanos, long mapCpuNanos,
            long checkCpuNanos) {
        public double seconds() {
            return elapsedNanos / 1e9;
        }
    }

    /** A checked article graph, or why the article could not be made into one; with the CPU time each step took. */
    private record Checked(String label, String id, Graph graph, GeoKgException error, long mapCpuNanos,
            long checkCpuNanos) {
    }

    public static final int DEFAULT_BATCH = 1000;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** Articles read and checked ahead of the writer: enough to keep the workers busy, few enough for a small heap. */
    static final int WINDOW_PER_THREAD = 64;

    private final GeoStore store;
    private final ArticleMapper mapper;
    private final ShaclValidator validator;
    private final int threads;
    private final int batchSize;
    private final Method method;

    /** A loader with the standard mapper and the load path's validator of the standard shapes, two worker threads, batches of 1000, phased writes. */
    public BulkLoader(GeoStore store) {
        this(store, new ArticleMapper(), ShaclValidator.forLoading(), 2, DEFAULT_BATCH, Method.PHASED);
    }

    public BulkLoader(GeoStore store, int threads, int batchSize, Method method) {
        this(store, new ArticleMapper(), ShaclValidator.forLoading(), threads, batchSize, method);
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
        Run run = new Run(inputs.size(), listener);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "geokg-bulk-map");
            t.setDaemon(true);
            return t;
        });
        try {
            // Work is submitted a window ahead, so workers check the next articles while this thread writes.
            Deque<Future<Checked>> window = new ArrayDeque<>();
            int next = 0;
            while (next < inputs.size() || !window.isEmpty()) {
                while (next < inputs.size() && window.size() < WINDOW_PER_THREAD * threads) {
                    Input in = inputs.get(next++);
                    window.add(pool.submit(() -> check(in)));
                }
                run.accept(await(window.poll()));
            }
            return run.finish();
        } catch (RuntimeException e) {
            run.abort(e);
            throw e;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The writing side of one load: what is in the store, the loader run open, the graphs waiting. */
    private final class Run {
        private final long started = System.nanoTime();
        private final int total;
        private final Listener listener;
        /** Ids whose graphs are in the store: there before, or written by this load. */
        private final Set<String> written = new HashSet<>(store.articleIds());
        /**
         * Graphs waiting to be written in a transaction: with {@link Method#TRANSACTION} the batch;
         * with a bulk loader the ones replacing a stored graph, which a loader run cannot delete.
         */
        private final Map<String, Checked> waiting = new LinkedHashMap<>();
        private DataLoader loader;
        private StreamRDF stream;
        private int loaded;
        private int replaced;
        private int failed;
        private int done;
        private int reported;
        private long triples;
        private long mapCpu;
        private long checkCpu;

        Run(int total, Listener listener) {
            this.total = total;
            this.listener = listener;
        }

        void accept(Checked c) {
            done++;
            mapCpu += c.mapCpuNanos();
            checkCpu += c.checkCpuNanos();
            if (c.error() != null) {
                failed++;
                listener.failed(c.label(), c.error());
            } else {
                loaded++;
                triples += c.graph().size();
                boolean again = written.contains(c.id()) || waiting.containsKey(c.id());
                if (again) {
                    replaced++;
                }
                if (method == Method.TRANSACTION || again) {
                    // A later article with the same id wins, as it would loading one by one.
                    waiting.put(c.id(), c);
                } else {
                    written.add(c.id());
                    add(c, stream()::quad);
                }
                if (waiting.size() >= batchSize) {
                    endLoaderRun();
                    writeWaiting();
                }
            }
            if (done % batchSize == 0) {
                progress();
            }
        }

        Result finish() {
            endLoaderRun();
            writeWaiting();
            if (reported != done || done == 0) {
                progress();
            }
            return new Result(loaded, replaced, failed, triples, System.nanoTime() - started, mapCpu, checkCpu);
        }

        void abort(RuntimeException cause) {
            if (loader != null) {
                loader.finishException(cause);
                loader = null;
            }
        }

        private void progress() {
            reported = done;
            listener.progress(new Progress(done, total, failed, triples, System.nanoTime() - started));
        }

        /** The open loader run's input, starting a run if none is open. */
        private StreamRDF stream() {
            if (loader == null) {
                DatasetGraph dsg = store.datasetGraph();
                MonitorOutput output = (fmt, args) -> listener.step(String.format(fmt, args).strip(), seconds());
                loader = method == Method.PARALLEL
                        ? LoaderFactory.parallelLoader(dsg, output)
                        : LoaderFactory.phasedLoader(dsg, output);
                loader.startBulk();
                stream = loader.stream();
            }
            return stream;
        }

        /** Ends the open loader run, if any: Jena builds the indexes and commits. */
        private void endLoaderRun() {
            if (loader == null) {
                return;
            }
            listener.step("building indexes", seconds());
            try {
                loader.finishBulk();
            } catch (RuntimeException e) {
                loader.finishException(e);
                throw new StoreException("bulk write failed: " + e.getMessage(), e);
            } finally {
                loader = null;
                stream = null;
            }
            listener.step("indexes built, committed", seconds());
        }

        /** Writes the waiting graphs in one transaction, first deleting the stored graphs they replace. */
        private void writeWaiting() {
            if (waiting.isEmpty()) {
                return;
            }
            DatasetGraph dsg = store.datasetGraph();
            Txn.executeWrite(dsg, () -> {
                for (Checked c : waiting.values()) {
                    if (written.contains(c.id())) {
                        dsg.deleteAny(Iris.articleGraph(c.id()), Node.ANY, Node.ANY, Node.ANY);
                    }
                    add(c, dsg::add);
                }
            });
            written.addAll(waiting.keySet());
            waiting.clear();
        }

        private double seconds() {
            return (System.nanoTime() - started) / 1e9;
        }
    }

    private Checked check(Input in) {
        long mapped = 0;
        long t0 = 0;
        try {
            Article a = in.article().get();
            t0 = threadCpu();
            Graph g = mapper.toGraph(a);
            mapped = threadCpu() - t0;
            t0 += mapped;
            validator.check(g, a.id());
            return new Checked(in.label(), a.id(), g, null, mapped, threadCpu() - t0);
        } catch (GeoKgException e) {
            return new Checked(in.label(), null, null, e, mapped, t0 == 0 ? 0 : threadCpu() - t0);
        }
    }

    /** This thread's CPU time in nanoseconds, or 0 where the JVM cannot tell. */
    private static long threadCpu() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : 0;
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

    private static void add(Checked c, Consumer<Quad> sink) {
        Node name = Iris.articleGraph(c.id());
        c.graph().find().forEachRemaining(t -> sink.accept(Quad.create(name, t)));
    }
}
