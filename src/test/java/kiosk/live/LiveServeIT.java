package kiosk.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Supplier;
import java.util.stream.Stream;
import kiosk.testing.Http;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged {@code kiosk serve}, run as users run it, follows edits on disk: the API and the
 * pages change within 2 s, a broken file leaves the last good snapshot serving and shows in
 * {@code /health}, a fix clears it, a deleted article's page is gone, and a draft shows only to
 * editors holding the preview token.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LiveServeIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration LIVE_WITHIN = Duration.ofSeconds(2);
    private static final String PREVIEW_TOKEN = "live-serve-preview-token";

    @TempDir
    static Path temp;

    private static Path content;
    private static Process server;
    private static String base;

    @BeforeAll
    static void serve() throws Exception {
        content = temp.resolve("content");
        copy(Path.of("content"), content);
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        base = "http://localhost:" + port;
        ProcessBuilder serve = new ProcessBuilder("java", "-jar", "target/kiosk.jar", "serve", "--content",
                content.toString(), "--site", "site", "--out", temp.resolve("out").toString(), "--data",
                temp.resolve("data").toString(), "--port", String.valueOf(port))
                .redirectErrorStream(true).redirectOutput(temp.resolve("serve.log").toFile());
        serve.environment().put("KIOSK_PREVIEW_TOKEN", PREVIEW_TOKEN);
        server = serve.start();
        await(Duration.ofSeconds(60), () -> Http.servesItsSite(base));
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.destroy();
            server.waitFor();
        }
    }

    private static Path article(String slug) throws IOException {
        try (Stream<Path> files = Files.walk(content.resolve("articles"))) {
            return files.filter(file -> file.getFileName().toString().equals(slug + ".md")).findFirst().orElseThrow();
        }
    }

    private static String title(String slug) throws IOException {
        return JSON.readTree(Http.graphql(base + "/graphql", "{ article(slug: \"" + slug + "\") { title } }").body())
                .at("/data/article/title").asText(null);
    }

    private static JsonNode contentStatus() throws IOException {
        return JSON.readTree(Http.graphql(base + "/graphql", "{ contentStatus { ok problems { file severity } } }").body())
                .at("/data/contentStatus");
    }

    private static JsonNode health() throws IOException {
        return JSON.readTree(Http.get(base + "/health").body());
    }

    @Test
    @Order(1)
    void editTitle_showsInApiAndPageWithinTwoSeconds() throws Exception {
        Path file = article("ai-agents-office-work");
        Files.writeString(file, Files.readString(file).replaceFirst("(?m)^title: .*$", "title: 生放送で差し替えた見出し"));

        await(LIVE_WITHIN, () -> call(() -> "生放送で差し替えた見出し".equals(title("ai-agents-office-work"))
                && Http.get(base + "/articles/ai-agents-office-work/").body().contains("生放送で差し替えた見出し")));
    }

    @Test
    @Order(2)
    void brokenFile_keepsServingAndShowsInHealth_untilFixed() throws Exception {
        String before = title("ai-agents-office-work");
        Path broken = content.resolve("articles/broken.md");
        Files.writeString(broken, "---\ntitle: 閉じないフロントマター\n");

        await(LIVE_WITHIN, () -> call(() -> !health().get("lastReloadOk").asBoolean()));
        assertThat(health().get("problems").get(0).asText()).startsWith("articles/broken.md:1:1: error:");
        JsonNode status = contentStatus();
        assertThat(status.get("ok").asBoolean()).isFalse();
        assertThat(status.at("/problems/0/file").asText()).isEqualTo("articles/broken.md");
        assertThat(status.at("/problems/0/severity").asText()).isEqualTo("ERROR");
        assertThat(title("ai-agents-office-work")).isEqualTo(before);

        Files.delete(broken);
        await(LIVE_WITHIN, () -> call(() -> health().get("lastReloadOk").asBoolean()));
        assertThat(health().get("problems")).isEmpty();
        assertThat(contentStatus().get("ok").asBoolean()).isTrue();
        assertThat(contentStatus().get("problems")).isEmpty();
    }

    @Test
    @Order(3)
    void deletedArticle_pageAndApiAnswerAreGone() throws Exception {
        assertThat(Http.get(base + "/articles/japan-series-champion/").statusCode()).isEqualTo(200);

        Files.delete(article("japan-series-champion"));

        await(LIVE_WITHIN, () -> call(() -> Http.get(base + "/articles/japan-series-champion/").statusCode() == 404
                && title("japan-series-champion") == null));
    }

    @Test
    @Order(4)
    void draftWrittenWhileServing_showsInThePreviewOnly() throws Exception {
        Files.writeString(content.resolve("articles/live-draft.md"), """
                ---
                title: 校了前の下書き記事
                date: 2026-11-20T09:00:00+09:00
                section: world
                authors: [sato-misaki]
                summary: 公開前の確認用。
                draft: true
                ---
                本文。
                """);
        String query = "{\"query\":\"{ article(slug: \\\"live-draft\\\") { title } }\"}";
        Supplier<HttpResponse<String>> preview = () -> Http.send(HttpRequest.newBuilder(URI.create(base + "/graphql"))
                .header("Content-Type", "application/json").header("X-Preview-Token", PREVIEW_TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(query)).build());

        await(LIVE_WITHIN, () -> call(() -> preview.get().body().contains("校了前の下書き記事")));
        assertThat(title("live-draft")).isNull();
        assertThat(Http.get(base + "/articles/live-draft/").statusCode()).isEqualTo(404);
        HttpResponse<String> page = Http.send(HttpRequest.newBuilder(URI.create(base + "/preview/articles/live-draft/"))
                .header("Cookie", "kiosk_preview=" + PREVIEW_TOKEN).build());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("校了前の下書き記事");
    }

    private interface Check {
        boolean holds() throws Exception;
    }

    private static boolean call(Check check) {
        try {
            return check.holds();
        } catch (Exception e) {
            return false;
        }
    }

    private static void await(Duration within, Supplier<Boolean> condition) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (!condition.get()) {
            assertThat(System.nanoTime()).as("condition not met within " + within).isLessThan(deadline);
            Thread.sleep(25);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}
