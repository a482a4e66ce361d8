package kiosk.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import kiosk.testing.RawHttp;
import org.junit.jupiter.api.Test;

/** Every limit rejects what exceeds it with a GraphQL error that names the limit. */
class QueryLimitsTest {

    private static final TestServer server = TestServer.sample();

    private static String firstError(JsonNode answer) {
        return answer.at("/errors/0/message").asText();
    }

    /** {@code depth} levels of article to section to article, one item each, so only the depth is large. */
    static String nested(int levels) {
        StringBuilder query = new StringBuilder("{ article(slug: \"yen-slides-to-162\") {");
        for (int i = 0; i < levels; i++) {
            query.append(" section { articles(first: 1) { nodes {");
        }
        query.append(" slug");
        query.append(" } } }".repeat(levels));
        return query.append(" } }").toString();
    }

    @Test
    void query_tooDeep_isRejectedNamingTheDepth() {
        JsonNode answer = server.graphQl(nested(5));

        assertEquals("maximum query depth exceeded 17 > 15", firstError(answer));
        assertFalse(answer.has("data"));
    }

    @Test
    void query_justWithinTheDepth_runs() {
        JsonNode answer = server.graphQl(nested(4));

        assertEquals(null, answer.get("errors"), answer::toString);
    }

    @Test
    void query_tooComplex_isRejectedNamingTheComplexity() {
        JsonNode answer = server.graphQl("""
                { articles(first: 100) { nodes { related(first: 50) { tags { articles(first: 100) { nodes { slug } } } } } } }
                """);

        assertTrue(firstError(answer).startsWith("maximum query complexity exceeded"), answer::toString);
        assertTrue(firstError(answer).endsWith("> 10000"), answer::toString);
        assertFalse(answer.has("data"));
    }

    @Test
    void query_manyAliasedSearches_isTooComplex() {
        StringBuilder query = new StringBuilder("{");
        for (int i = 0; i < 200; i++) {
            query.append(" s").append(i).append(": search(query: \"半導体\", first: 1) { totalCount }");
        }
        JsonNode answer = server.graphQl(query.append(" }").toString());

        assertTrue(firstError(answer).startsWith("maximum query complexity exceeded"), answer::toString);
    }

    @Test
    void query_pageOf100CardsWithAuthorsAndTags_isWithinTheComplexity() {
        JsonNode answer = server.graphQl("""
                { articles(first: 100) { totalCount pageInfo { hasNextPage endCursor }
                  edges { cursor node { slug title summary date url breaking readingTimeMinutes
                    section { slug name } authors { slug name } tags { slug name } image { src alt } } } } }
                """);

        assertEquals(null, answer.get("errors"), answer::toString);
    }

    @Test
    void post_bodyOverTheSizeLimit_answers413WithGraphQlError() {
        String padding = " ".repeat(70 * 1024);
        HttpResponse<String> response = server.post(TestServer.json(Map.of("query", "{ site { title } }" + padding)),
                "Accept", "application/graphql-response+json");

        assertEquals(413, response.statusCode());
        assertEquals("the request body is larger than 65536 bytes", firstError(TestServer.tree(response.body())));
    }

    /**
     * The server answers 413 before reading a body it will not take. Closing the connection with the body
     * still arriving made the kernel reset it, and a client still writing (the JDK's HttpClient, curl)
     * then lost the answer: "header parser received no bytes", twice in full runs. The refused body is
     * read and thrown away instead, so the connection ends cleanly, and even stays open for the next request.
     */
    @Test
    void post_bodyOverTheSizeLimit_isReadToItsEnd_andTheConnectionServesTheNextRequest() throws IOException {
        byte[] body = TestServer.json(Map.of("query", "{ site { title } }" + " ".repeat(200 * 1024)))
                .getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket("localhost", server.uri("/").getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            assertTrue(RawHttp.response(in).startsWith("HTTP/1.1 413 "));

            out.write("GET /health HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            assertTrue(RawHttp.response(in).startsWith("HTTP/1.1 200 "));
        }
    }

    @Test
    void query_overTheCharacterLimit_isRejectedWhileParsing() {
        String query = "{ site { title } }" + "#".repeat(25_000);

        JsonNode answer = server.graphQl(query);

        assertTrue(firstError(answer).startsWith("More than 20,000 characters"), answer::toString);
    }

    @Test
    void query_overTheTokenLimit_isRejectedWhileParsing() {
        String query = "{ site { " + "a ".repeat(6_000) + "} }";

        JsonNode answer = server.graphQl(query);

        assertTrue(firstError(answer).contains("More than 5,000"), answer::toString);
    }

    @Test
    void articles_firstOver100_isRejectedNamingTheLimit() {
        JsonNode answer = server.graphQl("{ articles(first: 101) { totalCount } }");

        assertEquals("first must be between 0 and 100, was 101", firstError(answer));
        assertEquals("BAD_USER_INPUT", answer.at("/errors/0/extensions/code").asText());
        assertEquals("articles", answer.at("/errors/0/path/0").asText());
    }

    @Test
    void related_firstOver100_isRejected() {
        JsonNode answer = server.graphQl("{ article(slug: \"yen-slides-to-162\") { related(first: 500) { slug } } }");

        assertEquals("first must be between 0 and 100, was 500", firstError(answer));
    }

    @Test
    void section_lastNegative_isRejected() {
        JsonNode answer = server.graphQl("{ section(slug: \"world\") { articles(last: -1) { totalCount } } }");

        assertEquals("last must be between 0 and 100, was -1", firstError(answer));
    }
}
