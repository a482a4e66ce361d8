package kiosk.api.graphql;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.execution.preparsed.persisted.ApolloPersistedQuerySupport;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Parses and validates each distinct document once: by its Apollo persisted-query hash when the
 * request carries one (see {@link PersistedQueries}), else by its text. Parsing and validating cost
 * more than executing most of Kiosk's queries, and front ends send the same few documents over and
 * over. Both caches are bounded, so junk documents cannot fill the heap.
 */
final class DocumentCache implements PreparsedDocumentProvider {

    private final ApolloPersistedQuerySupport persisted;
    private final Cache<String, PreparsedDocumentEntry> byText;

    DocumentCache(long maxDocuments) {
        this.persisted = new ApolloPersistedQuerySupport(new PersistedQueries(maxDocuments));
        this.byText = Caffeine.newBuilder().maximumSize(maxDocuments).build();
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(
            ExecutionInput input, Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        return persisted.getDocumentAsync(input,
                withText -> byText.get(withText.getQuery(), unused -> parseAndValidate.apply(withText)));
    }
}
