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

    private static final String PAGED = """
            query($q: String!, $first: Int, $after: String, $last: Int, $before: String, $filter: ArticleFilter,
                  $sort: SearchSort) {
              search(query: $q, first: $first, after: $after, last: $last, before: $before, filter: $filter, sort: $sort) {
                totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
                nodes { slug date section { slug } tags { slug } }
              }
            }
            """;

    private static List<String> slugs(JsonNode nodes) {
        List<String> slugs = new ArrayList<>();
        nodes.forEach(node -> slugs.add(node.get("slug").asText()));
        return slugs;
    }

    private static JsonNode paged(Map<String, Object> variables) {
        return server.data(PAGED, variables).get("search");
    }

    @Test
    void search_lastBefore_pagesBackwardsThroughTheSameResults() {
        List<String> forwards = slugs(paged(Map.of("q", "日本", "first", 100)).get("nodes"));
        List<String> backwards = new ArrayList<>();
        JsonNode page = paged(Map.of("q", "日本", "last", 4));
        backwards.addAll(0, slugs(page.get("nodes")));
        while (page.at("/pageInfo/hasPreviousPage").asBoolean()) {
            page = paged(Map.of("q", "日本", "last", 4, "before", page.at("/pageInfo/startCursor").asText()));
            backwards.addAll(0, slugs(page.get("nodes")));
        }

        assertTrue(forwards.size() > 8);
        assertEquals(forwards, backwards);
    }

    @Test
    void search_filter_keepsMatchesOfTheSectionTagsAndDates() {
        List<String> all = slugs(paged(Map.of("q", "日本", "first", 100)).get("nodes"));
        JsonNode filtered = paged(Map.of("q", "日本", "first", 100, "filter", Map.of("section", "economy",
                "dateFrom", "2026-11-01T00:00:00+09:00")));

        assertTrue(filtered.get("totalCount").asInt() > 0);
        assertTrue(filtered.get("totalCount").asInt() < all.size());
        filtered.get("nodes").forEach(node -> {
            assertEquals("economy", node.at("/section/slug").asText());
            assertTrue(node.get("date").asText().compareTo("2026-11-01") > 0, node::toString);
            assertTrue(all.contains(node.get("slug").asText()));
        });
        JsonNode tagged = paged(Map.of("q", "日本", "first", 100, "filter", Map.of("tagsAny", List.of("boj"))));
        tagged.get("nodes").forEach(node -> assertTrue(node.get("tags").findValuesAsText("slug").contains("boj")));
    }

    @Test
    void search_sortNewestFirst_hasTheSameResultsByDate() {
        List<String> relevant = slugs(paged(Map.of("q", "日本", "first", 100)).get("nodes"));
        JsonNode newest = paged(Map.of("q", "日本", "first", 100, "sort", "NEWEST_FIRST")).get("nodes");
        List<String> oldest = slugs(paged(Map.of("q", "日本", "first", 100, "sort", "OLDEST_FIRST")).get("nodes"));

        List<String> byDate = slugs(newest);
        assertEquals(relevant.stream().sorted().toList(), byDate.stream().sorted().toList());
        assertFalse(relevant.equals(byDate), "relevance is not date order here");
        for (int i = 1; i < newest.size(); i++) {
            assertTrue(java.time.OffsetDateTime.parse(newest.get(i - 1).get("date").asText()).toInstant()
                    .compareTo(java.time.OffsetDateTime.parse(newest.get(i).get("date").asText()).toInstant()) >= 0);
        }
        java.util.Collections.reverse(oldest);
        assertEquals(byDate, oldest);
    }

    @Test
    void search_snippet_highlightsTheWordsInTheBody() {
        JsonNode edges = server.data("""
                { search(query: "経緯", first: 3) { edges { node { slug } snippet { text html highlights { start end } } } } }
                """).at("/search/edges");

        JsonNode snippet = edges.get(0).get("snippet");
        String text = snippet.get("text").asText();
        assertTrue(snippet.get("highlights").size() > 0, snippet::toString);
        snippet.get("highlights").forEach(range ->
                assertEquals("経緯", text.substring(range.get("start").asInt(), range.get("end").asInt())));
        assertTrue(snippet.get("html").asText().contains("<mark>経緯</mark>"), snippet::toString);
        assertEquals(text, snippet.get("html").asText().replace("<mark>", "").replace("</mark>", ""));
    }

    @Test
    void snippet_outsideSearch_isNull() {
        JsonNode edges = server.data("{ articles(first: 2) { edges { snippet { text } } } }").at("/articles/edges");

        assertTrue(edges.get(0).get("snippet").isNull());
    }

    @Test
    void search_kana_findsWhatTheKanjiFinds() {
        List<String> kanji = slugs(paged(Map.of("q", "半導体", "first", 100)).get("nodes"));
        List<String> kana = slugs(paged(Map.of("q", "はんどうたい", "first", 100)).get("nodes"));

        assertTrue(kanji.contains("us-china-chip-export-talks"));
        assertTrue(kana.containsAll(kanji), kana + " holds " + kanji);
    }
}
