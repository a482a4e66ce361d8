package kiosk.api.graphql;

import java.util.Map;

/**
 * One GraphQL request as the GraphQL-over-HTTP specification defines it.
 *
 * @param query         the document, or null when a persisted query's hash in {@code extensions} stands for it
 * @param operationName which operation of the document to run, or null when it holds one
 * @param variables     variable values, empty when none
 * @param extensions    protocol extensions such as Apollo's {@code persistedQuery}, empty when none
 */
public record GraphQlRequest(String query, String operationName, Map<String, Object> variables,
                             Map<String, Object> extensions) {

    public GraphQlRequest {
        variables = variables == null ? Map.of() : variables;
        extensions = extensions == null ? Map.of() : extensions;
    }
}
