package kiosk.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kiosk.content.Article;
import kiosk.testing.SampleContent;
import org.junit.jupiter.api.Test;

/** Relay cursor connections: paging both ways to the ends, page sizes and cursors that are wrong. */
class PaginationTest {

    private static final String PAGE = """
            query($first: Int, $after: String, $last: Int, $before: String) {
              articles(first: $first, after: $after, last: $last, before: $before) {
                totalCount
                pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
                edges { cursor node { slug } }
              }
            }
            """;

    private static final TestServer server = TestServer.sample();
    private static final List<String> allSlugs = SampleContent.catalog().articles().stream().map(Article::slug).toList();

    private static JsonNode page(Map<String, Object> variables) {
        return server.data(PAGE, variables).get("articles");
    }

    private static List<String> slugs(JsonNode connection) {
        return connection.get("edges").findValuesAsText("slug");
    }

    @Test
    void articles_firstAfterToTheEnd_visitsEveryArticleOnceInOrder() {
        List<String> visited = new ArrayList<>();
        Map<String, Object> variables = new HashMap<>(Map.of("first", 7));
        JsonNode connection;
        int pages = 0;
        do {
            connection = page(variables);
            visited.addAll(slugs(connection));
            assertEquals(pages > 0, connection.at("/pageInfo/hasPreviousPage").asBoolean());
            variables.put("after", connection.at("/pageInfo/endCursor").asText());
            pages++;
        } while (connection.at("/pageInfo/hasNextPage").asBoolean());

        assertEquals(allSlugs, visited);
        assertEquals(10, pages, "69 articles in pages of 7");
        assertEquals(6, connection.get("edges").size());
        assertEquals(69, connection.get("totalCount").asInt());
    }

    @Test
    void articles_afterTheLastCursor_answersAnEmptyLastPage() {
        JsonNode last = page(Map.of("last", 1));

        JsonNode beyond = page(Map.of("first", 5, "after", last.at("/pageInfo/endCursor").asText()));

        assertEquals(0, beyond.get("edges").size());
        assertFalse(beyond.at("/pageInfo/hasNextPage").asBoolean());
        assertTrue(beyond.at("/pageInfo/hasPreviousPage").asBoolean());
        assertTrue(beyond.at("/pageInfo/startCursor").isNull());
        assertTrue(beyond.at("/pageInfo/endCursor").isNull());
    }

    @Test
    void articles_lastBeforeToTheStart_visitsEveryArticleBackwards() {
        List<String> visited = new ArrayList<>();
        Map<String, Object> variables = new HashMap<>(Map.of("last", 25));
        JsonNode connection;
        do {
            connection = page(variables);
            List<String> slugs = new ArrayList<>(slugs(connection));
            Collections.reverse(slugs);
            visited.addAll(slugs);
            variables.put("before", connection.at("/pageInfo/startCursor").asText());
        } while (connection.at("/pageInfo/hasPreviousPage").asBoolean());

        List<String> backwards = new ArrayList<>(allSlugs);
        Collections.reverse(backwards);
        assertEquals(backwards, visited);
    }

    @Test
    void articles_afterAndBefore_answerTheArticlesBetween() {
        JsonNode first = page(Map.of("first", 6));
        String after = first.at("/edges/1/cursor").asText();
        String before = first.at("/edges/5/cursor").asText();

        JsonNode between = page(Map.of("first", 100, "after", after, "before", before));

        assertEquals(allSlugs.subList(2, 5), slugs(between));
        assertTrue(between.at("/pageInfo/hasNextPage").asBoolean());
        assertTrue(between.at("/pageInfo/hasPreviousPage").asBoolean());
    }

    @Test
    void articles_noFirstOrLast_answersTheSitesPageSize() {
        assertEquals(allSlugs.subList(0, 10), slugs(page(Map.of())));
    }

    @Test
    void articles_firstZero_answersOnlyTheCount() {
        JsonNode connection = page(Map.of("first", 0));

        assertEquals(0, connection.get("edges").size());
        assertEquals(69, connection.get("totalCount").asInt());
        assertTrue(connection.at("/pageInfo/hasNextPage").asBoolean());
    }

    @Test
    void cursor_ofAnArticle_isTheSameInEveryListAndQuery() {
        String inAll = page(Map.of("first", 1)).at("/edges/0/cursor").asText();
        JsonNode section = server.data("{ section(slug: \"sports\") { articles(first: 1) { edges { cursor node { slug } } } } }");

        assertEquals(allSlugs.get(0), section.at("/section/articles/edges/0/node/slug").asText());
        assertEquals(inAll, section.at("/section/articles/edges/0/cursor").asText());
        assertNotEquals(allSlugs.get(0), inAll, "cursors are opaque");
    }

    @Test
    void articles_invalidCursor_isAClearError() {
        JsonNode answer = server.graphQl(PAGE, Map.of("first", 5, "after", "not-a-cursor"));

        assertEquals("invalid cursor \"not-a-cursor\": pass a cursor from an edge or pageInfo",
                answer.at("/errors/0/message").asText());
        assertEquals("BAD_USER_INPUT", answer.at("/errors/0/extensions/code").asText());
    }

    @Test
    void articles_cursorOfAnArticleNotInTheList_isAClearError() {
        String worldCursor = server.data("{ section(slug: \"world\") { articles(first: 1) { edges { cursor } } } }")
                .at("/section/articles/edges/0/cursor").asText();

        JsonNode answer = server.graphQl("query($after: String) { tag(slug: \"books\") { articles(after: $after) { totalCount } } }",
                Map.of("after", worldCursor));

        assertTrue(answer.at("/errors/0/message").asText().startsWith("the after cursor names no article of this list"),
                answer::toString);
    }
}
