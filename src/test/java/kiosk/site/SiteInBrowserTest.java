package kiosk.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kiosk.catalog.Catalog;
import kiosk.content.Article;
import kiosk.content.Issue;
import kiosk.testing.SampleContent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Opens baked pages in headless Chromium: each must render without a console message (the site ships
 * no script, so any message is an error) and without a request for a missing file. Screenshots go to
 * {@code target/screenshots/}. Without Chromium the test is skipped, except on CI ({@code CI=true}),
 * where it fails.
 */
class SiteInBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static StaticServer server;
    private static Chromium chromium;

    /** A page to open: its screenshot's name, its site path and the window it is seen in. */
    record Visit(String name, String path, int width, int height) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Visit> visits() {
        Catalog catalog = SampleContent.catalog();
        Issue issue = catalog.latestIssue().orElseThrow();
        String article = catalog.coverStory(issue).orElseThrow().url();
        Article sponsored = catalog.articles().stream().filter(Article::isSponsored)
                .filter(candidate -> candidate.series() != null).findFirst().orElseThrow();
        String tag = catalog.tags().stream().filter(candidate -> !candidate.slug().matches("[a-z0-9-]+"))
                .findFirst().orElseThrow().url();
        return List.of(
                new Visit("home", "/", 1280, 2000),
                new Visit("article", article, 1280, 2000),
                new Visit("section", catalog.sections().get(0).url(), 1280, 2000),
                new Visit("issue", issue.url(), 1280, 2000),
                new Visit("issues", "/issues/", 1280, 1400),
                new Visit("tag", tag, 1280, 1400),
                new Visit("not-found", "/no/such/page/", 1280, 1200),
                new Visit("series", catalog.series("nihon-saihakken").orElseThrow().url(), 1280, 2000),
                new Visit("sponsored-article", sponsored.url(), 1280, 2000),
                new Visit("collection", catalog.collections().get(0).url(), 1280, 1600),
                new Visit("special", catalog.specials().get(0).url(), 1280, 1400),
                new Visit("series-index", "/series/", 1280, 1200),
                new Visit("series-mobile", catalog.series("nihon-saihakken").orElseThrow().url(), 390, 1600),
                new Visit("home-mobile", "/", 390, 1600),
                new Visit("article-mobile", article, 390, 1600));
    }

    @BeforeAll
    static void start() throws IOException {
        chromium = Chromium.require();
        Files.createDirectories(SCREENSHOTS);
        server = new StaticServer(BakedSample.output());
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("visits")
    void page_inChromium_rendersWithoutConsoleMessagesOrMissingFiles(Visit visit) throws Exception {
        int missingBefore = server.notFound().size();
        Path screenshot = SCREENSHOTS.resolve(visit.name() + ".png").toAbsolutePath();
        Files.deleteIfExists(screenshot);

        String log = chromium.run("--screenshot=" + screenshot, "--window-size=" + visit.width() + "," + visit.height(),
                server.url(visit.path()));

        List<String> console = Chromium.consoleMessages(log);
        assertEquals(List.of(), console, "console messages on " + visit.path());
        List<String> missing = server.notFound().subList(missingBefore, server.notFound().size());
        List<String> expected = visit.name().equals("not-found") ? List.of(visit.path()) : List.of();
        assertEquals(expected, missing, "requests for missing files from " + visit.path());
        assertTrue(Files.size(screenshot) > 10_000, "a screenshot with something on it: " + screenshot);
    }
}
