package kiosk.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kiosk.catalog.CatalogHolder;
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
        KioskServer kiosk = KioskServer.create(new CatalogHolder(SampleContent.catalog()), ServerOptions.defaults(0)).start();
        byte[] body = TestServer.json(Map.of("query", "{ site { title } }")).getBytes(StandardCharsets.UTF_8);
        SlowBody slowBody = new SlowBody(body);
        CompletableFuture<HttpResponse<String>> inFlight = HttpClient.newHttpClient().sendAsync(
                HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + kiosk.port() + "/graphql"))
                        .header("Content-Type", "application/json")
                        .POST(slowBody).build(),
                HttpResponse.BodyHandlers.ofString());
        slowBody.firstHalfSent.get(5, TimeUnit.SECONDS);

        CompletableFuture<Void> stopping = CompletableFuture.runAsync(kiosk::stop);
        Thread.sleep(300);
        assertFalse(stopping.isDone(), "the stop waits for the request in flight");
        slowBody.sendTheRest();

        HttpResponse<String> response = inFlight.get(10, TimeUnit.SECONDS);
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("週刊キオスク"));
        stopping.get(10, TimeUnit.SECONDS);
    }

    /** A request body sent in two halves: the second only when the test says so. */
    private static final class SlowBody implements HttpRequest.BodyPublisher {

        final CompletableFuture<Void> firstHalfSent = new CompletableFuture<>();
        private final CompletableFuture<Void> rest = new CompletableFuture<>();
        private final byte[] body;

        SlowBody(byte[] body) {
            this.body = body;
        }

        void sendTheRest() {
            rest.complete(null);
        }

        @Override
        public long contentLength() {
            return body.length;
        }

        @Override
        public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
            int half = body.length / 2;
            subscriber.onSubscribe(new Flow.Subscription() {
                private int sent;

                @Override
                public void request(long n) {
                    if (sent == 0) {
                        sent = 1;
                        subscriber.onNext(ByteBuffer.wrap(body, 0, half));
                        firstHalfSent.complete(null);
                    } else if (sent == 1) {
                        sent = 2;
                        rest.thenRun(() -> {
                            subscriber.onNext(ByteBuffer.wrap(body, half, body.length - half));
                            subscriber.onComplete();
                        });
                    }
                }

                @Override
                public void cancel() {
                }
            });
        }
    }
}
