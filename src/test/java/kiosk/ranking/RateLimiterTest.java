package kiosk.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private final AtomicLong nanos = new AtomicLong(1_000);
    private final RateLimiter limiter = new RateLimiter(2, 5, 1_000, nanos::get);

    private long granted(String client, int attempts) {
        return IntStream.range(0, attempts).filter(unused -> limiter.tryAcquire(client)).count();
    }

    @Test
    void tryAcquire_burstUsedUp_refuses() {
        assertThat(granted("10.0.0.1", 8)).isEqualTo(5);
    }

    @Test
    void tryAcquire_afterWaiting_refillsAtRate() {
        granted("10.0.0.1", 5);

        nanos.addAndGet(Duration.ofMillis(1_500).toNanos());

        assertThat(granted("10.0.0.1", 5)).isEqualTo(3);
    }

    @Test
    void tryAcquire_longIdle_refillsOnlyUpToBurst() {
        granted("10.0.0.1", 5);

        nanos.addAndGet(Duration.ofHours(1).toNanos());

        assertThat(granted("10.0.0.1", 10)).isEqualTo(5);
    }

    @Test
    void tryAcquire_otherClient_hasItsOwnBucket() {
        granted("10.0.0.1", 5);

        assertThat(limiter.tryAcquire("10.0.0.2")).isTrue();
    }

    @Test
    void tryAcquire_manyDistinctClients_keepsAtMostMaxBuckets() {
        RateLimiter small = new RateLimiter(2, 5, 100, nanos::get);
        for (int client = 0; client < 10_000; client++) {
            small.tryAcquire("client-" + client);
        }

        assertThat(small.trackedClients()).isLessThanOrEqualTo(100);
    }

    @Test
    void tryAcquire_callsReadTheTickerOutOfOrder_neverRefuseAClientWithTokensLeft() {
        RateLimiter fast = new RateLimiter(1e9, 2, 1_000, nanos::get);
        nanos.set(1_000);
        assertThat(fast.tryAcquire("client")).isTrue();

        nanos.set(500); // a caller that read the ticker earlier takes its turn later

        assertThat(fast.tryAcquire("client")).isTrue();
    }
}
