package kiosk.api.graphql;

import graphql.ExecutionResult;
import java.util.Set;

/**
 * The answer to one request.
 *
 * @param reusable whether the same request on the same snapshot gets this same answer: false when a
 *                 field read {@link LiveData}
 * @param tags     the {@link kiosk.catalog.CacheTags} of what the answer read of the snapshot: the same
 *                 request on a later snapshot gets the same answer unless its change sets name one
 */
public record GraphQlResult(ExecutionResult result, boolean reusable, Set<String> tags) {

    public GraphQlResult {
        tags = Set.copyOf(tags);
    }
}
