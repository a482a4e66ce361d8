package kiosk.api.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import java.util.concurrent.atomic.AtomicLong;
import kiosk.api.graphql.GraphQlRequest;
import kiosk.catalog.Catalog;

/**
 * Answers by snapshot and request. A catalog never changes, so the same request on the same catalog
 * always gets the same answer, and readers ask for the same article pages over and over: a repeated
 * request skips execution and serialization. Only answers without errors that read nothing but the
 * snapshot are kept. Bounded by the bytes of the answers and of the requests that key them; a bound
 * of 0 keeps none.
 *
 * <p>The cache never keeps a snapshot alive: answers are filed under a number given to each snapshot,
 * and the snapshots are known only weakly, so a reload frees the previous catalog once the requests
 * running on it finish. When a snapshot is collected, its answers, which nobody can ask for any more,
 * are dropped with it.
 */
final class AnswerCache {

    /** What an entry keeps beside the bytes of its answer and request: key, value and the cache's node. */
    private static final int ENTRY_OVERHEAD = 256;

    private final boolean enabled;
    private final Cache<Key, Answer> answers;
    /** The number each snapshot's answers are filed under; weak keys compare catalogs by identity. */
    private final Cache<Catalog, Long> snapshots;
    private final AtomicLong nextSnapshot = new AtomicLong();

    AnswerCache(long maxBytes) {
        this.enabled = maxBytes > 0;
        this.answers = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher(AnswerCache::weight)
                .build();
        this.snapshots = Caffeine.newBuilder()
                .weakKeys()
                .removalListener((Catalog catalog, Long snapshot, RemovalCause cause) ->
                        answers.asMap().keySet().removeIf(key -> key.snapshot() == snapshot))
                .build();
    }

    private record Key(long snapshot, GraphQlRequest request) {
    }

    /** The answer kept for {@code request} on {@code catalog}, or null. */
    Answer get(Catalog catalog, GraphQlRequest request) {
        Long snapshot = enabled ? snapshots.getIfPresent(catalog) : null;
        return snapshot == null ? null : answers.getIfPresent(new Key(snapshot, request));
    }

    /** Keeps {@code answer} if it may be reused. */
    void put(Catalog catalog, GraphQlRequest request, Answer answer) {
        if (enabled && answer.cacheable()) {
            answers.put(new Key(snapshots.get(catalog, unused -> nextSnapshot.incrementAndGet()), request), answer);
        }
    }

    /**
     * The bytes an entry keeps: its answer's, and its request's, whose text the key holds (two bytes
     * a character at most). Requests count too: a long query with a short answer would otherwise
     * weigh next to nothing, and a bound in answer bytes would keep gigabytes of query text.
     */
    private static int weight(Key key, Answer answer) {
        GraphQlRequest request = key.request();
        long characters = length(request.query()) + length(request.operationName())
                + (request.variables().isEmpty() ? 0 : request.variables().toString().length())
                + (request.extensions().isEmpty() ? 0 : request.extensions().toString().length());
        return (int) Math.min(Integer.MAX_VALUE, ENTRY_OVERHEAD + answer.body().length + 2 * characters);
    }

    private static int length(String text) {
        return text == null ? 0 : text.length();
    }
}
