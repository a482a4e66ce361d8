package kiosk.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ViewRecorderTest {

    private static final View VIEW = new View("a", Instant.parse("2026-05-01T10:15:00Z"));

    /** Holds every add until released, and says when the writer is inside one. */
    private static final class GatedStore extends FakeViewStore {
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        public void add(Collection<HourlyCount> counts) {
            entered.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            super.add(counts);
        }
    }

    @Test
    void record_storeNotYetCommitted_notAcknowledged() throws Exception {
        GatedStore store = new GatedStore();
        try (ViewRecorder recorder = new ViewRecorder(store)) {
            CompletableFuture<Void> acknowledged = recorder.record(VIEW);
            assertThat(store.entered.await(5, TimeUnit.SECONDS)).isTrue();

            assertThat(acknowledged).isNotDone();
            store.release.countDown();
            acknowledged.get(5, TimeUnit.SECONDS);

            assertThat(store.batches).containsExactly(List.of(new HourlyCount("a", HourRange.hourOf(VIEW.at()), 1)));
        }
    }

    @Test
    void record_queueFull_refusedAtOnce() throws Exception {
        GatedStore store = new GatedStore();
        try (ViewRecorder recorder = new ViewRecorder(store, 2, 1, Duration.ZERO)) {
            CompletableFuture<Void> beingWritten = recorder.record(VIEW);
            assertThat(store.entered.await(5, TimeUnit.SECONDS)).isTrue();
            List<CompletableFuture<Void>> queued = List.of(recorder.record(VIEW), recorder.record(VIEW));

            CompletableFuture<Void> refused = recorder.record(VIEW);

            assertThat(refused).isCompletedExceptionally();
            assertThatThrownBy(refused::join).hasCauseInstanceOf(ViewRefusedException.class);
            store.release.countDown();
            CompletableFuture.allOf(beingWritten, queued.get(0), queued.get(1)).get(5, TimeUnit.SECONDS);
            assertThat(store.total()).isEqualTo(3);
        }
    }

    @Test
    void record_storeFails_futureFailsWithStoreException() {
        ViewStoreException failure = new ViewStoreException("disk full", null);
        FakeViewStore failing = new FakeViewStore() {
            @Override
            public void add(Collection<HourlyCount> counts) {
                throw failure;
            }
        };
        try (ViewRecorder recorder = new ViewRecorder(failing)) {
            assertThatThrownBy(() -> recorder.record(VIEW).join())
                    .isInstanceOf(CompletionException.class).hasCause(failure);
        }
    }

    @Test
    void record_manyConcurrentClients_fewerBatchesThanViewsAllCounted() throws Exception {
        FakeViewStore slowStore = new FakeViewStore() {
            @Override
            public void add(Collection<HourlyCount> counts) {
                sleep(Duration.ofMillis(1)); // about an fsync
                super.add(counts);
            }
        };
        int clients = 16;
        int viewsEach = 100;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try (ViewRecorder recorder = new ViewRecorder(slowStore)) {
            List<CompletableFuture<Void>> done = new ArrayList<>();
            for (int client = 0; client < clients; client++) {
                done.add(CompletableFuture.runAsync(() -> {
                    for (int i = 0; i < viewsEach; i++) {
                        recorder.record(VIEW).join();
                    }
                }, pool));
            }
            CompletableFuture.allOf(done.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        } finally {
            pool.shutdown();
        }

        assertThat(slowStore.total()).isEqualTo(clients * viewsEach);
        assertThat(slowStore.batchCount()).isLessThan(clients * viewsEach / 4);
    }

    @Test
    void close_viewsStillQueued_commitsThemBeforeReturning() {
        GatedStore store = new GatedStore();
        List<CompletableFuture<Void>> futures = new ArrayList<>();
        ViewRecorder recorder = new ViewRecorder(store, 100, 1, Duration.ZERO);
        for (int i = 0; i < 10; i++) {
            futures.add(recorder.record(VIEW));
        }
        store.release.countDown();

        recorder.close();

        assertThat(futures).allMatch(future -> future.isDone() && !future.isCompletedExceptionally());
        assertThat(store.total()).isEqualTo(10);
    }

    @Test
    void record_afterClose_refused() {
        ViewRecorder recorder = new ViewRecorder(new FakeViewStore());
        recorder.close();

        assertThatThrownBy(() -> recorder.record(VIEW).join()).hasCauseInstanceOf(ViewRefusedException.class);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
