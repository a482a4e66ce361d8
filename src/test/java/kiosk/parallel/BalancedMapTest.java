package kiosk.parallel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class BalancedMapTest {

    @Test
    void map_keepsTheItemsOrder() {
        List<Integer> items = IntStream.range(0, 10_000).boxed().toList();

        assertThat(BalancedMap.map(items, item -> "記事" + item))
                .isEqualTo(items.stream().map(item -> "記事" + item).toList());
        assertThat(BalancedMap.map(List.<Integer>of(), item -> item)).isEmpty();
    }

    /**
     * While one item holds its thread, the other threads read every other item: a parallel stream, which
     * hands each thread a quarter of the items up front, left the held item's quarter waiting behind it.
     */
    @Test
    @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void map_oneSlowItem_holdsUpNoOther() throws Exception {
        List<Integer> items = IntStream.range(0, 2_000).boxed().toList();
        CountDownLatch othersDone = new CountDownLatch(items.size() - 1);
        AtomicInteger waited = new AtomicInteger();

        List<Integer> mapped = BalancedMap.map(items, item -> {
            if (item == 0) {
                try {
                    waited.set(othersDone.await(20, TimeUnit.SECONDS) ? 1 : -1);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            } else {
                othersDone.countDown();
            }
            return item * 2;
        });

        assertThat(waited).as("the other items were read while the first was held").hasValue(1);
        assertThat(mapped).hasSize(items.size()).startsWith(0, 2, 4).endsWith(3_998);
    }

    @Test
    void map_aFailingItem_failsTheMapOnceAllHaveStopped_andNoThreadTakesAnotherItem() {
        List<Integer> items = IntStream.range(0, 20_000).boxed().toList();
        AtomicInteger mapped = new AtomicInteger();

        assertThatThrownBy(() -> BalancedMap.map(items, item -> {
            if (item == 500) {
                throw new IllegalStateException("壊れた記事");
            }
            LockSupport.parkNanos(100_000); // a page's worth of work: the others would map all 20,000 in seconds
            mapped.incrementAndGet();
            return item;
        })).hasMessageContaining("壊れた記事");
        assertThat(mapped.get()).as("items mapped: about those taken before the failure").isLessThan(items.size() / 2);
    }

    /** Started, the map runs on the workers as soon as its items are listed, before the caller joins it. */
    @Test
    @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void start_mapsOnTheWorkersOnceListed_beforeTheCallerJoins() throws Exception {
        CompletableFuture<List<Integer>> listing = new CompletableFuture<>();
        CountDownLatch firstMapped = new CountDownLatch(1);

        BalancedMap.Pending<String> pending = BalancedMap.start(listing, item -> {
            firstMapped.countDown();
            return "記事" + item;
        });
        assertThat(firstMapped.await(200, TimeUnit.MILLISECONDS)).as("nothing mapped before the listing").isFalse();
        listing.complete(IntStream.range(0, 100).boxed().toList());

        assertThat(firstMapped.await(20, TimeUnit.SECONDS)).as("mapped before the caller joined").isTrue();
        assertThat(pending.join()).hasSize(100).startsWith("記事0", "記事1").endsWith("記事99");
    }

    @Test
    void start_aFailedListing_failsTheJoin() {
        CompletableFuture<List<Integer>> listing = CompletableFuture.failedFuture(new IllegalStateException("一覧なし"));

        assertThatThrownBy(() -> BalancedMap.start(listing, item -> item).join()).hasMessageContaining("一覧なし");
    }
}
