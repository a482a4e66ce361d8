package kiosk.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code search} over HTTP on the sample magazine: Japanese words inside sentences, ranking, paging. */
class SearchTest {

    private static final String SEARCH = """
            query($q: String!, $first: Int, $after: String) {
              search(query: $q, first: $first, after: $after) {
                totalCount pageInfo { hasNextPage endCursor } nodes { slug }
              }
            }
            """;

    private static final TestServer server = TestServer.sample();

    private static JsonNode search(Map<String, Object> variables) {
        return server.data(SEARCH, variables).get("search");
    }

    @Test
    void search_wordInsideABodySentence_findsTheArticle() {
        // "…米国の要請に応じて対中輸出を絞ってきた経緯がある。": the word appears in no title or summary.
        JsonNode result = search(Map.of("q", "経緯"));

        assertTrue(result.get("nodes").findValuesAsText("slug").contains("us-china-chip-export-talks"), result::toString);
    }

    @Test
    void search_titleWords_rankTheArticleFirst() {
        JsonNode result = search(Map.of("q", "半導体 輸出規制"));

        assertEquals("us-china-chip-export-talks", result.at("/nodes/0/slug").asText());
    }

    @Test
    void search_firstAfter_pagesThroughAllResultsOnce() {
        int total = search(Map.of("q", "日本", "first", 0)).get("totalCount").asInt();
        List<String> seen = new ArrayList<>();
        JsonNode page = search(Map.of("q", "日本", "first", 4));
        seen.addAll(page.get("nodes").findValuesAsText("slug"));
        while (page.at("/pageInfo/hasNextPage").asBoolean()) {
            page = search(Map.of("q", "日本", "first", 4, "after", page.at("/pageInfo/endCursor").asText()));
            seen.addAll(page.get("nodes").findValuesAsText("slug"));
        }

        assertTrue(total > 8, "enough results for several pages");
        assertEquals(total, seen.size());
        assertEquals(total, seen.stream().distinct().count());
    }

    @Test
    void search_noMatch_answersAnEmptyConnection() {
        JsonNode result = search(Map.of("q", "存在しない単語ゾゾゾ"));

        assertEquals(0, result.get("totalCount").asInt());
        assertFalse(result.at("/pageInfo/hasNextPage").asBoolean());
    }
}
