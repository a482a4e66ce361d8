package kiosk.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import kiosk.api.graphql.KioskGraphQl;
import kiosk.testing.SampleContent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Automatic persisted queries as Apollo's protocol has them: the hash alone, then the query once if unknown. */
class PersistedQueriesTest {

    private static final String QUERY = "query Latest { articles(first: 2) { nodes { slug } } }";

    private TestServer server;

    @BeforeEach
    void startServer() {
        server = TestServer.start(SampleContent.catalog());
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static String extensions(String hash) {
        return TestServer.json(Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash)));
    }

    private HttpResponse<String> getByHash(String hash) {
        return server.get("/graphql" + TestServer.queryString(Map.of("extensions", extensions(hash))),
                "Accept", "application/json");
    }

    @Test
    void get_unknownHashOnly_answersPersistedQueryNotFound() throws Exception {
        HttpResponse<String> response = getByHash(sha256(QUERY));

        JsonNode answer = TestServer.tree(response.body());
        assertEquals(200, response.statusCode());
        assertEquals("PersistedQueryNotFound", answer.at("/errors/0/message").asText());
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElseThrow());
    }

    @Test
    void get_hashOnlyAfterTheQueryWasSent_runsTheQuery() throws Exception {
        String hash = sha256(QUERY);
        HttpResponse<String> registered = server.get("/graphql" + TestServer.queryString(
                Map.of("query", QUERY, "extensions", extensions(hash))));
        assertEquals(200, registered.statusCode());

        HttpResponse<String> response = getByHash(hash);

        JsonNode answer = TestServer.tree(response.body());
        assertEquals(null, answer.get("errors"), answer::toString);
        assertEquals(2, answer.at("/data/articles/nodes").size());
        assertTrue(response.headers().firstValue("ETag").isPresent());
        assertEquals("public, max-age=60", response.headers().firstValue("Cache-Control").orElseThrow());
    }

    @Test
    void post_queryWithItsHash_registersItForGet() throws Exception {
        String hash = sha256(QUERY);
        server.post(TestServer.json(Map.of("query", QUERY,
                "extensions", Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash)))));

        JsonNode answer = TestServer.tree(getByHash(hash).body());

        assertEquals("hanshin-ace-posting-mlb", answer.at("/data/articles/nodes/0/slug").asText());
    }

    @Test
    void post_queryWithAnotherQuerysHash_isRejected() throws Exception {
        HttpResponse<String> response = server.post(TestServer.json(Map.of("query", QUERY,
                "extensions", Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", sha256("{ site { title } }"))))));

        assertEquals("PersistedQueryIdInvalid", TestServer.tree(response.body()).at("/errors/0/message").asText());
    }

    @Test
    void post_hashOfACachedQueryWithOtherText_runsNeitherAndSaysTheHashIsInvalid() throws Exception {
        String hash = sha256(QUERY);
        server.post(TestServer.json(Map.of("query", QUERY,
                "extensions", Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash)))));

        HttpResponse<String> response = server.post(TestServer.json(Map.of("query", "{ site { title } }",
                "extensions", Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash)))));

        JsonNode answer = TestServer.tree(response.body());
        assertEquals("PersistedQueryIdInvalid", answer.at("/errors/0/message").asText(), answer::toString);
        assertTrue(answer.path("data").isMissingNode(), answer::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"extensions\":{\"persistedQuery\":\"x\"}}",
            "{\"extensions\":{\"persistedQuery\":{\"version\":1}}}",
            "{\"extensions\":{\"persistedQuery\":{\"version\":1,\"sha256Hash\":5}}}",
            "{\"extensions\":{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"abc\"}}}",
            "{\"extensions\":{\"persistedQuery\":{\"version\":2,\"sha256Hash\":"
                    + "\"0000000000000000000000000000000000000000000000000000000000000000\"}}}",
            "{\"query\":\"{ site { title } }\",\"extensions\":{\"persistedQuery\":[1]}}"})
    void post_malformedPersistedQueryExtension_answers400SayingWhatItMustBe(String body) {
        HttpResponse<String> response = TestServer.sample().post(body, "Accept", "application/json");

        assertEquals(400, response.statusCode(), response::body);
        assertEquals("extensions.persistedQuery must be {\"version\": 1, \"sha256Hash\": \"<SHA-256 of the query,"
                + " 64 hex digits>\"}", TestServer.tree(response.body()).at("/errors/0/message").asText());
    }

    @Test
    void get_malformedPersistedQueryExtension_answers400() {
        HttpResponse<String> response = TestServer.sample().get("/graphql" + TestServer.queryString(
                Map.of("extensions", "{\"persistedQuery\":\"x\"}")), "Accept", "application/json");

        assertEquals(400, response.statusCode(), response::body);
    }

    @Test
    void post_queryOverThePersistedSize_runsButIsNotPersisted() throws Exception {
        StringBuilder query = new StringBuilder("query Big {");
        for (int i = 0; query.length() < KioskGraphQl.MAX_PERSISTED_QUERY_CHARACTERS; i++) {
            query.append(" t").append(i).append(": site { title }");
        }
        String big = query.append(" }").toString();
        String hash = sha256(big);

        JsonNode first = TestServer.tree(server.post(TestServer.json(Map.of("query", big,
                "extensions", Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash))))).body());
        JsonNode byHash = TestServer.tree(getByHash(hash).body());

        assertEquals(null, first.get("errors"), first::toString);
        assertEquals("週刊キオスク", first.at("/data/t0/title").asText());
        assertEquals("PersistedQueryNotFound", byHash.at("/errors/0/message").asText());
    }

    @Test
    void get_unknownHashWithGraphQlResponseJson_answers400() throws Exception {
        HttpResponse<String> response = server.get("/graphql" + TestServer.queryString(
                Map.of("extensions", extensions(sha256("{ tags { slug } }")))), "Accept", "application/graphql-response+json");

        assertEquals(400, response.statusCode());
    }
}
