package kiosk.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import kiosk.catalog.CacheTags;
import kiosk.testing.SampleContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code Cache-Tag} and {@code Surrogate-Key} on API answers and site pages: what they show, bounded in length. */
class CacheTagHeadersTest {

    private static List<String> cacheTags(HttpResponse<String> response) {
        return Arrays.asList(response.headers().firstValue(CacheTagHeaders.CACHE_TAG).orElse("").split(","));
    }

    @Test
    void apiAnswers_nameWhatTheyRead() {
        TestServer server = TestServer.sample();
        HttpResponse<String> article = server.post("{\"query\":\"{ article(slug: \\\"us-china-chip-export-talks\\\")"
                + " { title related(first: 2) { title } } }\"}", "Content-Type", "application/json");
        assertThat(cacheTags(article)).containsExactlyInAnyOrder("article:us-china-chip-export-talks",
                "related:us-china-chip-export-talks");
        assertThat(article.headers().firstValue(CacheTagHeaders.SURROGATE_KEY))
                .contains("article:us-china-chip-export-talks related:us-china-chip-export-talks");

        HttpResponse<String> section = server.get("/graphql" + TestServer.queryString(Map.of("query",
                "{ section(slug: \"world\") { name articles(first: 3) { nodes { title } } } }")));
        assertThat(cacheTags(section)).as(section.body()).containsExactly("section:world");
    }

    @Test
    void apiAnswers_manyThingsRead_collapseIntoTheirListWithinTheBound() {
        StringBuilder query = new StringBuilder("{");
        SampleContent.catalog().articles().forEach(article -> query.append(" a").append(Math.abs(article.slug().hashCode()))
                .append(": article(slug: \\\"").append(article.slug()).append("\\\") { title }")
                .append(" b").append(Math.abs(article.slug().hashCode())).append(": article(slug: \\\"")
                .append(article.slug()).append("-").append("x".repeat(40)).append("\\\") { title }"));
        query.append(" }");
        HttpResponse<String> answer = TestServer.sample().post("{\"query\":\"" + query + "\"}",
                "Content-Type", "application/json");

        assertThat(answer.statusCode()).isEqualTo(200);
        String header = answer.headers().firstValue(CacheTagHeaders.CACHE_TAG).orElseThrow();
        assertThat(header.length()).isLessThanOrEqualTo(CacheTags.MAX_HEADER_LENGTH);
        assertThat(cacheTags(answer)).contains("list:articles");
    }

    @Test
    void apiAnswers_editorsGetNone() {
        // an editor's answer may name drafts: see PreviewTest for the token; a live field is never tagged either
        HttpResponse<String> live = TestServer.sample().get("/graphql" + TestServer.queryString(Map.of("query",
                "{ contentStatus { status } }")));
        assertThat(live.headers().firstValue(CacheTagHeaders.CACHE_TAG)).isEmpty();
    }

    @Test
    void sitePages_nameTheirThingAndWhatEveryPageShows(@TempDir Path site) throws IOException {
        Files.createDirectories(site.resolve("articles/x"));
        Files.createDirectories(site.resolve("sections/world"));
        Files.writeString(site.resolve("index.html"), "<h1>トップ</h1>");
        Files.writeString(site.resolve("articles/x/index.html"), "<h1>記事</h1>");
        Files.writeString(site.resolve("sections/world/index.html"), "<h1>ワールド</h1>");
        try (TestServer server = TestServer.start(SampleContent.catalog(), ServerOptions.defaults(0).withSiteFolder(site))) {
            assertThat(cacheTags(server.get("/articles/x/"))).containsExactlyInAnyOrder("article:x", "related:x",
                    "list:collections", "list:series", "list:specials", "index:sections");
            assertThat(cacheTags(server.get("/sections/world/"))).containsExactlyInAnyOrder("section:world",
                    "index:sections");
            assertThat(cacheTags(server.get("/"))).containsExactlyInAnyOrder("home", "index:sections");
            assertThat(server.get("/").headers().firstValue(CacheTagHeaders.SURROGATE_KEY)).contains("home index:sections");
        }
    }
}
