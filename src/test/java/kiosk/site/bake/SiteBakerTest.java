package kiosk.site.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import kiosk.catalog.Catalog;
import kiosk.catalog.CatalogBuilder;
import kiosk.content.Article;
import kiosk.content.Content;
import kiosk.content.Tag;
import kiosk.content.load.LoadResult;
import kiosk.image.Renditions;
import kiosk.image.TestImages;
import kiosk.testing.ContentFolder;
import kiosk.testing.Folders;
import kiosk.testing.SampleContent;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteBakerTest {

    @TempDir
    Path temp;

    private ContentFolder content;
    private Path out;

    @BeforeEach
    void setUp() {
        content = ContentFolder.create(temp)
                .article("first", "2026-11-20T09:00:00+09:00")
                .article("second", "2026-11-21T09:00:00+09:00");
        out = temp.resolve("out");
    }

    private Catalog catalog() {
        LoadResult result = content.load();
        assertFalse(result.hasErrors(), () -> result.problems().toString());
        return new CatalogBuilder().published(result.content(), SampleContent.NOW);
    }

    private SiteBaker baker() {
        return new SiteBaker(Path.of("site"), content.root().resolve("media"), out);
    }

    @Test
    void bake_contentWithMarkup_escapesEverythingButTheSanitisedBody() throws IOException {
        content.article("markup", """
                title: "<script>alert(1)</script> & 「見出し」"
                date: 2026-11-22T09:00:00+09:00
                section: world
                authors: [sato]
                tags: ["<b>タグ</b>"]
                summary: "要約 <img src=x onerror=alert(1)>"
                """, "本文の**強調**。\n");
        baker().bake(catalog());

        String html = Files.readString(out.resolve("articles/markup/index.html"));
        assertFalse(html.contains("<script>alert"), "title escaped");
        assertFalse(html.contains("<img src=x"), "summary escaped");
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; 「見出し」"));
        assertTrue(html.contains("<strong>強調</strong>"), "the body is inserted as HTML");
        Document page = Jsoup.parse(html);
        assertEquals("<script>alert(1)</script> & 「見出し」", page.selectFirst("h1").text());
        assertTrue(page.selectFirst("script[type=application/ld+json]").data().contains("\\u003cscript>"),
                "JSON-LD cannot close its script element");
    }

    @Test
    void bake_japaneseTag_writesTheRawNameOnDiskAndLinksPercentEncoded() throws IOException {
        baker().bake(catalog());

        assertTrue(Files.isRegularFile(out.resolve("tags/外交/index.html")));
        String article = Files.readString(out.resolve("articles/first/index.html"));
        assertTrue(article.contains("href=\"/tags/%E5%A4%96%E4%BA%A4/\""), "links percent-encode the name");
    }

    @Test
    void bake_beforeAnyVariantExists_everyImageHasItsWidthAndHeight() throws IOException {
        // serve's first seconds: pages render before the variants exist and must still reserve each photo's space
        content.writeBytes("media/cover.jpg", ContentFolder.jpeg(600, 800))
                .writeBytes("media/body.jpg", ContentFolder.jpeg(640, 480))
                // stored 800 x 400, shown upright (EXIF 6) as 400 x 800
                .writeBytes("media/upright.jpg", TestImages.withExifOrientation(ContentFolder.jpeg(800, 400), 6))
                .issueCover("/media/cover.jpg")
                .article("photos", """
                        title: 写真つき
                        date: 2026-11-22T09:00:00+09:00
                        section: world
                        authors: [sato]
                        issue: 2026-11-24
                        summary: 要約。
                        image:
                          src: /media/upright.jpg
                          alt: 縦の写真
                          credit: 撮影・佐藤
                        """, "前段。\n\n![市場](/media/body.jpg \"朝の市場\")\n");

        baker().bake(catalog());

        Document issue = Jsoup.parse(Files.readString(out.resolve("issues/2026-11-24/index.html")));
        assertSized(issue, "/media/cover.jpg", 600, 800);
        Document home = Jsoup.parse(Files.readString(out.resolve("index.html")));
        assertSized(home, "/media/cover.jpg", 600, 800);
        Document article = Jsoup.parse(Files.readString(out.resolve("articles/photos/index.html")));
        assertSized(article, "/media/body.jpg", 640, 480);
        assertSized(article, "/media/upright.jpg", 400, 800);
    }

    private static void assertSized(Document page, String src, int width, int height) {
        var images = page.select("img[src=" + src + "]");
        assertFalse(images.isEmpty(), () -> src + " is not on the page");
        images.forEach(image -> assertEquals(width + "x" + height, image.attr("width") + "x" + image.attr("height"),
                () -> image.outerHtml()));
    }

    @Test
    void bake_mediaOfADraft_staysOutUntilItsArticleIsPublished() throws IOException {
        content.writeBytes("media/published.png", ContentFolder.png()).writeBytes("media/embargoed.png", ContentFolder.png())
                .article("with-photo", photoArticle("published", false), "本文。\n")
                .article("draft-with-photo", photoArticle("embargoed", true), "本文。\n");

        baker().bake(catalog());

        assertTrue(Files.isRegularFile(out.resolve("media/published.png")));
        assertFalse(Files.exists(out.resolve("media/embargoed.png")));
        String page = Files.readString(out.resolve("articles/with-photo/index.html"));
        assertTrue(page.contains("src=\"/media/published.png\" alt=\"写真\" width=\"4\" height=\"3\""), page);
    }

    private static String photoArticle(String photo, boolean draft) {
        return """
                title: 写真つき
                date: 2026-11-22T09:00:00+09:00
                section: world
                authors: [sato]
                summary: 要約。
                draft: %s
                image:
                  src: /media/%s.png
                  alt: 写真
                """.formatted(draft, photo);
    }

    @Test
    void bake_twice_replacesTheOutputWithNothingLeftOver() throws IOException {
        baker().bake(catalog());
        assertTrue(Files.exists(out.resolve("articles/second/index.html")));
        Files.delete(content.root().resolve("articles/second.md"));

        baker().bake(catalog());

        assertFalse(Files.exists(out.resolve("articles/second")));
        assertTrue(Files.exists(out.resolve("articles/first/index.html")));
        try (Stream<Path> siblings = Files.list(temp)) {
            assertEquals(List.of("content", "out"), siblings.map(path -> path.getFileName().toString()).sorted().toList(),
                    "no staging or old folders left beside the output");
        }
    }

    /** What a bake killed with SIGKILL leaves beside the output, removed by the next bake. */
    @Test
    void bake_afterABakeThatWasKilled_removesTheFoldersItLeft() throws IOException {
        baker().bake(catalog());
        Path staging = Files.createDirectories(temp.resolve(".out.staging-1234/articles/first"));
        Files.writeString(staging.resolve("index.html"), "half a site");
        Files.createDirectories(temp.resolve(".out.old-5678/site/articles"));
        Files.createDirectories(temp.resolve(".other.staging-1"));

        baker().bake(catalog());

        try (Stream<Path> siblings = Files.list(temp)) {
            assertEquals(List.of(".other.staging-1", "content", "out"),
                    siblings.map(path -> path.getFileName().toString()).sorted().toList(),
                    "the output's staging and old folders are gone, another output's are not touched");
        }
    }

    @Test
    void bake_mediaOnlyItsOwnerCanRead_isCopiedReadableByAll() throws IOException {
        content.writeBytes("media/published.png", ContentFolder.png()).article("with-photo", photoArticle("published", false), "本文。\n");
        Files.setPosixFilePermissions(content.root().resolve("media/published.png"), PosixFilePermissions.fromString("rw-------"));

        baker().bake(catalog());

        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve("media/published.png"))),
                "a web server running as another user serves it");
    }

    /**
     * An update writes pages in place, so until it is done the folder mixes two revisions: the marker says
     * so, and stays so when the update does not finish (here it fails; a kill leaves the same).
     */
    @Test
    void update_thatDoesNotFinish_leavesTheMarkerSayingSo() throws IOException {
        Catalog first = catalog();
        SiteBaker baker = baker();
        baker.bake(first);
        content.article("third", "2026-11-22T09:00:00+09:00");
        Catalog next = catalog();
        // the sitemap, which lists the new article, cannot be replaced: the update fails there, after the
        // article's page (pages are taken in the plan's order, and none is taken after a failure)
        Files.delete(out.resolve("sitemap.xml"));
        Files.createDirectories(out.resolve("sitemap.xml/in-the-way"));

        assertThrows(RuntimeException.class, () -> baker.update(next));

        assertTrue(Files.exists(out.resolve("articles/third/index.html")), "the new article's page was written first");
        assertEquals("Updating from content revision " + first.revision() + " to " + next.revision()
                        + ": the folder mixes both until this line changes; a kiosk serve or bake that did not finish"
                        + " it is followed by a full bake\n",
                Files.readString(out.resolve(OutputFolder.MARKER)));

        new SiteBaker(Path.of("site"), content.root().resolve("media"), out).update(next);

        assertEquals("Baked by kiosk from content revision " + next.revision() + "\n",
                Files.readString(out.resolve(OutputFolder.MARKER)));
    }

    @Test
    void bake_failingTemplate_leavesTheExistingOutputAsItWas() throws IOException {
        baker().bake(catalog());
        Map<String, String> before = snapshot(out);
        Path site = copyOfSite();
        Files.writeString(site.resolve("templates/article.ftl"), "<#ftl output_format=\"HTML\">${page.noSuchField}");

        BakeException failure = assertThrows(BakeException.class,
                () -> new SiteBaker(site, content.root().resolve("media"), out).bake(catalog()));

        assertTrue(failure.getMessage().contains("article.ftl"), failure.getMessage());
        assertEquals(before, snapshot(out));
        try (Stream<Path> siblings = Files.list(temp)) {
            assertEquals(3, siblings.count(), "content, out and the site copy; the staging folder is gone");
        }
    }

    @Test
    void bake_assetLinkedOutOfTheSiteFolder_isRefusedAndNothingIsPublished() throws IOException {
        baker().bake(catalog());
        Map<String, String> before = snapshot(out);
        Path site = copyOfSite();
        Files.createSymbolicLink(site.resolve("assets/leak.txt"), Path.of("/etc/passwd"));

        BakeException refusal = assertThrows(BakeException.class,
                () -> new SiteBaker(site, content.root().resolve("media"), out).bake(catalog()));

        assertTrue(refusal.getMessage().contains("assets/leak.txt: the file is a link to /etc/passwd, outside the site"
                + " folder"), refusal.getMessage());
        assertEquals(before, snapshot(out));
    }

    @Test
    void bake_templateLinkedOutOfTheSiteFolder_isRefusedUnread() throws IOException {
        Path site = copyOfSite();
        Files.delete(site.resolve("templates/robots.ftl"));
        Files.createSymbolicLink(site.resolve("templates/robots.ftl"), Path.of("/etc/passwd"));

        BakeException refusal = assertThrows(BakeException.class,
                () -> new SiteBaker(site, content.root().resolve("media"), out).bake(catalog()));

        assertTrue(refusal.getMessage().contains("templates/robots.ftl: the file is a link to /etc/passwd, outside the"
                + " site folder"), refusal.getMessage());
        assertFalse(Files.exists(out));
    }

    @Test
    void bake_mediaReplacedByALinkAfterTheCheck_isNeverCopied() throws IOException {
        content.writeBytes("media/photo.png", ContentFolder.png())
                .article("with-photo", photoArticle("photo", false), "本文。\n");
        Catalog checked = catalog();
        content.link("media/photo.png", "/etc/passwd");

        BakeException refusal = assertThrows(BakeException.class, () -> baker().bake(checked));

        assertTrue(refusal.getMessage().contains("media/photo.png: the file is a link to /etc/passwd, outside the content"
                + " folder"), refusal.getMessage());
        assertFalse(Files.exists(out.resolve("media/photo.png")));
    }

    @Test
    void bake_mediaFolderReplacedByALinkOutAfterTheCheck_isNeverCopied() throws IOException {
        content.writeBytes("media/2026/photo.png", ContentFolder.png())
                .article("with-photo", photoArticle("2026/photo", false), "本文。\n");
        Catalog checked = catalog();
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Files.move(content.root().resolve("media/2026"), outside.resolve("2026"));
        content.link("media/2026", outside.resolve("2026").toString());

        BakeException refusal = assertThrows(BakeException.class, () -> baker().bake(checked));

        assertTrue(refusal.getMessage().contains("media/2026/photo.png: the file is reached through a link to a folder"
                + " outside the content folder"), refusal.getMessage());
        assertFalse(Files.exists(out.resolve("media/2026/photo.png")));
    }

    @Test
    void update_mediaReplacedByAScriptAfterTheCheck_isNeverCopiedNorPreviewed() throws IOException {
        content.writeBytes("media/photo.png", ContentFolder.png())
                .article("with-photo", photoArticle("photo", false), "本文。\n");
        Catalog checked = catalog();
        SiteBaker baker = baker();
        baker.bake(checked);
        byte[] script = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes(StandardCharsets.UTF_8);
        content.writeBytes("media/photo.png", script);

        BakeException refusal = assertThrows(BakeException.class, () -> baker.update(checked));

        assertTrue(refusal.getMessage().contains("media/photo.png: the file does not hold a PNG image"), refusal.getMessage());
        assertTrue(Arrays.equals(ContentFolder.png(), Files.readAllBytes(out.resolve("media/photo.png"))),
                "the copy checked earlier stays");
        assertTrue(new PreviewSite(baker()).file(checked, "/preview", null, "media/photo.png").isEmpty());
    }

    @Test
    void bake_intoAFolderKioskDidNotBake_refusesAndDeletesNothing() throws IOException {
        Files.createDirectories(out);
        Files.writeString(out.resolve("precious.txt"), "not a site");

        BakeException refusal = assertThrows(BakeException.class, () -> baker().bake(catalog()));

        assertTrue(refusal.getMessage().contains("not baked by kiosk"), refusal.getMessage());
        assertEquals("not a site", Files.readString(out.resolve("precious.txt")));
    }

    @Test
    void update_nothingChanged_rendersAndWritesNothing() throws IOException {
        SiteBaker baker = baker();
        baker.bake(catalog());
        Map<String, FileTime> times = modificationTimes(out);

        BakeReport report = baker.update(catalog());

        assertEquals(0, report.rendered());
        assertEquals(0, report.filesWritten());
        assertEquals(times, modificationTimes(out));
    }

    @Test
    void update_oneArticleRetitled_rewritesOnlyThePagesThatShowIt() throws IOException {
        SiteBaker baker = baker();
        baker.bake(catalog());
        Map<String, String> before = snapshot(out);
        content.article("first", """
                title: 新しい見出し
                date: 2026-11-20T09:00:00+09:00
                section: world
                authors: [sato]
                tags: [外交]
                summary: 要約。
                """, "本文です。\n");

        BakeReport report = baker.update(catalog());

        Map<String, String> after = snapshot(out);
        List<String> changed = after.keySet().stream()
                .filter(path -> !path.equals(OutputFolder.MARKER) && !after.get(path).equals(before.get(path))).toList();
        assertTrue(changed.contains("articles/first/index.html"));
        assertTrue(changed.contains("sections/world/index.html"));
        assertTrue(changed.contains("feed.xml"));
        assertFalse(changed.contains("sections/business/index.html"));
        assertFalse(changed.contains("issues/2026-11-24/index.html"));
        assertEquals(changed.size(), report.filesWritten(), "written exactly the files whose bytes changed: " + changed);
        assertTrue(report.rendered() < report.pages());
    }

    @Test
    void update_variantsOfOneArticlesPhotoFinished_rewritesThatArticleAndWhatListsIt_notTheRest() throws IOException {
        content.writeBytes("media/photo.jpg", ContentFolder.jpeg(1600, 900)).articleWithPhoto("photo", "/media/photo.jpg")
                .articleInBusiness("other");
        AtomicReference<Renditions> renditions = new AtomicReference<>(Renditions.none());
        CatalogBuilder builder = new CatalogBuilder().withRenditions(renditions::get);
        Content loaded = content.load().content();
        Catalog first = builder.published(loaded, SampleContent.NOW);
        SiteBaker baker = baker();
        baker.bake(first);
        Map<String, String> before = snapshot(out);
        Path file = content.root().resolve("media/photo.jpg");
        renditions.set(TestImages.oneDone("/media/photo.jpg", file));

        BakeReport report = baker.update(builder.published(loaded, SampleContent.NOW, first));

        Map<String, String> after = snapshot(out);
        List<String> changed = after.keySet().stream()
                .filter(path -> !path.equals(OutputFolder.MARKER) && !after.get(path).equals(before.get(path))).toList();
        assertTrue(changed.contains("articles/photo/index.html"), changed::toString);
        assertTrue(changed.contains("sections/world/index.html"), changed::toString);
        assertTrue(changed.contains("img/photo-640.0123456789.webp"), changed::toString);
        assertFalse(changed.contains("articles/other/index.html"), changed::toString);
        assertFalse(changed.contains("sections/business/index.html"), changed::toString);
        assertTrue(report.rendered() < report.pages(), () -> report.rendered() + " of " + report.pages());
    }

    @Test
    void update_editsThroughCatalogsBuiltFromTheirPrevious_leavesWhatAFullBakeWrites() throws IOException {
        CatalogBuilder builder = new CatalogBuilder();
        Content original = SampleContent.load().content();
        Catalog first = builder.published(original, SampleContent.NOW);
        SiteBaker baker = new SiteBaker(Path.of("site"), SampleContent.folder().resolve("media"), out);
        baker.bake(first);
        List<Article> articles = new ArrayList<>(original.articles());
        Article retitled = articles.get(0);
        Article retagged = articles.get(1);
        articles.set(0, edited(retitled, "差し替えた見出し", retitled.tags()));
        articles.set(1, edited(retagged, retagged.title(), articles.get(2).tags()));
        Content edited = new Content(original.site(), original.sections(), original.authors(), original.tags(),
                original.issues(), original.series(), original.collections(), original.specials(), articles,
                original.filesHash(), original.history());

        baker.update(builder.published(edited, SampleContent.NOW, first));

        Path fresh = temp.resolve("fresh");
        new SiteBaker(Path.of("site"), SampleContent.folder().resolve("media"), fresh)
                .bake(builder.published(edited, SampleContent.NOW));
        assertEquals(snapshot(fresh), snapshot(out));
    }

    private static Article edited(Article article, String title, List<Tag> tags) {
        return new Article(article.slug(), title, article.summary(), article.date(), article.updated(),
                article.section(), article.authors(), tags, article.issue(), article.image(), article.dateline(),
                article.source(), article.pinnedRelated(), article.series(), article.sponsor(), article.breaking(),
                article.draft(), article.body(), article.path());
    }

    @Test
    void update_articleRemoved_deletesItsPageAndEmptyFolder() {
        SiteBaker baker = baker();
        baker.bake(catalog());
        content.write("articles/second.md", "---\ntitle: 下書き\ndate: 2026-11-21T09:00:00+09:00\nsection: world\n"
                + "authors: [sato]\ndraft: true\n---\n本文。\n");

        BakeReport report = baker.update(catalog());

        assertFalse(Files.exists(out.resolve("articles/second")));
        assertTrue(report.filesDeleted() >= 1);
    }

    @Test
    void bake_fromTwoThreads_runsOneAtATime() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Catalog catalog = catalog();
            Callable<BakeReport> bake = () -> new SiteBaker(Path.of("site"), content.root().resolve("media"), out)
                    .bake(catalog);
            List<Future<BakeReport>> results = threads.invokeAll(List.of(bake, bake));
            for (Future<BakeReport> result : results) {
                assertEquals(result.get().pages(), result.get().rendered());
            }
            assertTrue(Files.isRegularFile(out.resolve("index.html")));
        } finally {
            threads.shutdownNow();
        }
    }

    private Path copyOfSite() throws IOException {
        return Folders.copy(Path.of("site"), temp.resolve("site-copy"));
    }

    private static Map<String, String> snapshot(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(file).toString(), Files.readString(file, StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }

    private static Map<String, FileTime> modificationTimes(Path folder) throws IOException {
        Map<String, FileTime> times = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                times.put(folder.relativize(file).toString(), Files.getLastModifiedTime(file));
            }
        }
        return times;
    }

    @Test
    void update_rankingChangedAlone_rendersNoPage_andPagesRenderedAnywayGetTheCurrentRanking() throws IOException {
        List<String> mostRead = new CopyOnWriteArrayList<>(List.of("first"));
        SiteBaker baker = new SiteBaker(Path.of("site"), content.root().resolve("media"), out,
                first -> new MostRead.Standings(SampleContent.NOW, Map.of(MostRead.Window.DAY, List.copyOf(mostRead))));
        baker.bake(catalog());
        assertEquals(List.of("記事 first"), dayRanking("index.html"));

        mostRead.set(0, "second");
        BakeReport unchanged = baker.update(catalog());
        content.article("second", """
                title: 記事 second
                date: 2026-11-21T09:00:00+09:00
                section: world
                authors: [sato]
                tags: [外交]
                summary: 要約。
                """, "書き直した本文です。\n");
        baker.update(catalog());

        assertEquals(0, unchanged.rendered(), "a new ranking alone re-renders nothing");
        assertEquals(List.of("記事 first"), dayRanking("articles/first/index.html"), "not rendered since the bake");
        assertEquals(List.of("記事 second"), dayRanking("articles/second/index.html"), "rendered: the current ranking");
    }

    /** The titles in a page's 日間 ranking. */
    private List<String> dayRanking(String page) throws IOException {
        return Jsoup.parse(Files.readString(out.resolve(page))).select("[data-period=DAY] li").eachText();
    }
}
