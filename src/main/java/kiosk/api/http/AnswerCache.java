package kiosk.api.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import kiosk.api.graphql.GraphQlRequest;
import kiosk.catalog.Catalog;

/**
 * Answers by snapshot and request. A catalog never changes, so the same request on the same catalog
 * always gets the same answer, and readers ask for the same article pages over and over: a repeated
 * request skips execution and serialization. Keys hold the catalog itself (compared by identity), so
 * a new snapshot starts with no answers and the old snapshot's age out. Only answers without errors
 * that read nothing but the snapshot are kept. Bounded by the bytes of the answers; a bound of 0
 * keeps none.
 */
final class AnswerCache {

    private final Cache<Key, Answer> answers;
    private final boolean enabled;

    AnswerCache(long maxBytes) {
        this.enabled = maxBytes > 0;
        this.answers = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((Key key, Answer answer) -> answer.body().length)
                .build();
    }

    private record Key(Catalog catalog, GraphQlRequest request) {
    }

    /** The answer kept for {@code request} on {@code catalog}, or null. */
    Answer get(Catalog catalog, GraphQlRequest request) {
        return enabled ? answers.getIfPresent(new Key(catalog, request)) : null;
    }

    /** Keeps {@code answer} if it may be reused. */
    void put(Catalog catalog, GraphQlRequest request, Answer answer) {
        if (enabled && answer.cacheable()) {
            answers.put(new Key(catalog, request), answer);
        }
    }
}
