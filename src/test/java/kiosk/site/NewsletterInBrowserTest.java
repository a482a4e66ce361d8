package kiosk.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import kiosk.api.http.NewsletterOptions;
import kiosk.api.http.ServerOptions;
import kiosk.api.http.TestServer;
import kiosk.site.bake.MostRead;
import kiosk.site.bake.SiteBaker;
import kiosk.testing.MailServer;
import kiosk.testing.NewsletterDeskForTests;
import kiosk.testing.SampleContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reader signs up in Chromium from the footer form of an article page, as {@code kiosk serve} serves
 * the site: with script the answer shows in place; with script turned off the form posts as a page and
 * the browser lands on /newsletter/ with the notice shown. Each time a confirmation mail reaches
 * GreenMail. Screenshots in {@code target/screenshots/newsletter-*.png}.
 */
class NewsletterInBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots").toAbsolutePath();

    @TempDir
    Path temp;

    @Test
    void footerForm_signsUp_withScriptInPlace_andWithoutScriptThroughTheNewsletterPage() throws Exception {
        Chromium chromium = Chromium.require();
        Path out = temp.resolve("site");
        new SiteBaker(Path.of("site"), SampleContent.folder().resolve("media"), out,
                first -> new MostRead.Standings(Instant.now(), Map.of())).bake(SampleContent.catalog());
        String article = SampleContent.catalog().articles().get(0).url();
        try (MailServer smtp = MailServer.start();
             NewsletterDeskForTests desk = new NewsletterDeskForTests(SampleContent.catalog(), temp.resolve("data"), smtp.port());
             TestServer server = TestServer.start(SampleContent.catalog(), ServerOptions.defaults(0).withSiteFolder(out)
                     .withNewsletter(new NewsletterOptions(desk.subscriptions, 20, 5, null)));
             DevTools browser = chromium.devTools()) {
            browser.open(server.uri(article).toString());
            browser.type("#newsletter-signup-email", "scripted@example.jp");
            browser.click("[data-newsletter-form] button[type=submit]");
            DevTools.await(() -> browser.textWhileLoading(".newsletter-status").contains("確認メールを送りました"), "the answer in place");
            assertThat(browser.documentUrl()).endsWith(article);
            browser.screenshot(SCREENSHOTS.resolve("newsletter-signed-up-in-place.png"));
            assertThat(smtp.awaitTotal(1)).isTrue();
            assertThat(smtp.delivered("scripted@example.jp")).isEqualTo(1);

            browser.scripts(false);
            browser.open(server.uri(article).toString());
            browser.type("#newsletter-signup-email", "plain@example.jp");
            browser.pressEnter();
            DevTools.await(() -> browser.documentUrl().endsWith("/newsletter/#sent"), "the newsletter page");
            // the URL changes when the navigation commits, before the new document's nodes can be asked for
            DevTools.await(() -> "block".equals(browser.styleWhileLoading("#sent", "display")), "the sent notice");
            assertThat(browser.style("#invalid", "display")).isEqualTo("none");
            browser.screenshot(SCREENSHOTS.resolve("newsletter-signed-up-without-script.png"));
            assertThat(smtp.awaitTotal(2)).isTrue();
            assertThat(smtp.delivered("plain@example.jp")).isEqualTo(1);
        }
    }

}
