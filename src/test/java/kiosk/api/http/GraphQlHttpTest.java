package kiosk.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import kiosk.testing.SampleContent;
import org.junit.jupiter.api.Test;

/** GraphQL over HTTP: media types, Accept negotiation, status codes, GET for queries, caching headers. */
class GraphQlHttpTest {

    private static final String QUERY = "{ article(slug: \"us-china-chip-export-talks\") { title } }";
    private static final String RESPONSE_JSON = "application/graphql-response+json";
    private static final String JSON = "application/json";

    private static final TestServer server = TestServer.sample();

    private static String body(String query) {
        return TestServer.json(Map.of("query", query));
    }

    private static String get(String query) {
        return "/graphql" + TestServer.queryString(Map.of("query", query));
    }

    @Test
    void post_acceptsGraphQlResponseJson_answersInThatType() {
        HttpResponse<String> response = server.post(body(QUERY), "Accept", "application/graphql-response+json");

        assertEquals(200, response.statusCode());
        assertEquals(RESPONSE_JSON, mediaType(response));
        assertEquals("米中、半導体輸出規制で新たな協議枠組み　日本は「蚊帳の外」を警戒",
                TestServer.tree(response.body()).at("/data/article/title").asText());
    }

    @Test
    void post_noAcceptHeader_answersJson() {
        HttpResponse<String> response = server.post(body(QUERY));

        assertEquals(200, response.statusCode());
        assertEquals(JSON, mediaType(response));
    }

    @Test
    void post_acceptListsBothWithQualities_answersTheHigherOne() {
        HttpResponse<String> response = server.post(body(QUERY),
                "Accept", "application/graphql-response+json;q=0.5, application/json");

        assertEquals(JSON, mediaType(response));
    }

    @Test
    void post_acceptsNeitherType_answers406() {
        HttpResponse<String> response = server.post(body(QUERY), "Accept", "text/html");

        assertEquals(406, response.statusCode());
        assertTrue(errorMessage(response).contains("application/graphql-response+json"));
    }

    @Test
    void post_notJsonContentType_answers415() {
        HttpResponse<String> response = server.send(HttpRequest.newBuilder(server.uri("/graphql"))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(QUERY)));

        assertEquals(415, response.statusCode());
    }

    @Test
    void post_malformedJson_answers400WithMessage() {
        HttpResponse<String> response = server.post("{\"query\": ", "Accept", "application/graphql-response+json");

        assertEquals(400, response.statusCode());
        assertEquals("the request body is not valid JSON", errorMessage(response));
    }

    @Test
    void post_noQuery_answers400() {
        HttpResponse<String> response = server.post("{\"variables\": {}}");

        assertEquals(400, response.statusCode());
        assertEquals("the request has no query", errorMessage(response));
    }

    @Test
    void post_variablesNotAnObject_answers400() {
        HttpResponse<String> response = server.post("{\"query\": \"{ site { title } }\", \"variables\": [1]}");

        assertEquals(400, response.statusCode());
        assertEquals("variables must be a JSON object", errorMessage(response));
    }

    @Test
    void post_syntaxErrorWithGraphQlResponseJson_answers400WithoutData() {
        HttpResponse<String> response = server.post(body("{ article(slug: "), "Accept", "application/graphql-response+json");

        assertEquals(400, response.statusCode());
        JsonNode answer = TestServer.tree(response.body());
        assertFalse(answer.has("data"));
        assertTrue(answer.at("/errors/0/message").asText().contains("Invalid syntax"), answer::toString);
    }

    @Test
    void post_syntaxErrorWithJson_answers200AsOlderClientsExpect() {
        HttpResponse<String> response = server.post(body("{ article(slug: "), "Accept", "application/json");

        assertEquals(200, response.statusCode());
        assertTrue(TestServer.tree(response.body()).has("errors"));
    }

    @Test
    void post_unknownField_answers400WithValidationError() {
        HttpResponse<String> response = server.post(body("{ nonsense }"), "Accept", "application/graphql-response+json");

        assertEquals(400, response.statusCode());
        assertTrue(errorMessage(response).contains("nonsense"));
    }

    @Test
    void post_fieldError_answers200WithDataAndError() {
        HttpResponse<String> response = server.post(body("{ articles(first: 1000) { totalCount } site { title } }"),
                "Accept", "application/graphql-response+json");

        assertEquals(200, response.statusCode());
        JsonNode answer = TestServer.tree(response.body());
        assertTrue(answer.at("/data/articles").isNull(), "the failed field is null");
        assertEquals("週刊キオスク", answer.at("/data/site/title").asText(),
                "articles is nullable, so its error leaves the rest of the data");
        assertEquals("BAD_USER_INPUT", answer.at("/errors/0/extensions/code").asText());
    }

    @Test
    void post_answer_carriesContentRevision() {
        HttpResponse<String> response = server.post(body(QUERY));

        assertEquals(SampleContent.catalog().revision(),
                response.headers().firstValue("X-Content-Revision").orElseThrow());
    }

    @Test
    void post_operationName_runsThatOperation() {
        String document = "query A { site { title } } query B { latestIssue { slug } }";
        JsonNode answer = TestServer.tree(server.post(TestServer.json(Map.of("query", document, "operationName", "B"))).body());

        assertEquals("2026-11-24", answer.at("/data/latestIssue/slug").asText());
        assertFalse(answer.get("data").has("site"));
    }

    @Test
    void get_query_answersWithEtagAndCacheControl() {
        HttpResponse<String> response = server.get(get(QUERY), "Accept", "application/graphql-response+json");

        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("ETag").orElseThrow().matches("\"[A-Za-z0-9_-]+\""));
        assertEquals("public, max-age=60", response.headers().firstValue("Cache-Control").orElseThrow());
        assertEquals("Accept, X-Preview-Token, Cookie, X-Content-Ref", response.headers().firstValue("Vary").orElseThrow());
    }

    @Test
    void get_repeatedWithIfNoneMatch_answers304WithoutBody() {
        String etag = server.get(get(QUERY)).headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> repeated = server.get(get(QUERY), "If-None-Match", etag);

        assertEquals(304, repeated.statusCode());
        assertEquals("", repeated.body());
        assertEquals(etag, repeated.headers().firstValue("ETag").orElseThrow());
    }

    @Test
    void get_ifNoneMatchOfAnotherAnswer_answers200() {
        HttpResponse<String> response = server.get(get(QUERY), "If-None-Match", "\"something-else\"");

        assertEquals(200, response.statusCode());
    }

    @Test
    void get_variablesAsJson_areUsed() {
        String uri = "/graphql" + TestServer.queryString(Map.of(
                "query", "query($slug: String!) { article(slug: $slug) { slug } }",
                "variables", "{\"slug\": \"yen-slides-to-162\"}"));

        JsonNode answer = TestServer.tree(server.get(uri).body());

        assertEquals("yen-slides-to-162", answer.at("/data/article/slug").asText());
    }

    @Test
    void get_mutation_answers405WithAllowPost() {
        HttpResponse<String> response = server.get(get("mutation { publish }"), "Accept", "application/graphql-response+json");

        assertEquals(405, response.statusCode());
        assertEquals("POST", response.headers().firstValue("Allow").orElseThrow());
    }

    @Test
    void post_mutation_answersValidationErrorAsTheSchemaHasNone() {
        HttpResponse<String> response = server.post(body("mutation { publish }"), "Accept", "application/graphql-response+json");

        assertEquals(400, response.statusCode());
    }

    @Test
    void get_contentStatus_isNeitherCachedNorReused() {
        HttpResponse<String> response = server.get(get("{ contentStatus { status revision } }"));

        assertEquals(200, response.statusCode());
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElseThrow());
        assertEquals("OK", TestServer.tree(response.body()).at("/data/contentStatus/status").asText());
    }

    @Test
    void get_answerWithErrors_isNotCached() {
        HttpResponse<String> response = server.get(get("{ articles(first: -1) { totalCount } }"));

        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElseThrow());
    }

    @Test
    void get_noQuery_answers400() {
        assertEquals(400, server.get("/graphql").statusCode());
    }

    @Test
    void put_graphql_answers405() {
        HttpResponse<String> response = server.send(HttpRequest.newBuilder(server.uri("/graphql"))
                .PUT(HttpRequest.BodyPublishers.ofString(body(QUERY))));

        assertEquals(405, response.statusCode());
    }

    @Test
    void health_answersStatusAndRevision() {
        HttpResponse<String> response = server.get("/health");

        JsonNode health = TestServer.tree(response.body());
        assertEquals(200, response.statusCode());
        assertEquals("ok", health.get("status").asText());
        assertEquals(SampleContent.catalog().revision(), health.get("revision").asText());
    }

    @Test
    void introspection_graphiqlsQuery_passesTheLimits() throws Exception {
        String query = new String(GraphQlHttpTest.class.getResourceAsStream("graphiql-introspection.graphql").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);

        JsonNode answer = server.graphQl(query);

        assertEquals(null, answer.get("errors"), answer::toString);
        List<String> types = answer.at("/data/__schema/types").findValuesAsText("name");
        assertTrue(types.containsAll(List.of("Article", "ArticleConnection", "DateTime")));
    }

    @Test
    void schema_everyTypeAndField_hasADescription() {
        JsonNode types = server.data("""
                { __schema { types { name description fields { name description } inputFields { name description } } } }
                """).at("/__schema/types");

        for (JsonNode type : types) {
            if (type.get("name").asText().startsWith("__") || List.of("String", "Int", "Boolean", "Float", "ID")
                    .contains(type.get("name").asText())) {
                continue;
            }
            assertFalse(type.get("description").isNull(), type.get("name") + " has no description");
            for (String list : List.of("fields", "inputFields")) {
                for (JsonNode field : type.path(list)) {
                    assertNotNull(field.get("description").textValue(), type.get("name") + "." + field.get("name"));
                }
            }
        }
    }

    private static String mediaType(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Type").orElseThrow().split(";")[0];
    }

    private static String errorMessage(HttpResponse<String> response) {
        return TestServer.tree(response.body()).at("/errors/0/message").asText();
    }
}
