package kiosk.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import kiosk.api.graphql.ErrorCode;
import kiosk.api.graphql.QueryLimits;
import kiosk.testing.SampleContent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The error contract: every error the API answers, whatever failed (the HTTP request, parsing,
 * validation, a limit, a field), carries {@code extensions.code} from {@link ErrorCode}, and limit
 * errors say which limit in {@code extensions.limit}.
 */
class ErrorContractTest {

    private static final TestServer server = TestServer.sample();

    static Stream<Arguments> failingRequests() {
        return Stream.of(
                Arguments.of("{ articles(first: 2 }", "GRAPHQL_PARSE_FAILED", null),
                Arguments.of("{ nonsense }", "GRAPHQL_VALIDATION_FAILED", null),
                Arguments.of("{ articles(first: \"two\") { totalCount } }", "GRAPHQL_VALIDATION_FAILED", null),
                Arguments.of("{ articles(after: \"not-a-cursor\") { totalCount } }", "BAD_USER_INPUT", null),
                Arguments.of("{ articles(first: 101) { totalCount } }", "BAD_USER_INPUT", "PAGE_SIZE"),
                Arguments.of("{ contentStatus { problems { file } } }", "FORBIDDEN", null),
                Arguments.of(QueryLimitsTest.nested(5), "LIMIT_EXCEEDED", "DEPTH"),
                Arguments.of("{ articles(first: 100) { nodes { related(first: 50) { tags { articles(first: 100) {"
                        + " nodes { slug } } } } } } }", "LIMIT_EXCEEDED", "COMPLEXITY"),
                Arguments.of("{ site { " + "a ".repeat(6_000) + "} }", "LIMIT_EXCEEDED", "QUERY_TOKENS"),
                Arguments.of("{ site { title } }" + " ".repeat(20_001), "LIMIT_EXCEEDED", "QUERY_CHARACTERS"));
    }

    @ParameterizedTest(name = "{1} {2}")
    @MethodSource("failingRequests")
    void request_thatFails_carriesItsCodeAndLimit(String query, String code, String limit) {
        JsonNode answer = server.graphQl(query);

        JsonNode error = answer.at("/errors/0");
        assertThat(error.at("/extensions/code").asText()).as(answer.toString()).isEqualTo(code);
        if (limit != null) {
            assertThat(error.at("/extensions/limit").asText()).as(answer.toString()).isEqualTo(limit);
            assertThat(error.at("/extensions/max").isInt()).as(answer.toString()).isTrue();
        } else {
            assertThat(error.at("/extensions").has("limit")).as(answer.toString()).isFalse();
        }
    }

    @Test
    void variables_ofTheWrongType_areBadUserInput() {
        JsonNode answer = server.graphQl("query($n: Int) { articles(first: $n) { totalCount } }", Map.of("n", "two"));

        assertThat(answer.at("/errors/0/extensions/code").asText()).as(answer.toString()).isEqualTo("BAD_USER_INPUT");
    }

    @Test
    void badCursor_nullsOnlyItsList_theRestOfThePageAnswers() {
        JsonNode answer = server.graphQl("{ articles(after: \"not-a-cursor\") { totalCount } site { title }"
                + " latest: articles(first: 1) { nodes { slug } } }");

        assertThat(answer.at("/data/articles").isNull()).as(answer.toString()).isTrue();
        assertThat(answer.at("/data/site/title").asText()).isNotEmpty();
        assertThat(answer.at("/data/latest/nodes")).hasSize(1);
        assertThat(answer.at("/errors/0/path/0").asText()).isEqualTo("articles");
    }

    @Test
    void badSearchCursorAndRankingSize_nullOnlyTheirFields() {
        JsonNode answer = server.graphQl("{ search(query: \"円\", after: \"x\") { totalCount }"
                + " ranking(first: 500) { rank } site { title } }");

        assertThat(answer.at("/data/search").isNull()).isTrue();
        assertThat(answer.at("/data/ranking").isNull()).isTrue();
        assertThat(answer.at("/data/site/title").asText()).isNotEmpty();
        assertThat(answer.get("errors")).hasSize(2);
    }

    @Test
    void persistedQuery_unknownHash_isPersistedQueryNotFound_withApollosMessage() {
        JsonNode answer = TestServer.tree(server.post("{\"extensions\":{\"persistedQuery\":{\"version\":1,"
                + "\"sha256Hash\":\"" + "ab".repeat(32) + "\"}}}").body());

        assertThat(answer.at("/errors/0/message").asText()).isEqualTo("PersistedQueryNotFound");
        assertThat(answer.at("/errors/0/extensions/code").asText()).isEqualTo("PERSISTED_QUERY_NOT_FOUND");
    }

    @Test
    void persistedQuery_withAnotherQuerysHash_isBadRequest() {
        JsonNode answer = TestServer.tree(server.post("{\"query\":\"{ site { title } }\",\"extensions\":"
                + "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + "cd".repeat(32) + "\"}}}").body());

        assertThat(answer.at("/errors/0/message").asText()).isEqualTo("PersistedQueryIdInvalid");
        assertThat(answer.at("/errors/0/extensions/code").asText()).isEqualTo("BAD_REQUEST");
    }

    static Stream<Arguments> badHttpRequests() {
        return Stream.of(
                Arguments.of("POST", "application/json", "not json", "application/json", 400, "BAD_REQUEST", null),
                Arguments.of("POST", "text/plain", "{}", "application/json", 415, "BAD_REQUEST", null),
                Arguments.of("POST", "application/json", "{}", "application/json", 400, "BAD_REQUEST", null),
                Arguments.of("POST", "application/json", "{\"query\":\"{ site { title } }\"}", "text/html", 406,
                        "BAD_REQUEST", null),
                Arguments.of("GET", null, "mutation { x }", "application/json", 405, "BAD_REQUEST", null),
                Arguments.of("POST", "application/json", "{\"query\":\"" + "x".repeat(70_000) + "\"}",
                        "application/json", 413, "LIMIT_EXCEEDED", "REQUEST_BYTES"));
    }

    @ParameterizedTest(name = "{4} {5}")
    @MethodSource("badHttpRequests")
    void httpRequest_thatIsMalformed_carriesACode(String method, String contentType, String body, String accept,
                                                   int status, String code, String limit) {
        HttpRequest.Builder request = method.equals("GET")
                ? HttpRequest.newBuilder(server.uri("/graphql" + TestServer.queryString(Map.of("query", body)))).GET()
                : HttpRequest.newBuilder(server.uri("/graphql")).header("Content-Type", contentType)
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        HttpResponse<String> response = server.send(request.header("Accept", accept));

        assertThat(response.statusCode()).isEqualTo(status);
        JsonNode answer = TestServer.tree(response.body());
        assertThat(answer.at("/errors/0/extensions/code").asText()).as(response.body()).isEqualTo(code);
        if (limit != null) {
            assertThat(answer.at("/errors/0/extensions/limit").asText()).isEqualTo(limit);
        }
    }

    @Test
    void previewToken_thatIsWrong_isUnauthenticated() {
        HttpResponse<String> response = server.get("/graphql?query=%7Bsite%7Btitle%7D%7D",
                "X-Preview-Token", "wrong", "Accept", "application/json");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(TestServer.tree(response.body()).at("/errors/0/extensions/code").asText()).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void resultAndAnswerSizeLimits_keepTheirReleasedCodes_andNameTheLimit() {
        QueryLimits small = new QueryLimits(20_000, 5_000, 15, 10_000, 100, 50, 8 << 20);
        try (TestServer limited = TestServer.start(SampleContent.catalog(), ServerOptions.defaults(0)
                .withLimits(small))) {
            JsonNode answer = limited.graphQl("{ articles(first: 100) { nodes { slug title } } }");

            assertThat(answer.at("/errors/0/extensions/code").asText()).isEqualTo("RESULT_TOO_LARGE");
            assertThat(answer.at("/errors/0/extensions/limit").asText()).isEqualTo("RESULT_NODES");
            assertThat(answer.at("/errors/0/extensions/max").asInt()).isEqualTo(50);
        }
        QueryLimits tiny = new QueryLimits(20_000, 5_000, 15, 10_000, 100, 50_000, 2_000);
        try (TestServer limited = TestServer.start(SampleContent.catalog(), ServerOptions.defaults(0).withLimits(tiny))) {
            JsonNode answer = limited.graphQl("{ articles(first: 20) { nodes { bodyHtml } } }");

            assertThat(answer.at("/errors/0/extensions/code").asText()).isEqualTo("ANSWER_TOO_LARGE");
            assertThat(answer.at("/errors/0/extensions/limit").asText()).isEqualTo("ANSWER_BYTES");
        }
    }

    @Test
    void everyCodeTheseRequestsAnswer_isInTheDocumentedList() {
        Set<String> documented = new HashSet<>();
        for (ErrorCode code : ErrorCode.values()) {
            documented.add(code.name());
        }
        failingRequests().forEach(arguments -> {
            JsonNode answer = server.graphQl((String) arguments.get()[0]);
            answer.get("errors").forEach(error ->
                    assertThat(documented).contains(error.at("/extensions/code").asText()));
        });
    }

    @Test
    void theCodes_areInTheServedSchema_forCodegen() {
        JsonNode type = server.data("{ __type(name: \"ErrorCode\") { enumValues { name } } }").at("/__type/enumValues");

        Set<String> served = new HashSet<>();
        type.forEach(value -> served.add(value.get("name").asText()));
        assertThat(served).hasSize(ErrorCode.values().length).contains("NOT_FOUND", "LIMIT_EXCEEDED");
    }
}
