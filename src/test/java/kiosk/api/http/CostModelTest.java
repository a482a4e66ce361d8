package kiosk.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import kiosk.api.graphql.QueryLimits;
import kiosk.catalog.CatalogBuilder;
import kiosk.testing.ContentFolder;
import kiosk.testing.SampleContent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a request may cost is counted by what its fields do: a search and a filtered or cursor-walked
 * list cost by the articles they go through, whatever items they return, root lists by their real
 * length; and no answer is larger than its byte limit, however its fields are aliased.
 */
class CostModelTest {

    private static final int ARTICLES = 2_000;

    @TempDir
    static Path temp;
    /** A magazine of {@value #ARTICLES} articles, where a scan of them costs what it does in production. */
    private static TestServer large;
    private static final TestServer sample = TestServer.sample();

    @BeforeAll
    static void startLarge() {
        ContentFolder folder = ContentFolder.create(temp);
        LocalDate day = LocalDate.parse("2020-01-01");
        for (int i = 0; i < ARTICLES; i++) {
            folder.article("article-" + i, day.plusDays(i / 4) + "T0" + (i % 4) + ":00:00+09:00");
        }
        large = TestServer.start(new CatalogBuilder().published(folder.load().content(), SampleContent.NOW));
    }

    @AfterAll
    static void stopLarge() {
        large.close();
    }

    private static String aliased(int count, IntFunction<String> field) {
        return IntStream.range(0, count).mapToObj(i -> "a" + i + ": " + field.apply(i))
                .collect(Collectors.joining(" ", "{ ", " }"));
    }

    private static String firstError(JsonNode answer) {
        return answer.at("/errors/0/message").asText();
    }

    @Test
    void search_199OfNoItemsEach_isTooComplex() {
        JsonNode answer = sample.graphQl(aliased(199, i -> "search(query: \"円安\", first: 0) { totalCount }"));

        assertThat(firstError(answer)).startsWith("maximum query complexity exceeded").endsWith("> 10000");
        assertThat(answer.has("data")).isFalse();
    }

    @Test
    void search_aFewInOneRequest_run() {
        JsonNode answer = sample.graphQl(aliased(3, i -> "search(query: \"円安\", first: 5) { nodes { slug } }"));

        assertThat(answer.get("errors")).as(answer::toString).isNull();
        assertThat(answer.at("/data/a2/nodes")).isNotEmpty();
    }

    @Test
    void filteredList_firstZero_costsTheArticlesItScans() {
        JsonNode answer = large.graphQl(aliased(21, i -> "articles(first: 0, filter: {tagsAny: [\"外交\"],"
                + " dateFrom: \"2020-01-01T00:00:00+09:00\"}) { totalCount }"));

        assertThat(firstError(answer)).startsWith("maximum query complexity exceeded");
    }

    @Test
    void combinedFilter_costsEachConditionItTests() {
        String alternatives = IntStream.range(0, 10).mapToObj(i -> "{tagsAny: [\"t" + i + "\"]}")
                .collect(Collectors.joining(", ", "[", "]"));
        JsonNode answer = large.graphQl(aliased(2, i -> "articles(first: 0, filter: {OR: " + alternatives + "}) { totalCount }"));

        assertThat(firstError(answer)).startsWith("maximum query complexity exceeded");
    }

    @Test
    void updatedSort_costsSortingTheArticles() {
        // about 600 units each: 2,000 articles sorted in 22,000 comparisons, about 1 ms
        JsonNode sorted = large.graphQl(aliased(17, i -> "articles(first: 0, sort: UPDATED_NEWEST_FIRST) { totalCount }"));
        JsonNode unsorted = large.graphQl(aliased(17, i -> "articles(first: 0, sort: NEWEST_FIRST) { totalCount }"));

        assertThat(firstError(sorted)).startsWith("maximum query complexity exceeded");
        assertThat(unsorted.get("errors")).as(unsorted::toString).isNull();
    }

    @Test
    void searchSnippets_costWhatHighlightingDoes() {
        // a search of the sample costs under 400; with 100 snippets over 10,000
        JsonNode withSnippets = sample.graphQl("{ search(query: \"日本\", first: 100) { edges { snippet { text } } } }");
        JsonNode without = sample.graphQl("{ search(query: \"日本\", first: 100) { edges { node { slug } } } }");

        assertThat(firstError(withSnippets)).startsWith("maximum query complexity exceeded");
        assertThat(without.get("errors")).as(without::toString).isNull();
    }

    @Test
    void cursorWalkedList_firstZero_costsTheArticlesItScans() {
        String cursor = large.data("{ articles(last: 1) { pageInfo { endCursor } } }").at("/articles/pageInfo/endCursor")
                .asText();

        JsonNode answer = large.graphQl(aliased(200, i -> "articles(first: 0, after: \"" + cursor + "\") { totalCount }"));

        assertThat(firstError(answer)).startsWith("maximum query complexity exceeded");
    }

    @Test
    void unfilteredList_firstZero_scansNothingAndRuns() {
        JsonNode answer = large.graphQl(aliased(21, i -> "articles(first: 0) { totalCount }"));

        assertThat(answer.get("errors")).as(answer::toString).isNull();
        assertThat(answer.at("/data/a20/totalCount").asInt()).isEqualTo(ARTICLES);
    }

    @Test
    void rootList_countsItsRealLength() {
        // 22 tags with up to 100 articles of 6 fields each: 15,423, counted as 7,011 if the tags were assumed 10
        JsonNode answer = sample.graphQl("{ tags { articles(first: 100) { nodes { slug title summary date url breaking } } } }");

        assertThat(firstError(answer)).startsWith("maximum query complexity exceeded");
    }

    @Test
    void structuredBody_ofAPageOfArticles_costsReadingTheirHtml() {
        JsonNode structured = sample.graphQl("{ articles(first: 100) { nodes { body { index } } } }");
        JsonNode html = sample.graphQl("{ articles(first: 100) { nodes { bodyHtml } } }");

        assertThat(firstError(structured)).startsWith("maximum query complexity exceeded");
        assertThat(html.get("errors")).as(html::toString).isNull();
    }

    @Test
    void structuredBody_ofOneArticle_costsThatArticlesAndRuns() {
        JsonNode answer = sample.graphQl(aliased(5, i -> "article(slug: \"us-china-chip-export-talks\") {"
                + " headings { text } body { index ... on Paragraph { inlines { ... on TextRun { text marks } } } } }"));

        assertThat(answer.get("errors")).as(answer::toString).isNull();
        assertThat(answer.at("/data/a4/body")).isNotEmpty();
    }

    @Test
    void answer_overTheByteLimit_isOneErrorNamingTheLimit() {
        // 55 aliases of every body: within the complexity limit, and 9 MB of JSON
        HttpResponse<String> response = sample.post(TestServer.json(Map.of("query",
                aliased(55, i -> "articles(first: 60) { nodes { bodyHtml bodyText } }"))), "Accept", "application/json");

        JsonNode answer = TestServer.tree(response.body());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body().length()).isLessThan(1_000);
        assertThat(firstError(answer)).isEqualTo("the answer would be larger than 8388608 bytes: ask for fewer"
                + " or smaller fields");
        assertThat(answer.at("/errors/0/extensions/code").asText()).isEqualTo("ANSWER_TOO_LARGE");
        assertThat(response.headers().firstValue("Cache-Control")).isEmpty();
    }

    @Test
    void answer_justUnderTheByteLimit_isWhole() {
        QueryLimits limits = QueryLimits.defaults();
        HttpResponse<String> response = sample.post(TestServer.json(Map.of("query",
                aliased(40, i -> "articles(first: 60) { nodes { bodyHtml } }"))), "Accept", "application/json");

        assertThat(response.body().length()).isLessThan(limits.maxAnswerBytes());
        assertThat(TestServer.tree(response.body()).at("/data/a39/nodes")).hasSize(60);
    }
}
