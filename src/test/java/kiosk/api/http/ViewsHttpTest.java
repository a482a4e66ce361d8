package kiosk.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import kiosk.api.graphql.LiveData;
import kiosk.catalog.Catalog;
import kiosk.catalog.CatalogBuilder;
import kiosk.ranking.HourRange;
import kiosk.ranking.Period;
import kiosk.ranking.Ranking;
import kiosk.ranking.SqliteViewStore;
import kiosk.ranking.ViewRecorder;
import kiosk.testing.ContentFolder;
import kiosk.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code POST /api/views} and {@code Query.ranking} on a real server over a real SQLite file: views
 * sent at different times (an injected clock) rank per period and section, refused views are not
 * stored, and counts survive a restart on the same data directory. Views count only from the site's
 * own pages (their {@code Origin}), and once per reader, article and hour, so a flood from a few
 * addresses cannot outrank many readers.
 */
class ViewsHttpTest {

    /** 2026-11-25 12:00 in Tokyo. */
    private static final Instant NOW = Instant.parse("2026-11-25T03:00:00Z");
    /** An origin the server allows for CORS: a front end of the site's, whose pages may count views. */
    private static final String FRONT_END = "https://front.example.jp";
    private static final AtomicInteger READERS = new AtomicInteger();
    private static final String RANKING = """
            query Ranking($period: RankingPeriod, $section: String) {
              ranking(period: $period, section: $section) { rank views article { slug } }
            }""";

    @TempDir
    Path temp;

    private final MutableClock clock = new MutableClock(NOW);
    private final List<AutoCloseable> running = new ArrayList<>();

    /** Published: world-a, world-b (world), market (business); a draft and a scheduled article beside them. */
    private Catalog catalog() {
        ContentFolder content = ContentFolder.create(temp)
                .article("world-a", "2026-11-01T09:00:00+09:00")
                .article("world-b", "2026-11-02T09:00:00+09:00")
                .article("market", """
                        title: 市況
                        date: 2026-11-03T09:00:00+09:00
                        section: business
                        authors: [sato]
                        summary: 要約。
                        """, "本文。\n")
                .article("secret-draft", """
                        title: 下書き
                        date: 2026-11-03T09:00:00+09:00
                        section: world
                        authors: [sato]
                        summary: 要約。
                        draft: true
                        """, "本文。\n")
                .article("tomorrow", "2026-11-26T09:00:00+09:00");
        return new CatalogBuilder().published(content.load().content(), NOW);
    }

    /** A server counting into {@code data} with the given rate limit, closed after the test (server, recorder, store). */
    private TestServer serve(Catalog catalog, Path data, double viewsPerSecond, int burst) {
        return serve(catalog, data, viewsPerSecond, burst, 0);
    }

    /**
     * A server behind one trusted proxy, so each view may come from its own reader (see {@link #views}),
     * with limits no test reaches.
     */
    private TestServer serve(Catalog catalog, Path data) {
        return serve(catalog, data, 1_000, 1_000, 1);
    }

    private TestServer serve(Catalog catalog, Path data, double viewsPerSecond, int burst, int proxyHops) {
        SqliteViewStore store = SqliteViewStore.open(data);
        ViewRecorder recorder = new ViewRecorder(store);
        // Uncached, so each query sees the views just acknowledged.
        Ranking ranking = new Ranking(store, slug -> catalog.article(slug).map(article -> article.section().slug()),
                Duration.ZERO);
        TestServer server = TestServer.start(catalog, ServerOptions.defaults(0)
                .withLive(LiveData.NONE.withRankings((period, first, section) ->
                        ranking.ranking(period, first, section, clock.instant())))
                .withViews(new ViewCounting(recorder, clock, viewsPerSecond, burst)).withProxyHops(proxyHops)
                .withCorsOrigins(List.of(FRONT_END)));
        running.add(0, store);
        running.add(0, recorder);
        running.add(0, server);
        return server;
    }

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable closeable : running) {
            closeable.close();
        }
    }

    /** The origin of the server's own pages, which its script's beacons send. */
    private static String ownOrigin(TestServer server) {
        return "http://localhost:" + server.uri("/").getPort();
    }

    /** A view as a page of the site sends it, from a reader of its own (behind the trusted proxy). */
    private static HttpResponse<String> view(TestServer server, String body, String contentType) {
        return view(server, body, contentType, "Origin", ownOrigin(server), ClientAddress.FORWARDED_FOR, newReader());
    }

    private static HttpResponse<String> view(TestServer server, String body, String contentType, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri("/api/views")).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return server.send(request);
    }

    private static String newReader() {
        int reader = READERS.incrementAndGet();
        return "10.1." + (reader / 250) + "." + (reader % 250 + 1);
    }

    /** Sends {@code count} views of {@code slug} as sendBeacon does (text/plain), each from its own reader and stored (204). */
    private static void views(TestServer server, String slug, int count) {
        for (int i = 0; i < count; i++) {
            HttpResponse<String> response = view(server, "{\"slug\":\"" + slug + "\"}", "text/plain;charset=UTF-8");
            assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
        }
    }

    /** A view of {@code slug} from {@code reader}, from the server's own pages; the status code. */
    private static int viewBy(TestServer server, String slug, String reader) {
        return view(server, "{\"slug\":\"" + slug + "\"}", "text/plain", "Origin", ownOrigin(server),
                ClientAddress.FORWARDED_FOR, reader).statusCode();
    }

    /** The ranking as {@code slug:views} strings in rank order, checking ranks run 1, 2, 3... */
    private static List<String> ranking(TestServer server, String period, String section) {
        Map<String, Object> variables = section == null ? Map.of("period", period)
                : Map.of("period", period, "section", section);
        JsonNode places = server.data(RANKING, variables).get("ranking");
        List<String> ranked = new ArrayList<>();
        for (JsonNode place : places) {
            assertThat(place.get("rank").asInt()).isEqualTo(ranked.size() + 1);
            ranked.add(place.at("/article/slug").asText() + ":" + place.get("views").asInt());
        }
        return ranked;
    }

    @Test
    void viewsAtDifferentTimes_rankedPerPeriodAndSection() {
        TestServer server = serve(catalog(), temp.resolve("data"));
        clock.advance(Duration.ofDays(-20));
        views(server, "market", 5);             // in the month only
        clock.advance(Duration.ofDays(17));
        views(server, "world-b", 4);            // 3 days ago: week and month
        clock.advance(Duration.ofDays(3).minusHours(2));
        views(server, "world-a", 2);            // 2 hours ago: day, week and month
        clock.advance(Duration.ofHours(2));

        assertThat(ranking(server, "DAY", null)).containsExactly("world-a:2");
        assertThat(ranking(server, "WEEK", null)).containsExactly("world-b:4", "world-a:2");
        assertThat(ranking(server, "MONTH", null)).containsExactly("market:5", "world-b:4", "world-a:2");
        assertThat(ranking(server, "MONTH", "world")).containsExactly("world-b:4", "world-a:2");
        assertThat(ranking(server, "MONTH", "business")).containsExactly("market:5");
        assertThat(ranking(server, "DAY", "business")).isEmpty();
    }

    @Test
    void ranking_firstOverTheLimit_isABadUserInputAndDefaultsToDay() {
        TestServer server = serve(catalog(), temp.resolve("data"));
        views(server, "world-a", 1);

        JsonNode tooMany = server.graphQl("{ ranking(first: 101) { rank } }");
        assertThat(tooMany.at("/errors/0/message").asText()).contains("first must be between 0 and 100");
        assertThat(server.data("{ ranking { rank views article { slug } } }").toString())
                .isEqualTo("{\"ranking\":[{\"rank\":1,\"views\":1,\"article\":{\"slug\":\"world-a\"}}]}");
        assertThat(server.get("/graphql" + TestServer.queryString(Map.of("query", "{ ranking { rank } }"))).headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    @Test
    void refusedViews_answerWhy_andAreNotStored() {
        Path data = temp.resolve("data");
        TestServer server = serve(catalog(), data);

        assertThat(view(server, "{\"slug\":\"no-such-article\"}", "text/plain").statusCode()).isEqualTo(404);
        HttpResponse<String> draft = view(server, "{\"slug\":\"secret-draft\"}", "application/json");
        assertThat(draft.statusCode()).isEqualTo(404);
        assertThat(draft.body()).isEqualTo("{\"error\":\"no published article has the slug 'secret-draft'\"}");
        assertThat(view(server, "{\"slug\":\"tomorrow\"}", "text/plain").statusCode()).isEqualTo(404);
        assertThat(view(server, "{\"slug\":7}", "text/plain").statusCode()).isEqualTo(422);
        assertThat(view(server, "{}", "text/plain").statusCode()).isEqualTo(422);
        assertThat(view(server, "slug=world-a", "text/plain").statusCode()).isEqualTo(400);
        String oversized = "{\"slug\":\"world-a\",\"padding\":\"" + "x".repeat(ViewsHandler.MAX_BODY_BYTES) + "\"}";
        assertThat(view(server, oversized, "application/json").statusCode()).isEqualTo(413);

        assertThat(storedTotals(data)).isEmpty();
    }

    @Test
    void viewsOverTheRateLimit_get429WithRetryAfter_andAreNotStored() {
        Path data = temp.resolve("data");
        TestServer server = serve(catalog(), data, 0.01, 3, 1);
        for (String slug : List.of("world-a", "world-b", "market")) {
            assertThat(viewBy(server, slug, "203.0.113.9")).isEqualTo(204);
        }

        HttpResponse<String> refused = view(server, "{\"slug\":\"world-a\"}", "text/plain", "Origin",
                ownOrigin(server), ClientAddress.FORWARDED_FOR, "203.0.113.9");

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("100");
        assertThat(storedTotals(data)).isEqualTo(Map.of("world-a", 1L, "world-b", 1L, "market", 1L));
    }

    @Test
    void crossSiteViews_areRefused_andNotStored() {
        Path data = temp.resolve("data");
        TestServer server = serve(catalog(), data);

        HttpResponse<String> crossSite = view(server, "{\"slug\":\"world-a\"}", "text/plain",
                "Origin", "https://evil.example", ClientAddress.FORWARDED_FOR, newReader());
        HttpResponse<String> sandboxed = view(server, "{\"slug\":\"world-a\"}", "text/plain",
                "Origin", "null", ClientAddress.FORWARDED_FOR, newReader());
        HttpResponse<String> crossSiteReferer = view(server, "{\"slug\":\"world-a\"}", "text/plain",
                "Referer", "https://evil.example/page", ClientAddress.FORWARDED_FOR, newReader());
        HttpResponse<String> neither = view(server, "{\"slug\":\"world-a\"}", "text/plain",
                ClientAddress.FORWARDED_FOR, newReader());

        for (HttpResponse<String> refused : List.of(crossSite, sandboxed, crossSiteReferer, neither)) {
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
            assertThat(refused.body()).contains("the site's own pages");
        }
        assertThat(storedTotals(data)).isEmpty();
    }

    @Test
    void views_fromTheSitesOrigins_areCounted() {
        Path data = temp.resolve("data");
        TestServer server = serve(catalog(), data);
        String baseUrlOrigin = "http://localhost:7070"; // site.yaml's baseUrl when it names none

        for (String[] page : List.of(new String[] {"Origin", ownOrigin(server)}, new String[] {"Origin", baseUrlOrigin},
                new String[] {"Origin", FRONT_END}, new String[] {"Referer", baseUrlOrigin + "/articles/world-a/"})) {
            HttpResponse<String> response = view(server, "{\"slug\":\"world-a\"}", "text/plain", page[0], page[1],
                    ClientAddress.FORWARDED_FOR, newReader());
            assertThat(response.statusCode()).as(page[1] + ": " + response.body()).isEqualTo(204);
        }
        assertThat(storedTotals(data)).isEqualTo(Map.of("world-a", 4L));
    }

    @Test
    void oneReader_countsOncePerArticleAnHour() {
        Path data = temp.resolve("data");
        TestServer server = serve(catalog(), data);

        assertThat(viewBy(server, "world-a", "203.0.113.5")).isEqualTo(204);
        HttpResponse<String> again = view(server, "{\"slug\":\"world-a\"}", "text/plain", "Origin",
                ownOrigin(server), ClientAddress.FORWARDED_FOR, "203.0.113.5");
        assertThat(viewBy(server, "world-b", "203.0.113.5")).isEqualTo(204);
        clock.advance(Duration.ofHours(1));
        assertThat(viewBy(server, "world-a", "203.0.113.5")).isEqualTo(204);

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).isEqualTo("{\"counted\":false,\"reason\":\"this reader's view of this article was"
                + " counted this hour already\"}");
        assertThat(storedTotals(data)).isEqualTo(Map.of("world-a", 2L, "world-b", 1L));
    }

    @Test
    void aFloodFromFewReaders_cannotOutrankMoreReaders() {
        TestServer server = serve(catalog(), temp.resolve("data"));
        for (int reader = 1; reader <= 3; reader++) {
            for (int i = 0; i < 50; i++) {
                viewBy(server, "market", "198.51.100." + reader);
            }
        }
        views(server, "world-a", 5);

        assertThat(ranking(server, "DAY", null)).containsExactly("world-a:5", "market:3");
    }

    @Test
    void behindOneTrustedProxy_eachForwardedClientHasItsOwnLimit_andForgedEntriesDoNotHelp() {
        Path data = temp.resolve("data");
        TestServer server = serve(catalog(), data, 0.01, 2, 1);

        assertThat(forwardedView(server, "203.0.113.7")).isEqualTo(204);
        assertThat(forwardedView(server, "203.0.113.7")).isEqualTo(200); // taken, but counted once an hour
        assertThat(forwardedView(server, "203.0.113.7")).isEqualTo(429);
        // a client writing its own entry first is still known by the one the proxy appended
        assertThat(forwardedView(server, "198.51.100.1, 203.0.113.7")).isEqualTo(429);
        assertThat(forwardedView(server, "203.0.113.8")).isEqualTo(204);

        assertThat(storedTotals(data)).isEqualTo(Map.of("world-a", 2L));
    }

    @Test
    void withoutTrustedProxies_forwardedForIsIgnored() {
        Path data = temp.resolve("data");
        TestServer server = serve(catalog(), data, 0.01, 2);

        assertThat(forwardedView(server, "203.0.113.1")).isEqualTo(204);
        assertThat(forwardedView(server, "203.0.113.2")).isEqualTo(200); // the same reader: the connection's address
        assertThat(forwardedView(server, "203.0.113.3")).isEqualTo(429);
    }

    private static int forwardedView(TestServer server, String forwardedFor) {
        return viewBy(server, "world-a", forwardedFor);
    }

    @Test
    void counts_serverRestartedOnTheSameDataDirectory_survive() throws Exception {
        Path data = temp.resolve("data");
        Catalog catalog = catalog();
        views(serve(catalog, data), "world-b", 3);
        stop();
        running.clear();

        TestServer restarted = serve(catalog, data);

        assertThat(ranking(restarted, "DAY", null)).containsExactly("world-b:3");
    }

    /** What the data directory holds for the last month, read after the servers on it closed their recorders. */
    private Map<String, Long> storedTotals(Path data) {
        try (SqliteViewStore store = SqliteViewStore.open(data)) {
            return store.totals(HourRange.endingAt(clock.instant(), Period.MONTH.hours()));
        }
    }
}
