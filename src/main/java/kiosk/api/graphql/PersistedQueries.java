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
 * Automatic persisted queries, parsed and validated, by their SHA-256 hash. Bounded: a client can
 * register any number of queries, so the least used ones are dropped, and a client that sends a
 * dropped hash is told {@code PersistedQueryNotFound} and sends the query again, as Apollo's
 * protocol has it. (graphql-java's own in-memory cache never forgets.)
 */
final class PersistedQueries implements PersistedQueryCache {

    private final Cache<Object, PreparsedDocumentEntry> documents;

    PersistedQueries(long maxQueries) {
        this.documents = Caffeine.newBuilder().maximumSize(maxQueries).build();
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getPersistedQueryDocumentAsync(
            Object hash, ExecutionInput input, PersistedQueryCacheMiss onCacheMiss) {
        return CompletableFuture.completedFuture(documents.get(hash, unknown -> {
            String query = input.getQuery();
            if (query.isBlank() || query.equals(PersistedQuerySupport.PERSISTED_QUERY_MARKER)) {
                throw new PersistedQueryNotFound(unknown);
            }
            return onCacheMiss.apply(query);
        }));
    }
}
