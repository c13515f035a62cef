package org.geokg.server;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Admission control for SPARQL queries. At most {@code slots} queries run at once; up to
 * {@code queueLength} more wait for a slot in arrival order (a fair semaphore), each for at most
 * {@code maxWait}. A query that finds the queue full, or waits out {@code maxWait}, is refused
 * with a suggested retry delay. Queries are CPU-bound, so running more of them at once than
 * there are cores only makes every one slower and pushes them all towards the timeout; waiting
 * in line lets each run at full speed.
 *
 * <pre>{@code
 * try (QueryAdmission.Permit permit = admission.enter()) {
 *     run the query
 * } catch (QueryAdmission.Refused r) {
 *     answer 503, Retry-After: r.retryAfterSeconds()
 * }
 * }</pre>
 */
final class QueryAdmission {
    /** Before any query has finished, assume one takes a second. */
    private static final long FIRST_ESTIMATE_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final int slots;
    private final int queueLength;
    private final Duration maxWait;
    private final Semaphore running;
    /** Queries holding a slot or waiting for one. */
    private final AtomicInteger inside = new AtomicInteger();
    /** Exponentially weighted mean of how long a slot is held, for the Retry-After hint. */
    private final AtomicLong meanHoldNanos = new AtomicLong(FIRST_ESTIMATE_NANOS);

    QueryAdmission(int slots, int queueLength, Duration maxWait) {
        if (slots < 1 || queueLength < 0 || maxWait.isNegative())
            throw new IllegalArgumentException("slots " + slots + ", queue " + queueLength + ", wait " + maxWait);
        this.slots = slots;
        this.queueLength = queueLength;
        this.maxWait = maxWait;
        this.running = new Semaphore(slots, true);
    }

    /**
     * Waits for a slot.
     *
     * @throws Refused if the queue is full, the wait reached its bound, or the thread was interrupted
     */
    Permit enter() throws Refused {
        int ahead = inside.incrementAndGet() - 1;
        if (ahead >= slots + queueLength) {
            inside.decrementAndGet();
            throw new Refused("The query queue is full (" + slots + " running, " + queueLength
                    + " waiting); try again later", retryAfterSeconds(ahead));
        }
        boolean admitted = false;
        try {
            // tryAcquire with a timeout keeps the fair order; the untimed tryAcquire() would barge.
            admitted = running.tryAcquire(maxWait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (!admitted)
                inside.decrementAndGet();
        }
        if (!admitted)
            throw new Refused("The query waited " + maxWait.toMillis() + " ms for one of " + slots
                    + " query slots; the server is busy, try again later", retryAfterSeconds(inside.get()));
        return new Permit(System.nanoTime());
    }

    /** Queries running or waiting now. */
    int inside() {
        return inside.get();
    }

    /**
     * Time until {@code ahead} queries have gone through the slots at the mean observed pace,
     * at least 1 s and at most the longest wait (after which a waiting query is refused anyway).
     */
    private long retryAfterSeconds(int ahead) {
        long nanos = meanHoldNanos.get() * (ahead + 1) / slots;
        long seconds = (nanos + 999_999_999L) / 1_000_000_000L;
        return Math.max(1, Math.min(seconds, Math.max(1, maxWait.toSeconds())));
    }

    private void leave(long heldNanos) {
        meanHoldNanos.updateAndGet(mean -> mean + (heldNanos - mean) / 8);
        running.release();
        inside.decrementAndGet();
    }

    /** A held slot; closing it lets the next query in. */
    final class Permit implements AutoCloseable {
        private final long since;
        private boolean closed;

        private Permit(long since) {
            this.since = since;
        }

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                leave(System.nanoTime() - since);
            }
        }
    }

    /** A query turned away; {@link #retryAfterSeconds()} is the hint for the Retry-After header. */
    static final class Refused extends Exception {
        private final long retryAfterSeconds;

        Refused(String message, long retryAfterSeconds) {
            super(message, null, false, false);
            this.retryAfterSeconds = retryAfterSeconds;
        }

        long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }
}
