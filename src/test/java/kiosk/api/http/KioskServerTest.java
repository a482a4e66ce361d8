package kiosk.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Collection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kiosk.catalog.Catalog;
import kiosk.catalog.CatalogBuilder;
import kiosk.catalog.CatalogHolder;
import kiosk.ranking.HourRange;
import kiosk.ranking.HourlyCount;
import kiosk.ranking.ViewRecorder;
import kiosk.ranking.ViewStore;
import kiosk.testing.ContentFolder;
import kiosk.testing.Http;
import kiosk.testing.SampleContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server around the API: GraphiQL from the jar, the baked site, CORS, and a graceful stop. */
class KioskServerTest {

    private static final TestServer server = TestServer.sample();

    @Test
    void graphiql_page_referencesOnlyLocalAssetsThatAnswer() {
        HttpResponse<String> page = server.get("/graphiql");

        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        Matcher references = Pattern.compile("(?:src|href)=\"([^\"]+)\"").matcher(page.body());
        int count = 0;
        while (references.find()) {
            String reference = references.group(1);
            assertTrue(reference.startsWith("/graphiql/assets/"), reference + " is not served from the jar");
            assertEquals(200, server.get(reference).statusCode(), reference);
            count++;
        }
        assertEquals(5, count, "the stylesheet, React, ReactDOM, GraphiQL and its start script");
    }

    @Test
    void graphiql_assets_loadNothingFromOtherHosts() {
        String start = server.get("/graphiql/assets/kiosk-graphiql.js").body();
        String css = server.get("/graphiql/assets/graphiql.min.css").body();

        assertTrue(start.contains("new URL('/graphql', window.location.href)"));
        assertFalse(css.contains("url(http"), "the stylesheet pulls in no remote fonts or images");
        assertFalse(css.contains("@import"));
    }

    @Test
    void site_cleanUrls_serveIndexHtml(@TempDir Path site) throws IOException {
        Files.createDirectories(site.resolve("articles/x"));
        Files.writeString(site.resolve("index.html"), "<h1>トップ</h1>");
        Files.writeString(site.resolve("articles/x/index.html"), "<h1>記事</h1>");
        try (TestServer withSite = TestServer.start(SampleContent.catalog(), ServerOptions.defaults(0).withSiteFolder(site))) {
            assertEquals("<h1>トップ</h1>", withSite.get("/").body());
            assertEquals("<h1>記事</h1>", withSite.get("/articles/x/").body());
            assertEquals(404, withSite.get("/articles/y/").statusCode());
            assertEquals(200, withSite.get("/graphql?query=%7Bsite%7Btitle%7D%7D").statusCode());
        }
    }

    @Test
    void site_whileTheFirstBakeRuns_answers503ButServesTheApi(@TempDir Path site) throws IOException {
        // what an earlier run left in the folder is not served either: it may show what is no longer published
        Files.writeString(site.resolve("index.html"), "<h1>前回の版</h1>");
        KioskServer kiosk = KioskServer.create(new CatalogHolder(SampleContent.catalog()),
                ServerOptions.defaults(0).withSiteFolder(site)).startBeforeSiteBaked();
        try {
            String base = "http://localhost:" + kiosk.port();
            HttpResponse<String> page = Http.get(base + "/");
            HttpResponse<String> missing = Http.get(base + "/articles/x/");

            assertEquals(503, page.statusCode());
            assertEquals("2", page.headers().firstValue("Retry-After").orElseThrow());
            assertEquals(503, missing.statusCode());
            assertEquals("baking", TestServer.tree(Http.get(base + "/health").body()).get("site").asText());
            assertEquals(200, Http.get(base + "/graphql?query=%7Bsite%7Btitle%7D%7D").statusCode());
            assertEquals(200, Http.get(base + "/graphiql").statusCode());

            kiosk.siteBaked();

            assertEquals("<h1>前回の版</h1>", Http.get(base + "/").body());
            assertEquals(404, Http.get(base + "/articles/x/").statusCode());
            assertEquals("ready", TestServer.tree(Http.get(base + "/health").body()).get("site").asText());
        } finally {
            kiosk.stop();
        }
    }

    @Test
    void graphiql_assets_revalidateAndServeNothingElse() {
        HttpResponse<String> script = server.get("/graphiql/assets/kiosk-graphiql.js");
        String tag = script.headers().firstValue("ETag").orElseThrow();

        assertTrue(script.headers().firstValue("Content-Type").orElseThrow().startsWith("text/javascript"));
        assertEquals(304, server.get("/graphiql/assets/kiosk-graphiql.js", "If-None-Match", tag).statusCode());
        for (String path : List.of("/graphiql/assets/missing.js", "/graphiql/assets/index.html",
                "/graphiql/assets/..%2Findex.html", "/graphiql/assets/%2E%2E", "/graphiql/assets/kiosk-graphiql.js.map")) {
            int status = server.get(path).statusCode();
            assertTrue(status == 404 || status == 400, path + " answered " + status);
        }
    }

    @Test
    void cors_allowedOrigin_getsCorsHeadersAndExposedHeaders() {
        ServerOptions options = ServerOptions.defaults(0).withCorsOrigins(List.of("https://front.example.jp"));
        try (TestServer withCors = TestServer.start(SampleContent.catalog(), options)) {
            HttpResponse<String> response = withCors.get("/graphql?query=%7Bsite%7Btitle%7D%7D",
                    "Origin", "https://front.example.jp");
            HttpResponse<String> other = withCors.get("/graphql?query=%7Bsite%7Btitle%7D%7D",
                    "Origin", "https://elsewhere.example.com");

            assertEquals("https://front.example.jp",
                    response.headers().firstValue("Access-Control-Allow-Origin").orElseThrow());
            String exposed = response.headers().firstValue("Access-Control-Expose-Headers").orElseThrow();
            assertTrue(exposed.contains("ETag") && exposed.contains("X-Content-Revision"), exposed);
            assertTrue(other.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
        }
    }

    @Test
    void cors_preflight_isAnswered() {
        ServerOptions options = ServerOptions.defaults(0).withCorsOrigins(List.of("*"));
        try (TestServer withCors = TestServer.start(SampleContent.catalog(), options)) {
            HttpResponse<String> response = withCors.send(HttpRequest.newBuilder(withCors.uri("/graphql"))
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                    .header("Origin", "https://any.example.com")
                    .header("Access-Control-Request-Method", "POST")
                    .header("Access-Control-Request-Headers", "content-type"));

            assertEquals(200, response.statusCode());
            assertTrue(response.headers().firstValue("Access-Control-Allow-Origin").isPresent());
        }
    }

    @Test
    void cors_notConfigured_sendsNoCorsHeaders() {
        HttpResponse<String> response = server.get("/graphql?query=%7Bsite%7Btitle%7D%7D", "Origin", "https://x.example");

        assertTrue(response.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
    }

    @Test
    void stop_requestInFlight_finishesBeforeTheServerCloses() throws Exception {
        // A view is answered once its store step ends: a store held on a latch keeps the request in
        // flight for as long as the test wants, whatever the machine's load.
        CountDownLatch storing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ViewStore held = new ViewStore() {
            @Override
            public void add(Collection<HourlyCount> counts) {
                storing.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }

            @Override
            public Map<String, Long> totals(HourRange range) {
                return Map.of();
            }

            @Override
            public void close() {
            }
        };
        try (ViewRecorder recorder = new ViewRecorder(held)) {
            KioskServer kiosk = KioskServer.create(new CatalogHolder(SampleContent.catalog()),
                    ServerOptions.defaults(0).withViews(ViewCounting.of(recorder, Clock.systemUTC()))).start();
            String base = "http://localhost:" + kiosk.port();
            CompletableFuture<HttpResponse<String>> inFlight = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1).build().sendAsync(
                    HttpRequest.newBuilder(URI.create(base + "/api/views")).header("Content-Type", "text/plain")
                            .header("Origin", base)
                            .POST(HttpRequest.BodyPublishers.ofString("{\"slug\":\"yen-slides-to-162\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(storing.await(10, TimeUnit.SECONDS), "the view reached the store");

            CompletableFuture<Void> stopping = CompletableFuture.runAsync(kiosk::stop);
            Thread.sleep(300);
            assertFalse(stopping.isDone(), "the stop waits for the request in flight");
            release.countDown();

            // a request the stop cut off would fail here with the connection closed unanswered
            assertEquals(204, inFlight.get(10, TimeUnit.SECONDS).statusCode());
            stopping.get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void graphql_afterTheCatalogIsSwapped_answersFromTheNewSnapshot(@TempDir Path temp) {
        Catalog small = new CatalogBuilder().published(
                ContentFolder.create(temp).article("only", "2026-11-20T09:00:00+09:00").load().content(), SampleContent.NOW);
        CatalogHolder holder = new CatalogHolder(SampleContent.catalog());
        KioskServer kiosk = KioskServer.create(holder, ServerOptions.defaults(0)).start();
        try {
            String query = "/graphql?query=%7Barticles%7BtotalCount%7D%7D";
            HttpResponse<String> before = Http.get("http://localhost:" + kiosk.port() + query);
            holder.swap(small);
            HttpResponse<String> after = Http.get("http://localhost:" + kiosk.port() + query);

            assertTrue(before.body().contains("\"totalCount\":69"), before.body());
            assertTrue(after.body().contains("\"totalCount\":1"), after.body());
            assertEquals(small.revision(), after.headers().firstValue("X-Content-Revision").orElseThrow());
        } finally {
            kiosk.stop();
        }
    }
}
