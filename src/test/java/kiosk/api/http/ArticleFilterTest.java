package kiosk.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code articles(filter:, sort:)}: each condition alone, together, and the two orders. */
class ArticleFilterTest {

    private static final String FILTERED = """
            query($filter: ArticleFilter, $sort: ArticleSort) {
              articles(first: 100, filter: $filter, sort: $sort) {
                totalCount
                nodes { slug date breaking section { slug } authors { slug } tags { slug } issue { slug } }
              }
            }
            """;

    private static final TestServer server = TestServer.sample();

    private static JsonNode articles(Map<String, Object> filter) {
        return server.data(FILTERED, Map.of("filter", filter)).at("/articles/nodes");
    }

    private static List<String> slugs(JsonNode nodes) {
        List<String> slugs = new ArrayList<>();
        nodes.forEach(node -> slugs.add(node.get("slug").asText()));
        return slugs;
    }

    private static boolean carries(JsonNode node, String list, String slug) {
        return node.get(list).findValuesAsText("slug").contains(slug);
    }

    @Test
    void filter_section_keepsOnlyThatSection() {
        JsonNode nodes = articles(Map.of("section", "world"));

        assertEquals(8, nodes.size());
        nodes.forEach(node -> assertEquals("world", node.at("/section/slug").asText()));
    }

    @Test
    void filter_tagsAny_keepsArticlesWithAtLeastOne() {
        JsonNode nodes = articles(Map.of("tagsAny", List.of("semiconductors", "books")));

        assertTrue(nodes.size() > 7);
        nodes.forEach(node -> assertTrue(carries(node, "tags", "semiconductors") || carries(node, "tags", "books")));
    }

    @Test
    void filter_tagsAll_keepsArticlesWithEvery() {
        JsonNode nodes = articles(Map.of("tagsAll", List.of("weak-yen", "boj")));

        assertEquals(List.of("stock-market-record-high", "gdp-july-september-contraction", "boj-holds-rates-october",
                "yen-slides-to-162"), slugs(nodes));
    }

    @Test
    void filter_author_keepsTheirArticles() {
        assertEquals(List.of("us-midterm-results", "us-china-chip-export-talks"),
                slugs(articles(Map.of("author", "sato-misaki"))));
    }

    @Test
    void filter_issue_keepsThatIssuesArticles() {
        JsonNode nodes = articles(Map.of("issue", "2026-11-17"));

        assertEquals(10, nodes.size());
        nodes.forEach(node -> assertEquals("2026-11-17", node.at("/issue/slug").asText()));
    }

    @Test
    void filter_dateRange_includesFromAndExcludesBefore() {
        JsonNode nodes = articles(Map.of("dateFrom", "2026-10-21T06:00:00+09:00", "dateBefore", "2026-10-23T06:00:00+09:00"));

        assertEquals("us-china-chip-export-talks", nodes.get(nodes.size() - 1).get("slug").asText());
        nodes.forEach(node -> assertTrue(node.get("date").asText().compareTo("2026-10-23T06:00:00+09:00") < 0));
    }

    @Test
    void filter_breaking_keepsBreakingNewsOrTheRest() {
        assertEquals(List.of("ruling-bloc-majority-election-result", "typhoon-kanto-heavy-rain"),
                slugs(articles(Map.of("breaking", true))));
        assertEquals(67, articles(Map.of("breaking", false)).size());
    }

    @Test
    void filter_severalConditions_mustAllHold() {
        JsonNode nodes = articles(Map.of("section", "economy", "tagsAll", List.of("boj"), "author", "yamada-haruka"));

        nodes.forEach(node -> {
            assertEquals("economy", node.at("/section/slug").asText());
            assertTrue(carries(node, "tags", "boj"));
            assertTrue(carries(node, "authors", "yamada-haruka"));
        });
        assertTrue(nodes.size() > 0);
    }

    @Test
    void filter_unknownSlug_matchesNothing() {
        assertEquals(0, articles(Map.of("section", "no-such-section")).size());
    }

    @Test
    void filter_dateWithoutOffset_isAClearError() {
        JsonNode answer = server.graphQl(FILTERED, Map.of("filter", Map.of("dateFrom", "2026-10-21")));

        assertTrue(answer.at("/errors/0/message").asText().contains("DateTime needs an ISO-8601 date-time with offset"),
                answer::toString);
    }

    @Test
    void sort_oldestFirst_isTheExactReverseOfNewestFirst() {
        List<String> newest = slugs(server.data(FILTERED, Map.of("sort", "NEWEST_FIRST")).at("/articles/nodes"));
        List<String> oldest = slugs(server.data(FILTERED, Map.of("sort", "OLDEST_FIRST")).at("/articles/nodes"));

        Collections.reverse(oldest);
        assertEquals(newest, oldest);
        assertEquals(69, newest.size());
    }
}
