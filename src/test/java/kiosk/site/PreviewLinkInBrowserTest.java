package kiosk.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import kiosk.api.http.ContentRefs;
import kiosk.api.http.Preview;
import kiosk.api.http.PreviewToken;
import kiosk.api.http.ServerOptions;
import kiosk.api.http.TestServer;
import kiosk.catalog.CatalogBuilder;
import kiosk.catalog.CatalogHolder;
import kiosk.content.git.RefName;
import kiosk.live.RefCatalogs;
import kiosk.site.bake.PreviewSite;
import kiosk.site.bake.SiteBaker;
import kiosk.testing.DraftBranch;
import kiosk.testing.SampleContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A per-article preview link followed from another site (a chat, a mail, a pull request: here a page
 * on 127.0.0.1 sending the browser to localhost, another site) shows the draft at the first click,
 * in a fresh browser that never entered the token.
 */
class PreviewLinkInBrowserTest {

    private static final String TOKEN = "5d2e8c71f0a94b3e6c1d7f8a2b9e4c05";
    private static final String DRAFT = "tax-reform-outline-draft";

    @TempDir
    Path temp;


    @Test
    void linkFromAnotherSite_showsTheDraftAtTheFirstClick() throws Exception {
        Chromium chromium = Chromium.require();
        Path out = temp.resolve("site");
        SiteBaker baker = new SiteBaker(Path.of("site"), SampleContent.folder().resolve("media"), out);
        baker.bake(SampleContent.catalog());
        CatalogHolder preview = new CatalogHolder(
                new CatalogBuilder().preview(SampleContent.load().content(), SampleContent.NOW));
        PreviewToken token = PreviewToken.of(TOKEN);
        try (TestServer server = TestServer.start(SampleContent.catalog(), ServerOptions.defaults(0).withSiteFolder(out)
                .withPreview(new Preview(token, preview, new PreviewSite(baker)::file)))) {
            String link = server.uri(token.path(new PreviewToken.Link(DRAFT, Instant.now().plus(Duration.ofHours(48)))))
                    .toString();
            followFromAnotherSite(chromium, link, "/preview/articles/" + DRAFT + "/", "この記事は下書きです", "与党税制調査会");
        }
    }

    /**
     * A link made with {@code kiosk preview-link --ref feature}: the branch's draft, read from git while
     * the work tree stays on main, at the first click from another site.
     */
    @Test
    void linkAtARefFromAnotherSite_showsTheBranchsDraftAtTheFirstClick() throws Exception {
        Chromium chromium = Chromium.require();
        PreviewToken token = PreviewToken.of(TOKEN);
        try (DraftBranch repository = DraftBranch.create(temp, "feature/tourism", "branch-draft", "円安と地方の観光",
                "ブランチの原稿です。\n");
             RefCatalogs refs = RefCatalogs.open(repository.folder().root(), new CatalogBuilder(), Clock.systemUTC(),
                     RefCatalogs.SNAPSHOTS, ContentRefs.MAX_BUILDS).orElseThrow();
             TestServer server = TestServer.withPreview(repository.folder().root(), temp.resolve("site"), token,
                     ContentRefs.of(refs::at, refs::media))) {
            String link = server.uri(token.path(new PreviewToken.Link("branch-draft",
                    Instant.now().plus(Duration.ofHours(48)), new RefName("feature/tourism")))).toString();
            followFromAnotherSite(chromium, link, "/preview/@feature~tourism/articles/branch-draft/",
                    "ブランチ「feature/tourism」", "円安と地方の観光");
        }
    }

    /** Clicks {@code link} on a page of another site, in a fresh browser, and checks the page it lands on. */
    private void followFromAnotherSite(Chromium chromium, String link, String lands, String banner, String heading)
            throws Exception {
        Path chat = Files.createDirectories(temp.resolve("chat"));
        Files.writeString(chat.resolve("index.html"), """
                <!doctype html><html lang="ja"><head><meta charset="utf-8"><title>編集部チャット</title></head>
                <body><p><a id="shared" href="%s">下書きを見てください</a></p></body></html>
                """.formatted(link));
        StaticServer otherSite = new StaticServer(chat);
        try (DevTools browser = chromium.devTools()) {
            browser.open(otherSite.url("/"));
            browser.click("#shared");
            DevTools.await(() -> browser.documentUrl().endsWith(lands), "the draft's page");
            DevTools.await(() -> browser.textWhileLoading(".preview-banner").contains(banner), "the banner");

            assertThat(browser.textWhileLoading("h1")).contains(heading);
            assertThat(browser.textWhileLoading("body")).doesNotContain("トークンを入力してください");
        } finally {
            otherSite.close();
        }
    }
}
