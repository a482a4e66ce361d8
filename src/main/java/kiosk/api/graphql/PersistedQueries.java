package kiosk.api.graphql;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.persisted.PersistedQueryCache;
import graphql.execution.preparsed.persisted.PersistedQueryCacheMiss;
import graphql.execution.preparsed.persisted.PersistedQueryNotFound;
import graphql.execution.preparsed.persisted.PersistedQuerySupport;
import java.util.concurrent.CompletableFuture;

/**
 * Automatic persisted queries, parsed and validated, by their SHA-256 hash. Bounded by the bytes the
 * documents keep: a client can register any number of queries, so the least used ones are dropped,
 * and a client that sends a dropped hash is told {@code PersistedQueryNotFound} and sends the query
 * again, as Apollo's protocol has it. (graphql-java's own in-memory cache never forgets.) A query
 * longer than the persisted size runs but is not kept: persisting is for the short GET URLs of the
 * queries a front end sends again and again, not a store anyone may fill with large documents.
 */
final class PersistedQueries implements PersistedQueryCache {

    private final Cache<Object, Persisted> documents;
    private final int maxCharacters;

    /** A parsed document and its weight, which the weigher cannot tell from the document alone. */
    private record Persisted(PreparsedDocumentEntry entry, int weight) {
    }

    PersistedQueries(long maxBytes, int maxCharacters) {
        this.maxCharacters = maxCharacters;
        this.documents = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((Object hash, Persisted persisted) -> persisted.weight())
                .build();
    }

    /** Whether the request sent a query's text, not only its hash. */
    static boolean hasText(ExecutionInput input) {
        String query = input.getQuery();
        return !query.isBlank() && !query.equals(PersistedQuerySupport.PERSISTED_QUERY_MARKER);
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getPersistedQueryDocumentAsync(
            Object hash, ExecutionInput input, PersistedQueryCacheMiss onCacheMiss) {
        if (hasText(input) && input.getQuery().length() > maxCharacters) {
            return CompletableFuture.completedFuture(onCacheMiss.apply(input.getQuery()));
        }
        return CompletableFuture.completedFuture(documents.get(hash, unknown -> {
            if (!hasText(input)) {
                throw new PersistedQueryNotFound(unknown);
            }
            return new Persisted(onCacheMiss.apply(input.getQuery()), DocumentWeight.parsed(input.getQuery()));
        }).entry());
    }
}
