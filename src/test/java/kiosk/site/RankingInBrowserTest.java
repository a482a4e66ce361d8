package kiosk.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import kiosk.api.graphql.LiveData;
import kiosk.api.graphql.Rankings;
import kiosk.api.http.ServerOptions;
import kiosk.api.http.TestServer;
import kiosk.api.http.ViewCounting;
import kiosk.catalog.Catalog;
import kiosk.content.Article;
import kiosk.ranking.HourRange;
import kiosk.ranking.Ranking;
import kiosk.ranking.SqliteViewStore;
import kiosk.ranking.ViewRecorder;
import kiosk.site.bake.MostRead;
import kiosk.site.bake.SiteBaker;
import kiosk.testing.SampleContent;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample site baked with a ranking and served with the API on one origin, as {@code kiosk serve}
 * does, in headless Chromium: an article page counts its view with a beacon, and the home page's
 * ranking box, baked with another article, is refreshed from the API, labelling the sponsored article
 * that was read 「PR」; no console messages.
 */
class RankingInBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @TempDir
    Path temp;

    @Test
    void articlePage_sendsItsView_andHomePage_refreshesItsRankingFromTheApi() throws Exception {
        Chromium chromium = Chromium.require();
        Catalog catalog = SampleContent.catalog();
        Article baked = catalog.articles().get(1);
        // a sponsored article: the refreshed box must label it 「PR」 as the baked one would
        Article read = catalog.articles().stream().filter(Article::isSponsored).findFirst().orElseThrow();
        Path out = temp.resolve("site");
        Instant bakedAt = Instant.parse("2026-11-25T03:00:00Z");
        new SiteBaker(Path.of("site"), SampleContent.folder().resolve("media"), out,
                first -> new MostRead.Standings(bakedAt, Map.of(MostRead.Window.DAY, List.of(baked.slug()))))
                .bake(catalog);
        Document bakedHome = Jsoup.parse(Files.readString(out.resolve("index.html")));
        assertThat(bakedHome.select("[data-period=DAY] li").eachText()).containsExactly(baked.title());
        assertThat(bakedHome.select("meta[name=kiosk-revision]").attr("content")).isEqualTo(catalog.revision());

        Clock clock = Clock.systemUTC();
        try (SqliteViewStore store = SqliteViewStore.open(temp.resolve("data"));
             ViewRecorder recorder = new ViewRecorder(store);
             TestServer server = TestServer.start(catalog, ServerOptions.defaults(0).withSiteFolder(out)
                     .withViews(ViewCounting.of(recorder, clock))
                     .withLive(LiveData.NONE.withRankings(rankings(store, catalog, clock))))) {
            String articleLog = chromium.run("--virtual-time-budget=5000", "--dump-dom",
                    server.uri(read.url()).toString());
            assertThat(Chromium.consoleMessages(articleLog)).isEmpty();
            awaitStored(store, read.slug(), clock);

            Files.createDirectories(SCREENSHOTS);
            String home = chromium.run("--virtual-time-budget=5000", "--dump-dom", "--window-size=1280,2000",
                    server.uri("/").toString());
            chromium.run("--virtual-time-budget=5000", "--window-size=1280,2000",
                    "--screenshot=" + SCREENSHOTS.resolve("home-ranking-refreshed.png").toAbsolutePath(),
                    server.uri("/").toString());

            assertThat(Chromium.consoleMessages(home)).isEmpty();
            Document refreshed = Jsoup.parse(home);
            assertThat(refreshed.select("[data-kiosk-ranking]").hasAttr("data-refreshed")).isTrue();
            assertThat(refreshed.select("[data-period=DAY] li a").eachText()).containsExactly(read.title());
            assertThat(refreshed.select("[data-period=DAY] li a").attr("href")).isEqualTo(read.url());
            assertThat(refreshed.select("[data-period=DAY] li .pr-label").eachText()).containsExactly("PR");
        }
    }

    private static Rankings rankings(SqliteViewStore store, Catalog catalog, Clock clock) {
        Ranking ranking = new Ranking(store, slug -> catalog.article(slug).map(article -> article.section().slug()),
                Duration.ZERO);
        return (period, first, section) -> ranking.ranking(period, first, section, clock.instant());
    }

    /** The beacon may still be on its way when Chromium exits: wait for its view to be stored, up to 20 s. */
    private static void awaitStored(SqliteViewStore store, String slug, Clock clock) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!Long.valueOf(1).equals(store.totals(HourRange.endingAt(clock.instant(), 1)).get(slug))
                && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(store.totals(HourRange.endingAt(clock.instant(), 1))).isEqualTo(Map.of(slug, 1L));
    }
}
