package kiosk.api.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import graphql.ExecutionResult;
import kiosk.api.graphql.GraphQlResult;

/**
 * A GraphQL answer as sent: its JSON bytes, and what the status code and caching headers depend on.
 *
 * @param dataPresent false for a request error (unparsable, invalid, over a limit), when no field ran
 * @param hasErrors   whether the answer holds any error
 * @param reusable    whether the same request on the same snapshot gets the same answer (see {@link GraphQlResult})
 */
record Answer(byte[] body, boolean dataPresent, boolean hasErrors, boolean reusable) {

    static Answer of(GraphQlResult executed, ObjectMapper json) throws JsonProcessingException {
        ExecutionResult result = executed.result();
        return new Answer(json.writeValueAsBytes(result.toSpecification()), result.isDataPresent(),
                !result.getErrors().isEmpty(), executed.reusable());
    }

    /** Whether a cache, the server's or a browser's, may keep this answer. */
    boolean cacheable() {
        return reusable && !hasErrors;
    }
}
