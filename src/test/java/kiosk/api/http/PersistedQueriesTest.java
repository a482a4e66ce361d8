package kiosk.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import kiosk.testing.SampleContent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

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
    void get_unknownHashWithGraphQlResponseJson_answers400() throws Exception {
        HttpResponse<String> response = server.get("/graphql" + TestServer.queryString(
                Map.of("extensions", extensions(sha256("{ tags { slug } }")))), "Accept", "application/graphql-response+json");

        assertEquals(400, response.statusCode());
    }
}
