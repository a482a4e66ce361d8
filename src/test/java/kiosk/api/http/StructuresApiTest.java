package kiosk.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;
import kiosk.catalog.CatalogBuilder;
import kiosk.catalog.CatalogHolder;
import kiosk.content.Content;
import kiosk.content.load.LoadResult;
import kiosk.testing.ContentFolder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Series, collections, special editions and the 「PR」 label through the API over HTTP: what is not
 * published (a scheduled part, a special edition before its on-sale day) stays out of every answer
 * but the preview's, and every sponsored article says so wherever the API returns it.
 */
class StructuresApiTest {

    private static final Instant NOW = Instant.parse("2026-11-25T03:00:00Z");
    private static final String TOKEN = "5d0c9b8a7e6f41d2a3b4c5d6e7f80912";

    @TempDir
    static Path temp;
    private static TestServer server;

    @BeforeAll
    static void start() {
        ContentFolder folder = ContentFolder.create(temp)
                .write("series/kurashi.yaml", """
                        title: 未来の暮らし
                        sponsor: {name: ひだまり住研株式会社, url: "https://hidamari.example/"}
                        """)
                .seriesInTwoSeasons("saihakken")
                .write("collections/picks.yaml", "title: 編集部のおすすめ\narticles: [paid, s2-p1, s1-p1]\n")
                .special("shiro", "2026-11-26", "contents: [{title: 姫路城, page: 4, article: s1-p1}]");
        folder.articleWith("s1-p1", "2026-11-01T09:00:00+09:00", "series: {slug: saihakken, season: 1, part: 1}");
        folder.articleWith("s2-p1", "2026-11-20T09:00:00+09:00", "series: {slug: saihakken, season: 2, part: 1}");
        folder.articleWith("s2-p2", "2026-12-01T09:00:00+09:00", "series: {slug: saihakken, season: 2, part: 2}");
        folder.articleWith("paid", "2026-11-21T09:00:00+09:00", "series: {slug: kurashi, part: 1}");
        folder.articleWith("own-ad", "2026-11-22T09:00:00+09:00", "sponsored: {by: 架空飲料株式会社}\nrelated: [paid]");
        LoadResult result = folder.load();
        assertThat(result.hasErrors()).as("%s", result.problems()).isFalse();
        Content content = result.content();
        server = TestServer.start(new CatalogBuilder().published(content, NOW), ServerOptions.defaults(0).withPreview(
                new Preview(PreviewToken.of(TOKEN), new CatalogHolder(new CatalogBuilder().preview(content, NOW)),
                        (catalog, root, ref, path) -> Optional.empty())));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static List<String> slugs(JsonNode nodes) {
        return StreamSupport.stream(nodes.spliterator(), false).map(node -> node.get("slug").asText()).toList();
    }

    @Test
    void series_scheduledPart_isInNoAnswerUntilPublished() {
        JsonNode data = server.data("""
                { series(slug: "saihakken") { seasons { number title } articles { totalCount nodes { slug } } }
                  latest: article(slug: "s2-p1") { series { season { number title } part previous { slug } next { slug } } }
                  scheduled: article(slug: "s2-p2") { slug }
                  seasonTwo: series(slug: "saihakken") { articles(season: 2) { nodes { slug } } } }""");

        assertThat(slugs(data.at("/series/articles/nodes"))).containsExactly("s1-p1", "s2-p1");
        assertThat(data.at("/latest/series/season/title").asText()).isEqualTo("山あいの暮らし");
        assertThat(data.at("/latest/series/part").asInt()).isEqualTo(1);
        assertThat(data.at("/latest/series/previous/slug").asText()).isEqualTo("s1-p1");
        assertThat(data.at("/latest/series/next").isNull()).isTrue();
        assertThat(data.get("scheduled").isNull()).isTrue();
        assertThat(slugs(data.at("/seasonTwo/articles/nodes"))).containsExactly("s2-p1");

        HttpResponse<String> preview = server.post(TestServer.json(Map.of("query",
                "{ article(slug: \"s2-p1\") { series { next { slug } } } }")), "X-Preview-Token", TOKEN);
        assertThat(TestServer.tree(preview.body()).at("/data/article/series/next/slug").asText()).isEqualTo("s2-p2");
    }

    @Test
    void sponsored_everyArticleFieldThatReturnsIt_carriesThePrLabelAndSponsor() {
        JsonNode data = server.data("""
                { articles(first: 10) { nodes { slug sponsored { label sponsor { name url } } } }
                  article(slug: "own-ad") { sponsored { label sponsor { name } } related { slug sponsored { label } } }
                  series(slug: "kurashi") { sponsor { name } articles { nodes { slug sponsored { label } } } }
                  collection(slug: "picks") { articles { nodes { slug sponsored { label } } } }
                  search(query: "記事") { nodes { slug sponsored { label } } } }""");

        for (JsonNode node : data.at("/articles/nodes")) {
            boolean sponsored = List.of("paid", "own-ad").contains(node.get("slug").asText());
            assertThat(node.get("sponsored").isNull()).as(node.toString()).isEqualTo(!sponsored);
        }
        assertThat(data.at("/articles/nodes").findValuesAsText("name")).containsExactlyInAnyOrder(
                "ひだまり住研株式会社", "架空飲料株式会社");
        assertThat(data.at("/article/sponsored/label").asText()).isEqualTo("PR");
        assertThat(data.at("/article/related/0/slug").asText()).isEqualTo("paid");
        assertThat(data.at("/article/related/0/sponsored/label").asText()).isEqualTo("PR");
        assertThat(data.at("/series/articles/nodes/0/sponsored/label").asText()).isEqualTo("PR");
        assertThat(data.at("/collection/articles/nodes/0/sponsored/label").asText()).isEqualTo("PR");
        for (JsonNode hit : data.at("/search/nodes")) {
            assertThat(hit.get("sponsored").isNull()).as(hit.toString())
                    .isEqualTo(!List.of("paid", "own-ad").contains(hit.get("slug").asText()));
        }
    }

    @Test
    void related_editorialArticles_neverOfferASponsoredOne() {
        JsonNode data = server.data("{ articles { nodes { slug sponsored { label } related(first: 10) { slug } } } }");

        for (JsonNode node : data.at("/articles/nodes")) {
            if (node.get("sponsored").isNull()) {
                assertThat(slugs(node.get("related"))).as(node.get("slug").asText()).doesNotContain("paid", "own-ad");
            }
        }
    }

    @Test
    void special_beforeItsOnSaleDay_isHiddenButPreviewed() {
        JsonNode data = server.data("{ special(slug: \"shiro\") { slug } specials { slug } }");
        assertThat(data.get("special").isNull()).isTrue();
        assertThat(data.get("specials")).isEmpty();

        HttpResponse<String> preview = server.post(TestServer.json(Map.of("query",
                "{ special(slug: \"shiro\") { kind kindLabel onSaleNow price isbn contents { title page article { slug } } } }")),
                "X-Preview-Token", TOKEN);
        JsonNode special = TestServer.tree(preview.body()).at("/data/special");
        assertThat(special.get("kind").asText()).isEqualTo("BESSATSU");
        assertThat(special.get("kindLabel").asText()).isEqualTo("別冊");
        assertThat(special.get("onSaleNow").asBoolean()).isFalse();
        assertThat(special.get("isbn").asText()).isEqualTo("978-3-16-148410-0");
        assertThat(special.at("/contents/0/article/slug").asText()).isEqualTo("s1-p1");
        assertThat(preview.headers().firstValue("Cache-Control")).contains("private, no-store");
    }

    @Test
    void articles_filteredBySeriesAndCollection() {
        JsonNode data = server.data("""
                { inSeries: articles(filter: {series: "saihakken"}) { nodes { slug } }
                  inCollection: articles(filter: {collection: "picks"}) { nodes { slug } }
                  both: articles(filter: {collection: "picks", series: "kurashi"}) { nodes { slug } }
                  unknown: articles(filter: {collection: "nothing"}) { totalCount } }""");

        assertThat(slugs(data.at("/inSeries/nodes"))).containsExactly("s2-p1", "s1-p1");
        assertThat(slugs(data.at("/inCollection/nodes"))).containsExactly("paid", "s2-p1", "s1-p1");
        assertThat(slugs(data.at("/both/nodes"))).containsExactly("paid");
        assertThat(data.at("/unknown/totalCount").asInt()).isZero();
    }
}
