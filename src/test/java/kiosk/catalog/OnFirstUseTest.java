package kiosk.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OnFirstUseTest {

    @Test
    void nothingIsComputed_untilAsked_thenOnlyOnce() {
        AtomicInteger runs = new AtomicInteger();
        OnFirstUse<String> value = OnFirstUse.of(() -> "index " + runs.incrementAndGet());

        assertThat(runs).hasValue(0);
        assertThat(value.get()).isEqualTo("index 1");
        assertThat(value.get()).isEqualTo("index 1");
        assertThat(runs).hasValue(1);
    }

    @Test
    void threadsAskingWhileItIsComputed_waitForThatOneValue() throws Exception {
        CountDownLatch computing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger runs = new AtomicInteger();
        OnFirstUse<Integer> value = OnFirstUse.of(() -> {
            computing.countDown();
            await(release);
            return runs.incrementAndGet();
        });
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            Future<Integer> first = threads.submit(value::get);
            assertThat(computing.await(10, TimeUnit.SECONDS)).isTrue();
            List<Future<Integer>> others = List.of(threads.submit(value::get), threads.submit(value::get),
                    threads.submit(value::get));
            release.countDown();

            assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(1);
            for (Future<Integer> other : others) {
                assertThat(other.get(10, TimeUnit.SECONDS)).isEqualTo(1);
            }
            assertThat(runs).hasValue(1);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aFailedComputation_isTriedAgainByTheNextAsking() {
        AtomicInteger runs = new AtomicInteger();
        OnFirstUse<String> value = OnFirstUse.of(() -> {
            if (runs.incrementAndGet() == 1) {
                throw new IllegalStateException("first try fails");
            }
            return "built";
        });

        assertThatThrownBy(value::get).hasMessage("first try fails");
        assertThat(value.get()).isEqualTo("built");
    }

    @Test
    void aDoneValue_isThereFromTheStart() {
        assertThat(OnFirstUse.done("ready").get()).isEqualTo("ready");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
