package kiosk.api.graphql;

import graphql.ExecutionResult;

/**
 * The answer to one request.
 *
 * @param reusable whether the same request on the same snapshot gets this same answer: false when a
 *                 field read {@link LiveData}
 */
public record GraphQlResult(ExecutionResult result, boolean reusable) {
}
