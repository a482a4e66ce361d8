package kiosk.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code @defer} and {@code @stream} are not served (Kiosk answers one JSON document, never
 * {@code multipart/mixed}), so they are neither advertised nor silently ignored: introspection does
 * not list them and a document that uses them fails validation, as with any unknown directive.
 */
class DeferNotAdvertisedTest {

    private static final TestServer server = TestServer.sample();

    @Test
    void introspection_listsNoIncrementalDirectives() {
        JsonNode directives = server.data("{ __schema { directives { name } } }").at("/__schema/directives");

        List<String> names = new ArrayList<>();
        directives.forEach(directive -> names.add(directive.get("name").asText()));
        assertThat(names).contains("include", "skip", "deprecated", "specifiedBy", "oneOf")
                .doesNotContain("defer", "stream");
    }

    @Test
    void documentUsingDefer_failsValidation_withoutData() {
        JsonNode answer = server.graphQl("{ site { title } ... @defer { articles(first: 1) { totalCount } } }");

        assertThat(answer.has("data")).as(answer.toString()).isFalse();
        assertThat(answer.at("/errors/0/extensions/code").asText()).isEqualTo("GRAPHQL_VALIDATION_FAILED");
        assertThat(answer.at("/errors/0/message").asText()).contains("@defer");
    }

    @Test
    void deferInsideAFragment_failsValidationToo() {
        JsonNode answer = server.graphQl("query { site { ...S } } fragment S on Site { title ... @defer(label: \"x\") { revision } }");

        assertThat(answer.at("/errors/0/extensions/code").asText()).as(answer.toString()).isEqualTo("GRAPHQL_VALIDATION_FAILED");
    }
}
