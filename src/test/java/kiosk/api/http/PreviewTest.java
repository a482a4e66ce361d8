package kiosk.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kiosk.catalog.Catalog;
import kiosk.catalog.CatalogBuilder;
import kiosk.catalog.CatalogHolder;
import kiosk.site.bake.PreviewSite;
import kiosk.site.bake.SiteBaker;
import kiosk.testing.SampleContent;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Editors with the preview token see drafts and scheduled articles, in the API and at /preview/;
 * nobody else does, and nothing of the preview may be kept by a cache.
 */
class PreviewTest {

    private static final String TOKEN = "e3b98a4f1c7d2605b9e8f4a1d3c7b260";
    private static final String DRAFT = "tax-reform-outline-draft";
    private static final String SCHEDULED = "economy-outlook-2030";
    private static final String DRAFT_TITLE = "与党税制調査会、年末の税制改正へ議論本格化";
    private static final String ARTICLE_QUERY = "{ article(slug: \"" + DRAFT + "\") { title } scheduled: article(slug: \""
            + SCHEDULED + "\") { title } }";

    @TempDir
    static Path out;
    private static TestServer server;

    @BeforeAll
    static void start() {
        Catalog published = SampleContent.catalog();
        Catalog preview = new CatalogBuilder().preview(SampleContent.load().content(), SampleContent.NOW);
        SiteBaker baker = new SiteBaker(Path.of("site"), SampleContent.folder().resolve("media"), out);
        baker.bake(published);
        PreviewSite previewSite = new PreviewSite(baker);
        server = TestServer.start(published, ServerOptions.defaults(0).withSiteFolder(out).withPreview(
                new Preview(PreviewToken.of(TOKEN), new CatalogHolder(preview), previewSite::file)));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** The cookie a browser gets for entering with the token, as its Cookie header sends it back. */
    private static String cookie() {
        return server.get("/preview?token=" + TOKEN).headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
    }

    private static String body(String query) {
        return TestServer.json(Map.of("query", query));
    }

    @Test
    void api_withoutToken_hidesDraftsAndScheduledArticles() {
        JsonNode data = server.data(ARTICLE_QUERY);

        assertThat(data.get("article").isNull()).isTrue();
        assertThat(data.get("scheduled").isNull()).isTrue();
    }

    @Test
    void api_withTokenHeader_showsThemAndForbidsCaching() {
        HttpResponse<String> response = server.post(body(ARTICLE_QUERY), "X-Preview-Token", TOKEN);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(TestServer.tree(response.body()).at("/data/article/title").asText()).startsWith(DRAFT_TITLE);
        assertThat(TestServer.tree(response.body()).at("/data/scheduled/title").asText()).startsWith("2030年の日本経済");
        assertThat(response.headers().firstValue("Cache-Control")).contains("private, no-store");
    }

    @Test
    void api_getWithToken_isNotCacheableEither() {
        HttpResponse<String> response = server.get("/graphql" + TestServer.queryString(Map.of("query", ARTICLE_QUERY)),
                "X-Preview-Token", TOKEN);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control")).contains("private, no-store");
    }

    @Test
    void api_withWrongToken_isRefusedWithTheReason() {
        HttpResponse<String> response = server.post(body(ARTICLE_QUERY), "X-Preview-Token", TOKEN + "x");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(TestServer.tree(response.body()).at("/errors/0/message").asText())
                .startsWith("the preview token is not valid");
        assertThat(response.body()).doesNotContain(DRAFT_TITLE);
    }

    /**
     * Through a CDN, which keys its cache by URL: a public GET answer says it varies by the preview
     * header and cookie, so the CDN never serves it to an editor nor an editor's answer to a reader, and
     * an editor's answer may be stored by no shared cache at all.
     */
    @Test
    void sameGetUrl_forReaderAndEditor_variesByThePreviewCredentials_andOnlyThePublicOneIsCacheable() {
        String url = "/graphql" + TestServer.queryString(Map.of("query", ARTICLE_QUERY));
        HttpResponse<String> reader = server.get(url, "Accept", "application/json");
        HttpResponse<String> editor = server.get(url, "Accept", "application/json", "X-Preview-Token", TOKEN);
        HttpResponse<String> editorsBrowser = server.get(url, "Accept", "application/json", "Cookie", cookie());

        assertThat(reader.body()).doesNotContain(DRAFT_TITLE);
        assertThat(reader.headers().firstValue("Cache-Control").orElseThrow()).startsWith("public, max-age=");
        for (HttpResponse<String> preview : List.of(editor, editorsBrowser)) {
            assertThat(preview.body()).contains(DRAFT_TITLE);
            assertThat(preview.headers().firstValue("Cache-Control")).contains("private, no-store");
        }
        for (HttpResponse<String> response : List.of(reader, editor, editorsBrowser)) {
            assertThat(varied(response)).contains("accept", "x-preview-token", "cookie");
        }
    }

    @Test
    void postAnswers_varyByThePreviewCredentials_too() {
        HttpResponse<String> reader = server.post(body(ARTICLE_QUERY));
        HttpResponse<String> editor = server.post(body(ARTICLE_QUERY), "X-Preview-Token", TOKEN);

        assertThat(varied(reader)).contains("x-preview-token", "cookie");
        assertThat(editor.headers().firstValue("Cache-Control")).contains("private, no-store");
        assertThat(varied(editor)).contains("x-preview-token", "cookie");
    }

    private static List<String> varied(HttpResponse<String> response) {
        return response.headers().allValues("Vary").stream()
                .flatMap(value -> Arrays.stream(value.split(",")))
                .map(name -> name.strip().toLowerCase(Locale.ROOT))
                .toList();
    }

    @Test
    void previewPage_withoutCookie_isRefused() {
        HttpResponse<String> response = server.get("/preview/articles/" + DRAFT + "/");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).doesNotContain(DRAFT_TITLE).contains("<form method=\"post\" action=\"/preview\"")
                .contains("value=\"/articles/" + DRAFT + "/\"");
        assertThat(response.headers().firstValue("Cache-Control")).contains("private, no-store");
    }

    @Test
    void enter_wrongToken_setsNoCookie() {
        HttpResponse<String> response = server.get("/preview?token=" + TOKEN.substring(1) + "0");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void enter_rightToken_setsAnHttpOnlyCookieAndGoesToThePreview() {
        HttpResponse<String> response = server.get("/preview?token=" + TOKEN);

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).contains("/preview/");
        assertThat(response.headers().firstValue("Set-Cookie").orElseThrow())
                .startsWith("kiosk_preview=").doesNotContain(TOKEN).containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Lax").contains("Path=/");
    }

    @Test
    void enter_withPath_goesToThatPageOfThePreview_butNeverToAnotherSite() {
        assertThat(server.get("/preview?token=" + TOKEN + "&path=/articles/" + DRAFT + "/").headers()
                .firstValue("Location")).contains("/preview/articles/" + DRAFT + "/");
        assertThat(server.get("/preview?token=" + TOKEN + "&path=//evil.example/").headers()
                .firstValue("Location")).contains("/preview/");
    }

    @Test
    void previewPage_withCookie_showsTheDraftWithLinksInsideThePreview() {
        HttpResponse<String> response = server.get("/preview/articles/" + DRAFT + "/", "Cookie", cookie());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html")
                .containsIgnoringWhitespaces("charset=utf-8");
        assertThat(response.headers().firstValue("Cache-Control")).contains("private, no-store");
        assertThat(response.headers().firstValue("X-Robots-Tag")).contains("noindex");
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("h1").text()).startsWith(DRAFT_TITLE);
        assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
        assertThat(page.select(".preview-banner").text()).contains("プレビュー");
        assertThat(page.select("a[href^=/]")).isNotEmpty()
                .allSatisfy(link -> assertThat(link.attr("href")).startsWith("/preview/"));
        assertThat(page.select("link[rel=stylesheet]").attr("href")).startsWith("/preview/css/");
    }

    @Test
    void previewSite_listsTheDraftInItsSectionAndServesAssets() {
        String section = server.get("/preview/sections/politics/", "Cookie", cookie()).body();
        HttpResponse<String> css = server.get("/preview/css/site.css", "Cookie", cookie());

        assertThat(section).contains("/preview/articles/" + DRAFT + "/");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/css");
    }

    @Test
    void previewSite_unknownPage_answersItsNotFoundPage() {
        HttpResponse<String> response = server.get("/preview/articles/no-such-article/", "Cookie", cookie());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("お探しのページ");
    }

    @Test
    void previewSite_seriesPage_listsTheScheduledPartThePublicPageLeavesOut() {
        String preview = server.get("/preview/series/nihon-saihakken/", "Cookie", cookie()).body();
        String published = server.get("/series/nihon-saihakken/").body();

        assertThat(preview).contains("/preview/articles/saihakken-tono/");
        assertThat(published).contains("/articles/saihakken-okutama/").doesNotContain("saihakken-tono");
        assertThat(Jsoup.parse(preview).select(".series-part-label").eachText()).hasSize(6);
    }

    @Test
    void publicSite_neverHasTheDraftPage() {
        assertThat(server.get("/articles/" + DRAFT + "/", "Cookie", cookie()).statusCode()).isEqualTo(404);
    }

    @Test
    void serverWithoutPreview_refusesTokensAndHasNoPreviewPages() {
        HttpResponse<String> api = TestServer.sample().post(body(ARTICLE_QUERY), "X-Preview-Token", TOKEN);
        HttpResponse<String> page = TestServer.sample().get("/preview/", "Cookie", cookie());

        assertThat(api.statusCode()).isEqualTo(403);
        assertThat(TestServer.tree(api.body()).at("/errors/0/message").asText()).startsWith("this server has no preview");
        assertThat(page.statusCode()).isEqualTo(404);
    }

    @Test
    void token_tooShortOrWithOddCharacters_isRefusedAtStart() {
        assertThrows(IllegalArgumentException.class, () -> PreviewToken.of("short"));
        assertThrows(IllegalArgumentException.class, () -> PreviewToken.of(TOKEN + ";x"));
        assertThat(PreviewToken.of(TOKEN).matches(TOKEN)).isTrue();
        assertThat(PreviewToken.of(TOKEN).matches(TOKEN.substring(0, TOKEN.length() - 1))).isFalse();
    }
}
