package org.geokg.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class QueryAdmissionTest {

    @Test
    void waitingQueriesAreLetInInArrivalOrder() throws Exception {
        QueryAdmission admission = new QueryAdmission(1, 3, Duration.ofSeconds(10));
        QueryAdmission.Permit first = admission.enter();
        List<Integer> order = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(3);
        for (int i = 1; i <= 3; i++) {
            int id = i;
            Thread t = new Thread(() -> {
                try (QueryAdmission.Permit p = admission.enter()) {
                    order.add(id);
                } catch (QueryAdmission.Refused e) {
                    order.add(-id);
                } finally {
                    done.countDown();
                }
            });
            t.start();
            awaitInside(admission, 1 + id);
        }

        first.close();

        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(order).containsExactly(1, 2, 3);
        assertThat(admission.inside()).isZero();
    }

    @Test
    void aFullQueueRefusesAtOnceWithARetryHint() throws Exception {
        QueryAdmission admission = new QueryAdmission(1, 0, Duration.ofSeconds(30));
        try (QueryAdmission.Permit held = admission.enter()) {
            long start = System.nanoTime();
            assertThatThrownBy(admission::enter).isInstanceOfSatisfying(QueryAdmission.Refused.class, r -> {
                assertThat(r).hasMessageContaining("queue is full");
                assertThat(r.retryAfterSeconds()).isBetween(1L, 30L);
            });
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
        }
        admission.enter().close();
        assertThat(admission.inside()).isZero();
    }

    @Test
    void aWaitIsBoundedAndFreesItsPlaceInTheQueue() throws Exception {
        QueryAdmission admission = new QueryAdmission(1, 1, Duration.ofMillis(200));
        try (QueryAdmission.Permit held = admission.enter()) {
            assertThatThrownBy(admission::enter).isInstanceOf(QueryAdmission.Refused.class).hasMessageContaining("waited 200 ms");
            assertThat(admission.inside()).isEqualTo(1);
        }
    }

    @Test
    void closingAPermitTwiceFreesOneSlot() throws Exception {
        QueryAdmission admission = new QueryAdmission(1, 0, Duration.ZERO);
        QueryAdmission.Permit p = admission.enter();
        p.close();
        p.close();
        QueryAdmission.Permit again = admission.enter();
        assertThatThrownBy(admission::enter).isInstanceOf(QueryAdmission.Refused.class);
        again.close();
    }

    private static void awaitInside(QueryAdmission admission, int n) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (admission.inside() < n && System.nanoTime() < until)
            Thread.sleep(5);
        // inside() counts a thread as soon as it enters; give it time to reach the semaphore's queue.
        Thread.sleep(50);
    }
}
