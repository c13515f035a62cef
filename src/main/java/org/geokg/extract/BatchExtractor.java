package org.geokg.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.geokg.GeoKgException;
import org.geokg.model.Article;

/**
 * Extracts several files in parallel on a fixed number of threads, reporting each file as it
 * finishes. One bad file does not stop the others: its result carries the error instead of an
 * article. Results come back in input order.
 *
 * <pre>{@code
 * List<BatchExtractor.Result> rs = new BatchExtractor(Extractor.create(), 2)
 *         .run(files, (done, total, r) -> System.err.println(done + "/" + total + " " + r.file()));
 * }</pre>
 */
public final class BatchExtractor {
    private final Extractor extractor;
    private final ArticleSources sources = new ArticleSources();
    private final int threads;

    /** The outcome for one file: an article, or the error that explains why there is none. */
    public record Result(Path file, Article article, GeoKgException error) {
        public boolean ok() {
            return error == null;
        }
    }

    /** Told about every finished file; called from worker threads, one call at a time. */
    @FunctionalInterface
    public interface Progress {
        void finished(int done, int total, Result result);
    }

    public BatchExtractor(Extractor extractor, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.extractor = extractor;
        this.threads = threads;
    }

    public List<Result> run(List<Path> files, Progress progress) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, Math.max(1, files.size())), r -> {
            Thread t = new Thread(r, "geokg-extract");
            t.setDaemon(true);
            return t;
        });
        AtomicInteger done = new AtomicInteger();
        Object lock = new Object();
        try {
            List<Future<Result>> futures = new ArrayList<>();
            for (Path f : files) {
                futures.add(pool.submit(() -> {
                    Result r = one(f);
                    synchronized (lock) {
                        progress.finished(done.incrementAndGet(), files.size(), r);
                    }
                    return r;
                }));
            }
            List<Result> results = new ArrayList<>();
            for (Future<Result> fu : futures) {
                results.add(fu.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExtractionException("extraction interrupted", e);
        } catch (ExecutionException e) {
            throw new ExtractionException("extraction failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private Result one(Path f) {
        try {
            return new Result(f, extractor.extract(sources.read(f)), null);
        } catch (GeoKgException e) {
            return new Result(f, null, e);
        } catch (RuntimeException | StackOverflowError e) {
            // a bug in one file's extraction must not take the batch down; report it as that file's error
            return new Result(f, null, new ExtractionException(f + ": extraction failed: " + e, e));
        }
    }
}
