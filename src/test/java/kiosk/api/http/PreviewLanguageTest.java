package kiosk.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import kiosk.testing.ContentFolder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview speaks the site's language: a magazine whose site.yaml says {@code language: en} gets its
 * preview's pages (the token's form, refusals, the banner) in English, dates in its own time zone.
 */
class PreviewLanguageTest {

    private static final String TOKEN = "b1e7d3a9c5f2084e6a1d9c3b7f5e2a40";
    private static final String SCHEDULED = "scheduled-story";
    private static final String DRAFT = "draft-story";

    @TempDir
    static Path temp;
    private static TestServer server;

    @BeforeAll
    static void start() {
        ContentFolder folder = ContentFolder.create(temp)
                .write("site.yaml", """
                        title: The Kiosk Weekly
                        baseUrl: https://weekly.example.com/
                        language: en
                        timeZone: America/New_York
                        """)
                .article("main-story", "2026-11-20T09:00:00+09:00")
                .article(SCHEDULED, "2030-01-06T06:00:00+09:00")
                .articleWith(DRAFT, "2026-11-21T09:00:00+09:00", "draft: true");
        server = TestServer.withPreview(folder.root(), temp.resolve("out"), PreviewToken.of(TOKEN), ContentRefs.NONE);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void accessPages_ofAnEnglishSite_areInEnglish() {
        HttpResponse<String> noToken = server.get("/preview/articles/" + SCHEDULED + "/");
        HttpResponse<String> badCookie = server.get("/preview/", "Cookie", PreviewAccess.COOKIE + "=1.forged");
        HttpResponse<String> expiredLink = server.get(PreviewToken.of(TOKEN).path(
                new PreviewToken.Link(SCHEDULED, Instant.now().minusSeconds(1))));

        assertThat(noToken.statusCode()).isEqualTo(401);
        Document form = Jsoup.parse(noToken.body());
        assertThat(form.select("html").attr("lang")).isEqualTo("en");
        assertThat(form.select("p").text()).isEqualTo("The preview is for editors: enter the preview token.");
        assertThat(form.select("label").text()).isEqualTo("Preview token");
        assertThat(badCookie.statusCode()).isEqualTo(403);
        assertThat(badCookie.body()).contains("The token is not valid, or the preview has expired");
        assertThat(expiredLink.statusCode()).isEqualTo(403);
        assertThat(expiredLink.body()).contains("This preview link has expired or is not valid");
        for (HttpResponse<String> page : java.util.List.of(noToken, badCookie, expiredLink)) {
            assertThat(page.body()).as("no Japanese on an English site's pages").doesNotContainPattern("\\p{IsHan}|\\p{IsHiragana}");
        }
    }

    @Test
    void refusedRefName_ofAnEnglishSite_isToldInEnglish() {
        HttpResponse<String> page = server.get("/preview/@feature..main/", PreviewAccess.HEADER, TOKEN);

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(page.body()).select("p").text()).startsWith("The address names no branch: it holds '..'.");
    }

    @Test
    void banner_ofAnEnglishSite_saysWhenTheArticleGoesOutInTheSitesTimeZone_orThatItIsADraft() {
        Document scheduled = Jsoup.parse(server.get("/preview/articles/" + SCHEDULED + "/", PreviewAccess.HEADER, TOKEN)
                .body());
        Document draft = Jsoup.parse(server.get("/preview/articles/" + DRAFT + "/", PreviewAccess.HEADER, TOKEN).body());

        assertThat(scheduled.select(".preview-banner").text()).startsWith("Preview (revision ")
                .endsWith("This article is scheduled to go out on January 5, 2030, 16:00 (America/New_York).");
        assertThat(draft.select(".preview-banner").text())
                .endsWith("This article is a draft (draft: true): it is not published.");
    }
}
