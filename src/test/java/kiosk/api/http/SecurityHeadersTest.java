package kiosk.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kiosk.catalog.Catalog;
import kiosk.catalog.CatalogBuilder;
import kiosk.testing.ContentFolder;
import kiosk.testing.SampleContent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every answer, page or API, tells browsers not to sniff types, not to frame it and what to send as
 * referrer; pages carry a Content-Security-Policy that admits only the site's own scripts, the API one
 * that admits nothing, GraphiQL the looser one its page needs. Answers that differ by {@code Accept}
 * and by {@code Origin} say both in {@code Vary}.
 */
class SecurityHeadersTest {

    private static final String CORS_ORIGIN = "https://front.example.jp";

    @TempDir
    static Path site;
    private static TestServer server;

    @BeforeAll
    static void start() throws IOException {
        Files.createDirectories(site.resolve("js"));
        Files.writeString(site.resolve("index.html"), "<!doctype html><title>トップ</title>");
        Files.writeString(site.resolve("js/ranking.js"), "'use strict';");
        server = TestServer.start(SampleContent.catalog(), ServerOptions.defaults(0).withSiteFolder(site)
                .withCorsOrigins(List.of(CORS_ORIGIN)));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** The policy's directives by name, each with its sources. */
    private static Map<String, List<String>> policy(HttpHeaders headers) {
        String policy = headers.firstValue("Content-Security-Policy").orElseThrow();
        return Arrays.stream(policy.split(";")).map(String::strip).filter(directive -> !directive.isEmpty())
                .collect(Collectors.toMap(directive -> directive.split(" +")[0],
                        directive -> List.of(directive.split(" +")).subList(1, directive.split(" +").length)));
    }

    private static void assertCommonHeaders(HttpResponse<String> response) {
        HttpHeaders headers = response.headers();
        assertThat(headers.firstValue("X-Content-Type-Options")).as(response.uri().toString()).contains("nosniff");
        assertThat(headers.firstValue("X-Frame-Options")).as(response.uri().toString()).contains("DENY");
        assertThat(headers.firstValue("Referrer-Policy")).as(response.uri().toString())
                .contains("strict-origin-when-cross-origin");
        assertThat(policy(headers).get("frame-ancestors")).as(response.uri().toString()).containsExactly("'none'");
    }

    @Test
    void pages_admitOnlyTheSitesOwnScriptsAndStyles() {
        for (String path : List.of("/", "/js/ranking.js", "/articles/no-such-article/")) {
            HttpResponse<String> response = server.get(path);
            assertCommonHeaders(response);
            Map<String, List<String>> policy = policy(response.headers());
            assertThat(policy.get("default-src")).containsExactly("'self'");
            assertThat(policy.get("script-src")).containsExactly("'self'");
            assertThat(policy.get("style-src")).containsExactly("'self'");
            assertThat(policy.get("object-src")).containsExactly("'none'");
            assertThat(policy.get("base-uri")).containsExactly("'none'");
            assertThat(policy.get("form-action")).containsExactly("'self'");
            assertThat(policy.get("connect-src")).containsExactly("'self'");
        }
    }

    @Test
    void pages_ofASiteWhoseApiIsElsewhere_mayCallThatApi(@TempDir Path temp) throws IOException {
        Catalog withApi = new CatalogBuilder().published(ContentFolder.create(temp)
                .write("site.yaml", "title: 週刊キオスク\nbaseUrl: https://kiosk.example.jp/\napi: https://api.kiosk.example.jp/\n")
                .article("only", "2026-11-20T09:00:00+09:00").load().content(), SampleContent.NOW);
        try (TestServer withSite = TestServer.start(withApi, ServerOptions.defaults(0).withSiteFolder(site))) {
            Map<String, List<String>> policy = policy(withSite.get("/").headers());

            assertThat(policy.get("connect-src")).containsExactly("'self'", "https://api.kiosk.example.jp");
            assertThat(policy.get("script-src")).containsExactly("'self'");
        }
    }

    @Test
    void api_admitsNothing() {
        for (HttpResponse<String> response : List.of(server.get("/graphql?query=%7Bsite%7Btitle%7D%7D"),
                server.post(TestServer.json(Map.of("query", "{ site { title } }"))), server.get("/health"))) {
            assertCommonHeaders(response);
            assertThat(policy(response.headers()).get("default-src")).containsExactly("'none'");
        }
    }

    @Test
    void graphiql_admitsItsOwnScriptsAndTheInlineStylesAndFontsItUses() {
        HttpResponse<String> response = server.get("/graphiql");

        assertCommonHeaders(response);
        Map<String, List<String>> policy = policy(response.headers());
        assertThat(policy.get("script-src")).containsExactly("'self'");
        assertThat(policy.get("style-src")).containsExactly("'self'", "'unsafe-inline'");
        assertThat(policy.get("font-src")).containsExactly("'self'", "data:");
        assertThat(policy.get("connect-src")).containsExactly("'self'");
    }

    @Test
    void vary_keepsOriginBesideAccept_withAndWithoutAnOrigin() {
        HttpResponse<String> crossOrigin = server.get("/graphql?query=%7Bsite%7Btitle%7D%7D", "Origin", CORS_ORIGIN);
        HttpResponse<String> sameOrigin = server.get("/graphql?query=%7Bsite%7Btitle%7D%7D");

        assertThat(crossOrigin.headers().firstValue("Access-Control-Allow-Origin")).contains(CORS_ORIGIN);
        for (HttpResponse<String> response : List.of(crossOrigin, sameOrigin)) {
            assertThat(varied(response.headers())).containsExactlyInAnyOrder("Origin", "Accept", "X-Preview-Token", "Cookie",
                    "X-Content-Ref");
        }
    }

    @Test
    void vary_withoutCors_isAcceptAndThePreviewCredentials() {
        assertThat(varied(TestServer.sample().get("/graphql?query=%7Bsite%7Btitle%7D%7D").headers()))
                .containsExactly("Accept", "X-Preview-Token", "Cookie", "X-Content-Ref");
    }

    private static List<String> varied(HttpHeaders headers) {
        return headers.allValues("Vary").stream().flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::strip).toList();
    }
}
