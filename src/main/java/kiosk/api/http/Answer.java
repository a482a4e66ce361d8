package kiosk.api.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import graphql.ExecutionResult;

/**
 * A GraphQL answer as sent: its JSON bytes, and what the status code and caching headers depend on.
 *
 * @param dataPresent false for a request error (unparsable, invalid, over a limit), when no field ran
 * @param hasErrors   whether the answer holds any error
 */
record Answer(byte[] body, boolean dataPresent, boolean hasErrors) {

    static Answer of(ExecutionResult result, ObjectMapper json) throws JsonProcessingException {
        return new Answer(json.writeValueAsBytes(result.toSpecification()), result.isDataPresent(),
                !result.getErrors().isEmpty());
    }
}
