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
                nodes { slug date updated breaking section { slug } authors { slug } tags { slug } issue { slug } }
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

    @Test
    void filter_or_keepsArticlesMatchingEither() {
        List<String> either = slugs(articles(Map.of("OR", List.of(Map.of("author", "sato-misaki"),
                Map.of("tagsAll", List.of("weak-yen", "boj"))))));

        assertEquals(List.of("us-midterm-results", "us-china-chip-export-talks", "stock-market-record-high",
                "gdp-july-september-contraction", "boj-holds-rates-october", "yen-slides-to-162").stream().sorted().toList(),
                either.stream().sorted().toList());
    }

    @Test
    void filter_not_keepsTheRest() {
        JsonNode nodes = articles(Map.of("NOT", Map.of("section", "world")));

        assertEquals(69 - 8, nodes.size());
        nodes.forEach(node -> assertTrue(!node.at("/section/slug").asText().equals("world")));
    }

    @Test
    void filter_andOrNotNested_combineAsLogicSays() {
        // economy articles about the BOJ or the weak yen, but not the breaking ones, nor those with both tags
        Map<String, Object> filter = Map.of("section", "economy",
                "AND", List.of(Map.of("OR", List.of(Map.of("tagsAny", List.of("boj")), Map.of("tagsAny", List.of("weak-yen"))))),
                "NOT", Map.of("OR", List.of(Map.of("breaking", true), Map.of("tagsAll", List.of("weak-yen", "boj")))));
        JsonNode nodes = articles(filter);

        assertTrue(nodes.size() > 0);
        nodes.forEach(node -> {
            assertEquals("economy", node.at("/section/slug").asText());
            boolean boj = carries(node, "tags", "boj");
            boolean yen = carries(node, "tags", "weak-yen");
            assertTrue(boj ^ yen, node::toString);
            assertTrue(!node.get("breaking").asBoolean());
        });
        // the same, counted by hand from the unfiltered list
        long expected = 0;
        for (JsonNode node : articles(Map.of())) {
            boolean boj = carries(node, "tags", "boj");
            boolean yen = carries(node, "tags", "weak-yen");
            if (node.at("/section/slug").asText().equals("economy") && (boj ^ yen) && !node.get("breaking").asBoolean()) {
                expected++;
            }
        }
        assertEquals(expected, nodes.size());
    }

    @Test
    void filter_emptyOr_matchesNothing() {
        assertEquals(0, articles(Map.of("OR", List.of())).size());
    }

    @Test
    void filter_nestedTooDeeply_isABadUserInputError() {
        Map<String, Object> filter = Map.of("section", "world");
        for (int i = 0; i < 5; i++) {
            filter = Map.of("NOT", filter);
        }
        JsonNode answer = server.graphQl(FILTERED, Map.of("filter", filter));

        assertEquals("the filter nests AND, OR and NOT more than 5 levels deep: flatten it",
                answer.at("/errors/0/message").asText(), answer::toString);
        assertEquals("BAD_USER_INPUT", answer.at("/errors/0/extensions/code").asText());
    }

    @Test
    void filter_tooManyFilters_isABadUserInputError() {
        List<Map<String, Object>> many = Collections.nCopies(50, Map.of("breaking", true));
        JsonNode answer = server.graphQl(FILTERED, Map.of("filter", Map.of("OR", many)));

        assertEquals("the filter holds more than 50 filters in AND, OR and NOT: simplify it",
                answer.at("/errors/0/message").asText(), answer::toString);
        assertEquals("BAD_USER_INPUT", answer.at("/errors/0/extensions/code").asText());
    }

    @Test
    void filter_excludeSlugs_leavesThemOut() {
        List<String> world = slugs(articles(Map.of("section", "world")));
        List<String> rest = slugs(articles(Map.of("section", "world", "excludeSlugs", world.subList(0, 3))));

        assertEquals(world.subList(3, world.size()), rest);
    }

    @Test
    void filter_updatedRange_goesByUpdatedElseDate() {
        JsonNode nodes = articles(Map.of("updatedFrom", "2026-11-16T11:00:00+09:00",
                "updatedBefore", "2026-11-20T08:00:00+09:00"));

        assertTrue(slugs(nodes).contains("gdp-july-september-contraction"), nodes::toString);
        nodes.forEach(node -> {
            String lastChange = node.get("updated").isNull() ? node.get("date").asText() : node.get("updated").asText();
            assertTrue(java.time.OffsetDateTime.parse(lastChange).toInstant().compareTo(
                    java.time.Instant.parse("2026-11-16T02:00:00Z")) >= 0, node::toString);
            assertTrue(java.time.OffsetDateTime.parse(lastChange).toInstant().isBefore(
                    java.time.Instant.parse("2026-11-19T23:00:00Z")), node::toString);
        });
        // dated 08:50, before the range, and updated at 14:10, in it
        JsonNode gdp = nodes.get(slugs(nodes).indexOf("gdp-july-september-contraction"));
        assertEquals("2026-11-16T08:50:00+09:00", gdp.get("date").asText());
    }

    @Test
    void sort_updated_ordersByLastChangeAndReversesExactly() {
        List<JsonNode> newest = new ArrayList<>();
        server.data(FILTERED, Map.of("sort", "UPDATED_NEWEST_FIRST")).at("/articles/nodes").forEach(newest::add);
        List<String> oldest = slugs(server.data(FILTERED, Map.of("sort", "UPDATED_OLDEST_FIRST")).at("/articles/nodes"));

        for (int i = 1; i < newest.size(); i++) {
            assertTrue(lastChange(newest.get(i - 1)).compareTo(lastChange(newest.get(i))) >= 0);
        }
        List<String> newestSlugs = new ArrayList<>(newest.stream().map(node -> node.get("slug").asText()).toList());
        assertTrue(!newestSlugs.equals(slugs(server.data(FILTERED, Map.of()).at("/articles/nodes"))),
                "an updated article moves up");
        Collections.reverse(oldest);
        assertEquals(newestSlugs, oldest);
    }

    @Test
    void sort_updatedWithCursor_pagesThroughOnce() {
        String query = """
                query($after: String) { articles(first: 7, after: $after, sort: UPDATED_NEWEST_FIRST) {
                  pageInfo { hasNextPage endCursor } nodes { slug } } }""";
        List<String> seen = new ArrayList<>();
        String after = null;
        boolean more = true;
        while (more) {
            Map<String, Object> variables = new java.util.HashMap<>();
            variables.put("after", after);
            JsonNode page = server.data(query, variables).get("articles");
            seen.addAll(slugs(page.get("nodes")));
            more = page.at("/pageInfo/hasNextPage").asBoolean();
            after = page.at("/pageInfo/endCursor").asText();
        }

        assertEquals(slugs(server.data(FILTERED, Map.of("sort", "UPDATED_NEWEST_FIRST")).at("/articles/nodes")), seen);
    }

    private static java.time.Instant lastChange(JsonNode node) {
        return java.time.OffsetDateTime.parse(node.get("updated").isNull() ? node.get("date").asText()
                : node.get("updated").asText()).toInstant();
    }
}
