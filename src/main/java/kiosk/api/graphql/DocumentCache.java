package kiosk.api.graphql;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.execution.preparsed.persisted.ApolloPersistedQuerySupport;
import graphql.execution.preparsed.persisted.PersistedQueryIdInvalid;
import graphql.execution.preparsed.persisted.PersistedQuerySupport;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Parses and validates each distinct document once: by its Apollo persisted-query hash when the
 * request carries one (see {@link PersistedQueries}), else by its text. Parsing and validating cost
 * more than executing most of Kiosk's queries, and front ends send the same few documents over and
 * over. Both caches are bounded by the bytes their documents keep (see {@link DocumentWeight}), so
 * junk documents cannot fill the heap, however large each is.
 */
final class DocumentCache implements PreparsedDocumentProvider {

    private final PersistedQuerySupport persisted;
    private final Cache<String, PreparsedDocumentEntry> byText;

    /**
     * @param maxBytes             the heap the documents kept by text may take, and as much for persisted ones
     * @param maxPersistedCharacters the longest query kept by its hash; longer ones run, but are not kept
     */
    DocumentCache(long maxBytes, int maxPersistedCharacters) {
        this.persisted = new VerifiedPersistedQueries(new PersistedQueries(maxBytes, maxPersistedCharacters));
        this.byText = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((String query, PreparsedDocumentEntry entry) -> DocumentWeight.parsed(query))
                .build();
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(
            ExecutionInput input, Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        return persisted.getDocumentAsync(input,
                withText -> byText.get(withText.getQuery(),
                        unused -> IncrementalDelivery.refused(
                                ParseLimits.coded(parseAndValidate.apply(withText), withText.getGraphQLContext()))));
    }

    /**
     * Apollo's protocol, checking the hash of a query sent with its text before looking the hash up:
     * graphql-java checks it only when the hash is unknown, so a known hash sent beside any other text
     * would run the query it stands for.
     */
    private static final class VerifiedPersistedQueries extends ApolloPersistedQuerySupport {

        VerifiedPersistedQueries(PersistedQueries cache) {
            super(cache);
        }

        @Override
        public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(
                ExecutionInput input, Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
            Optional<Object> hash = getPersistedQueryId(input);
            if (hash.isPresent() && PersistedQueries.hasText(input)
                    && persistedQueryIdIsInvalid(hash.get(), input.getQuery())) {
                return CompletableFuture.completedFuture(mkMissingError(new PersistedQueryIdInvalid(hash.get())));
            }
            return super.getDocumentAsync(input, parseAndValidate);
        }
    }
}
