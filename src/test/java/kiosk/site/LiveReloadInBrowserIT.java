package kiosk.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import kiosk.testing.ContentFolder;
import kiosk.testing.Folders;
import kiosk.testing.Http;
import kiosk.testing.KioskProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The editors' live reload in Chromium, on the packaged {@code kiosk serve} following a content folder:
 * a preview page shows the problems of a broken save over the page (file:line, message, hint), and once
 * the file is fixed the overlay goes and the page shows the new text, without the editor touching it.
 * Readers' pages of a server without {@code --live-reload} load no such script; with it, a template edit
 * reloads the readers' pages it re-rendered.
 */
class LiveReloadInBrowserIT {

    private static final String TOKEN = "c7a1e4f8b2d5c9e3a6f0b4d8e2c5a9f1";

    @TempDir
    Path temp;


    @Test
    void aBrokenSave_showsItsProblemsOverThePreview_andTheFixReloadsThePage() throws Exception {
        Chromium chromium = Chromium.require();
        ContentFolder content = ContentFolder.create(temp).article("tokyo-report", "2026-11-20T09:00:00+09:00");
        try (KioskProcess serve = KioskProcess.start(temp.resolve("serve.log"), List.of(),
                Map.of("KIOSK_PREVIEW_TOKEN", TOKEN), List.of("--content", content.root().toString(),
                        "--site", Path.of("site").toAbsolutePath().toString(), "--out", temp.resolve("out").toString(),
                        "--data", temp.resolve("data").toString()));
             DevTools browser = chromium.devTools()) {
            // the token once, as a CMS's preview link gives it: the server sets the cookie and redirects
            browser.call("Page.navigate", Map.of("url", serve.base() + "/preview?token=" + TOKEN
                    + "&path=/articles/tokyo-report/"));
            DevTools.await(() -> browser.documentUrl().endsWith("/preview/articles/tokyo-report/"), "the preview page");
            DevTools.await(() -> browser.textWhileLoading("h1").contains("記事 tokyo-report"), "the article's title");
            assertThat(browser.node("#kiosk-problems")).isZero();

            content.article("tokyo-report", """
                    title: 東京から報告
                    date: 2026-11-20T09:00:00+09:00
                    section: sport
                    authors: [sato]
                    summary: 要約。
                    """, "本文です。\n");
            DevTools.await(() -> browser.textWhileLoading("#kiosk-problems").contains("articles/tokyo-report.md:4"),
                    "the overlay naming the broken line");
            String overlay = browser.textWhileLoading("#kiosk-problems");
            assertThat(overlay).contains("sport").contains("コンテンツにエラーがあります");
            assertThat(browser.textWhileLoading(".kiosk-problem-hint")).isNotBlank();
            assertThat(browser.style("#kiosk-problems", "position")).as("styled by site.css, as the CSP allows")
                    .isEqualTo("fixed");
            assertThat(browser.textWhileLoading("h1")).as("the page still shows what serves").contains("記事 tokyo-report");

            content.article("tokyo-report", """
                    title: 直した見出し
                    date: 2026-11-20T09:00:00+09:00
                    section: world
                    authors: [sato]
                    summary: 要約。
                    """, "本文です。\n");
            DevTools.await(() -> browser.textWhileLoading("h1").contains("直した見出し"), "the page reloaded with the fix");
            DevTools.await(() -> browser.textWhileLoading("#kiosk-problems").isEmpty(), "the overlay gone");

            browser.open(serve.base() + "/articles/tokyo-report/");
            DevTools.await(() -> browser.textWhileLoading("h1").contains("直した見出し"), "the public page");
            assertThat(browser.node("script[src*=\"live-reload\"]")).as("a reader's page of a server without --live-reload")
                    .isZero();
            assertThat(Http.get(serve.base() + "/articles/tokyo-report/").body()).doesNotContain("live-reload");
        }
    }

    /** A template edit changes no content, so no change set names the page: the pages the site re-rendered do. */
    @Test
    void withLiveReload_aTemplateEdit_reloadsTheOpenPage() throws Exception {
        Chromium chromium = Chromium.require();
        ContentFolder content = ContentFolder.create(temp).article("tokyo-report", "2026-11-20T09:00:00+09:00");
        Path site = Folders.copy(Path.of("site").toAbsolutePath(), temp.resolve("site"));
        try (KioskProcess serve = KioskProcess.start(temp.resolve("serve.log"), List.of(), Map.of(),
                List.of("--content", content.root().toString(), "--site", site.toString(),
                        "--out", temp.resolve("out").toString(), "--data", temp.resolve("data").toString(),
                        "--live-reload"));
             DevTools browser = chromium.devTools()) {
            browser.open(serve.base() + "/articles/tokyo-report/");
            DevTools.await(() -> browser.textWhileLoading("h1").contains("記事 tokyo-report"), "the article's page");
            assertThat(browser.node("#template-edit")).isZero();

            Path template = site.resolve("templates/article.ftl");
            Files.writeString(template, Files.readString(template).replace("<h1 class=\"article-title\">",
                    "<p id=\"template-edit\">テンプレートを直した</p><h1 class=\"article-title\">"));

            DevTools.await(() -> browser.textWhileLoading("#template-edit").contains("テンプレートを直した"),
                    "the page reloaded with the template's change");
        }
    }
}
