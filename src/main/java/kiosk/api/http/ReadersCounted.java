package kiosk.api.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;

/**
 * Which reader (client address) viewed which article in which hour, so that each counts once: a
 * reader who reloads a page, or a script that posts its view a thousand times, adds one view an hour
 * to an article. An article's hourly count is then the number of distinct addresses that read it, and
 * N addresses add at most N views an hour to any article, whatever they send. Kept in memory, per
 * server: a replica of several behind a load balancer counts a reader once each.
 *
 * <p>Bounded: each pair is kept as a 64-bit hash for the hour; past {@value #MAX_PAIRS} pairs an hour
 * the oldest are forgotten, so a flood of distinct addresses may count some of them again, within
 * their rate limit.
 */
final class ReadersCounted {

    private static final long MAX_PAIRS = 200_000;
    private static final long HOUR_SECONDS = Duration.ofHours(1).toSeconds();

    private final Cache<Long, Boolean> counted = Caffeine.newBuilder()
            .maximumSize(MAX_PAIRS)
            .expireAfterWrite(Duration.ofHours(1))
            .build();

    /** Whether this is the reader's first view of the article in the hour of {@code at}; marks it counted. */
    boolean first(String reader, String slug, Instant at) {
        return counted.asMap().putIfAbsent(key(reader, slug, at), Boolean.TRUE) == null;
    }

    /** Forgets a view that could not be stored, so the reader's next one counts. */
    void forget(String reader, String slug, Instant at) {
        counted.invalidate(key(reader, slug, at));
    }

    private static long key(String reader, String slug, Instant at) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((at.getEpochSecond() / HOUR_SECONDS + "\0" + reader
                    + "\0" + slug).getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
