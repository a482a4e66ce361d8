package kiosk.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import kiosk.api.http.Preview;
import kiosk.api.http.PreviewToken;
import kiosk.api.http.ServerOptions;
import kiosk.api.http.TestServer;
import kiosk.catalog.CatalogBuilder;
import kiosk.catalog.CatalogHolder;
import kiosk.site.bake.PreviewSite;
import kiosk.site.bake.SiteBaker;
import kiosk.testing.SampleContent;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An editor's browser opens {@code /preview?token=...}: it keeps the cookie through the redirect and
 * sees the preview, draft included, styled and without console messages. Screenshot in
 * {@code target/screenshots/preview-draft.png}.
 */
class PreviewInBrowserTest {

    private static final String TOKEN = "5d2e8c71f0a94b3e6c1d7f8a2b9e4c05";
    private static final String DRAFT = "tax-reform-outline-draft";

    @TempDir
    Path temp;

    @Test
    void editorsBrowser_entersWithTheToken_andSeesTheDraftPage() throws Exception {
        Chromium chromium = Chromium.require();
        Path out = temp.resolve("site");
        SiteBaker baker = new SiteBaker(Path.of("site"), SampleContent.folder().resolve("media"), out);
        baker.bake(SampleContent.catalog());
        CatalogHolder preview = new CatalogHolder(
                new CatalogBuilder().preview(SampleContent.load().content(), SampleContent.NOW));
        try (TestServer server = TestServer.start(SampleContent.catalog(), ServerOptions.defaults(0).withSiteFolder(out)
                .withPreview(new Preview(PreviewToken.of(TOKEN), preview, new PreviewSite(baker)::file)))) {
            String home = chromium.run("--dump-dom", server.uri("/preview?token=" + TOKEN).toString());

            assertThat(Chromium.consoleMessages(home)).isEmpty();
            Document previewHome = Jsoup.parse(home);
            assertThat(previewHome.select(".preview-banner").text()).startsWith("プレビュー");
            assertThat(previewHome.select("a[href=/preview/articles/" + DRAFT + "/]")).isNotEmpty();

            Path screenshot = Path.of("target", "screenshots", "preview-draft.png").toAbsolutePath();
            Files.createDirectories(screenshot.getParent());
            String article = chromium.run("--window-size=1280,1600", "--screenshot=" + screenshot,
                    server.uri("/preview?token=" + TOKEN + "&path=/articles/" + DRAFT + "/").toString());
            assertThat(Chromium.consoleMessages(article)).isEmpty();
            assertThat(Files.size(screenshot)).isGreaterThan(10_000);
        }
    }
}
