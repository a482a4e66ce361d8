package kiosk.ranking;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.Objects;

/**
 * A token bucket per client key (an IP address, say), so one client cannot skew the ranking or fill the
 * disk, or guess a secret by trying: each key may take {@code burst} at once and {@code perSecond} a
 * second after that.
 *
 * <p>Memory is bounded: at most {@code maxClients} buckets are kept, least recently used ones are
 * dropped first, and a bucket idle long enough to be full again is dropped since a new one is the same.
 * A dropped client starts again with a full bucket, so a flood of distinct keys only gets each key its
 * burst.
 */
public final class RateLimiter {

    private final double perNano;
    private final int burst;
    private final Ticker ticker;
    private final Cache<String, Bucket> buckets;

    /** Tokens left and when they were counted; a key's calls take turns on it. */
    private static final class Bucket {
        private double tokens;
        private long countedAt;

        Bucket(int burst, long now) {
            this.tokens = burst;
            this.countedAt = now;
        }

        synchronized boolean tryTake(long now, double perNano, int burst) {
            if (!hasToken(now, perNano, burst)) {
                return false;
            }
            tokens -= 1;
            return true;
        }

        synchronized boolean hasToken(long now, double perNano, int burst) {
            // Callers read the ticker before taking turns here, so a later caller may come first:
            // time never runs back for a bucket.
            tokens = Math.min(burst, tokens + Math.max(0, now - countedAt) * perNano);
            countedAt = Math.max(countedAt, now);
            return tokens >= 1;
        }
    }

    public RateLimiter(double perSecond, int burst, long maxClients) {
        this(perSecond, burst, maxClients, Ticker.systemTicker());
    }

    /** With a fake ticker, tests move time without sleeping. */
    RateLimiter(double perSecond, int burst, long maxClients, Ticker ticker) {
        if (!(perSecond > 0) || burst < 1 || maxClients < 1) {
            throw new IllegalArgumentException("perSecond, burst and maxClients must be positive");
        }
        this.perNano = perSecond / 1e9;
        this.burst = burst;
        this.ticker = Objects.requireNonNull(ticker, "ticker");
        this.buckets = Caffeine.newBuilder()
                .maximumSize(maxClients)
                .expireAfterAccess(Duration.ofNanos((long) Math.ceil(burst / perNano)))
                .ticker(ticker)
                .build();
    }

    /** Buckets kept now (after pending evictions): at most {@code maxClients}. */
    public long trackedClients() {
        buckets.cleanUp();
        return buckets.estimatedSize();
    }

    /**
     * Whether the client has nothing left to take, without taking anything: for limits that count
     * only some requests (wrong guesses), but refuse every request of a client over its limit.
     */
    public boolean exhausted(String clientKey) {
        Bucket bucket = buckets.getIfPresent(clientKey);
        return bucket != null && !bucket.hasToken(ticker.read(), perNano, burst);
    }

    /** Takes one token from the client's bucket; false means refuse the request (HTTP 429). */
    public boolean tryAcquire(String clientKey) {
        long now = ticker.read();
        return buckets.get(clientKey, unused -> new Bucket(burst, now)).tryTake(now, perNano, burst);
    }
}
