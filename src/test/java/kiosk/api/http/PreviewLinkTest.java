package kiosk.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import kiosk.catalog.Catalog;
import kiosk.catalog.CatalogBuilder;
import kiosk.catalog.CatalogHolder;
import kiosk.site.bake.PreviewSite;
import kiosk.site.bake.SiteBaker;
import kiosk.testing.SampleContent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A signed per-article preview link ({@code kiosk preview-link}, {@code Query.previewLink}) opens that
 * article's preview page for someone without the token, until it expires, and nothing else.
 */
class PreviewLinkTest {

    private static final String TOKEN = "e3b98a4f1c7d2605b9e8f4a1d3c7b260";
    private static final PreviewToken SIGNER = PreviewToken.of(TOKEN);
    private static final String DRAFT = "tax-reform-outline-draft";
    private static final String SCHEDULED = "economy-outlook-2030";

    @TempDir
    static Path out;
    private static TestServer server;

    @BeforeAll
    static void start() {
        Catalog published = SampleContent.catalog();
        Catalog preview = new CatalogBuilder().preview(SampleContent.load().content(), SampleContent.NOW);
        SiteBaker baker = new SiteBaker(Path.of("site"), SampleContent.folder().resolve("media"), out);
        baker.bake(published);
        server = TestServer.start(published, ServerOptions.defaults(0).withSiteFolder(out).withPreview(
                new Preview(PreviewToken.of(TOKEN), new CatalogHolder(preview), new PreviewSite(baker)::file)));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String linkTo(String slug, Instant expires) {
        return SIGNER.path(new PreviewToken.Link(slug, expires));
    }

    /** Opens the link as a browser does: the redirect's target, and the cookie it sends back from now on. */
    private static String[] open(String link) {
        HttpResponse<String> response = server.get(link);
        assertThat(response.statusCode()).isEqualTo(303);
        String cookie = response.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax").contains("Path=/preview");
        return new String[] {response.headers().firstValue("Location").orElseThrow(), cookie.split(";")[0]};
    }

    @Test
    void link_opensThatDraftsPage_sayingItIsADraft_andHoldsNothingOfTheToken() {
        String link = linkTo(DRAFT, Instant.now().plus(Duration.ofHours(48)));
        assertThat(link).doesNotContain(TOKEN);

        String[] opened = open(link);
        HttpResponse<String> page = server.get(opened[0], "Cookie", opened[1]);

        assertThat(opened[0]).isEqualTo("/preview/articles/" + DRAFT + "/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("与党税制調査会").contains("この記事は下書きです");
        assertThat(page.headers().firstValue("Cache-Control")).contains("private, no-store");
        assertThat(server.get("/preview/css/site.css", "Cookie", opened[1]).statusCode()).as("the page's styles")
                .isEqualTo(200);
    }

    @Test
    void link_scheduledArticle_saysWhenItGoesOutInTheSitesTimeZone() {
        String[] opened = open(linkTo(SCHEDULED, Instant.now().plus(Duration.ofHours(1))));

        assertThat(server.get(opened[0], "Cookie", opened[1]).body())
                .contains("この記事は 2030年1月6日 06:00（Asia/Tokyo）に公開される予定です。");
    }

    @Test
    void link_showsNoOtherPageOfThePreview() {
        String[] opened = open(linkTo(DRAFT, Instant.now().plus(Duration.ofHours(48))));

        for (String other : new String[] {"/preview/", "/preview/articles/" + SCHEDULED + "/", "/preview/feed.xml",
                "/preview/sections/politics/"}) {
            HttpResponse<String> refused = server.get(other, "Cookie", opened[1]);
            assertThat(refused.statusCode()).as(other).isEqualTo(403);
            assertThat(refused.body()).as(other).contains("このリンクで見られるのは記事「" + DRAFT + "」だけです")
                    .doesNotContain("2030年の日本経済");
        }
    }

    @Test
    void expiredOrForgedLink_isRefusedInJapanese() {
        String expired = linkTo(DRAFT, Instant.now().minusSeconds(1));
        Instant later = Instant.now().plus(Duration.ofHours(1));
        String granted = linkTo(DRAFT, later);
        String other = linkTo(SCHEDULED, later);
        // another article's payload under this link's signature
        String forged = other.substring(0, other.indexOf('.')) + granted.substring(granted.indexOf('.'));
        String otherToken = PreviewToken.of("9f8e7d6c5b4a39281706f5e4d3c2b1a0")
                .path(new PreviewToken.Link(DRAFT, Instant.now().plus(Duration.ofHours(1))));

        for (String link : new String[] {expired, forged, otherToken}) {
            HttpResponse<String> refused = server.get(link);
            assertThat(refused.statusCode()).as(link).isEqualTo(403);
            assertThat(refused.body()).contains("このプレビューリンクは期限が切れたか、正しくありません")
                    .doesNotContain("与党税制調査会");
            assertThat(refused.headers().firstValue("Set-Cookie")).isEmpty();
        }
    }

    @Test
    void graphQlPreviewLink_isForEditors_andItsLinkOpensTheArticle() {
        String query = "{ previewLink(slug: \"" + DRAFT + "\", expiresInHours: 2) }";
        JsonNode reader = server.graphQl(query);
        assertThat(reader.at("/errors/0/message").asText()).contains("it is for editors");

        HttpResponse<String> editor = server.post(TestServer.json(Map.of("query", query)), "X-Preview-Token", TOKEN);
        String url = TestServer.tree(editor.body()).at("/data/previewLink").asText();

        assertThat(url).startsWith(SampleContent.catalog().site().absoluteUrl("/preview/link/")).doesNotContain(TOKEN);
        String[] opened = open(url.substring(url.indexOf("/preview/link/")));
        assertThat(server.get(opened[0], "Cookie", opened[1]).statusCode()).isEqualTo(200);
    }
}
