package kiosk.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kiosk.api.graphql.ContentStatus;
import kiosk.api.graphql.LiveData;
import kiosk.catalog.CatalogBuilder;
import kiosk.catalog.CatalogHolder;
import kiosk.content.check.Problem;
import kiosk.content.check.Severity;
import kiosk.testing.SampleContent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code /health} and {@code Query.contentStatus} tell everyone whether the server is ok or degraded
 * and which revision it serves; what is wrong (file names of drafts, values, server paths) only
 * editors holding the preview token see.
 */
class ContentStatusAccessTest {

    static final String TOKEN = "p7Rk2vXq9LmN4wZc8TbJ5hYd3Fs6Ga1E";
    /** A refused reload's problem, naming a draft's file, a value from it and a path on the server. */
    private static final Problem PROBLEM = new Problem("articles/2026/secret-merger-draft.md", 4, 7, Severity.ERROR,
            "cannot read the file: /srv/kiosk/content/articles/2026/secret-merger-draft.md", "check its permissions");
    private static final List<String> SECRETS = List.of("secret-merger-draft", "/srv/kiosk", "cannot read");

    private static TestServer server;

    @BeforeAll
    static void start() {
        ContentStatus refused = new ContentStatus(Instant.parse("2026-11-25T03:00:00Z"), false, List.of(PROBLEM));
        server = TestServer.start(SampleContent.catalog(), ServerOptions.defaults(0)
                .withLive(new LiveData(() -> refused))
                .withPreview(new Preview(PreviewToken.of(TOKEN), new CatalogHolder(new CatalogBuilder()
                        .preview(SampleContent.load().content(), SampleContent.NOW)), (catalog, root, ref, path) -> Optional.empty())));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static void assertNoSecret(String body) {
        for (String secret : SECRETS) {
            assertThat(body).doesNotContain(secret);
        }
    }

    @Test
    void health_public_saysDegradedAndTheRevisionOnly() {
        HttpResponse<String> response = server.get("/health");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode health = TestServer.tree(response.body());
        assertThat(health.get("status").asText()).isEqualTo("degraded");
        assertThat(health.get("revision").asText()).isEqualTo(SampleContent.catalog().revision());
        assertThat(health.size()).as(response.body()).isEqualTo(2);
        assertNoSecret(response.body());
    }

    @Test
    void health_withThePreviewToken_listsTheProblems() {
        HttpResponse<String> response = server.get("/health", "X-Preview-Token", TOKEN);

        JsonNode health = TestServer.tree(response.body());
        assertThat(health.get("status").asText()).isEqualTo("degraded");
        assertThat(health.get("lastReloadOk").asBoolean()).isFalse();
        assertThat(health.get("articles").asInt()).isEqualTo(SampleContent.catalog().articles().size());
        assertThat(health.at("/problems/0").asText()).isEqualTo(PROBLEM.format());
        assertThat(response.headers().firstValue("Cache-Control")).contains(PreviewAccess.NO_STORE);
    }

    @Test
    void health_withAWrongToken_isRefused() {
        HttpResponse<String> response = server.get("/health", "X-Preview-Token", TOKEN + "x");

        assertThat(response.statusCode()).isEqualTo(403);
        assertNoSecret(response.body());
    }

    @Test
    void contentStatus_public_saysDegradedAndTheRevision_andRefusesTheDetails() {
        JsonNode answer = server.graphQl("{ contentStatus { status revision ok lastReload problems { file message } } }");

        assertThat(answer.at("/data/contentStatus/status").asText()).isEqualTo("DEGRADED");
        assertThat(answer.at("/data/contentStatus/revision").asText()).isEqualTo(SampleContent.catalog().revision());
        assertThat(answer.at("/data/contentStatus/problems").isNull()).isTrue();
        assertThat(answer.at("/data/contentStatus/ok").isNull()).isTrue();
        assertThat(answer.at("/errors/0/extensions/code").asText()).isEqualTo("FORBIDDEN");
        assertThat(answer.at("/errors/0/message").asText()).contains("preview token");
        assertNoSecret(answer.toString());
    }

    @Test
    void contentStatus_withThePreviewToken_listsTheProblems() {
        HttpResponse<String> response = server.post(TestServer.json(Map.of("query",
                "{ contentStatus { status ok problems { file line message } } }")), "X-Preview-Token", TOKEN);

        JsonNode answer = TestServer.tree(response.body());
        assertThat(answer.get("errors")).as(response.body()).isNull();
        assertThat(answer.at("/data/contentStatus/ok").asBoolean()).isFalse();
        assertThat(answer.at("/data/contentStatus/problems/0/file").asText()).isEqualTo(PROBLEM.path());
        assertThat(answer.at("/data/contentStatus/problems/0/line").asInt()).isEqualTo(4);
    }

    @Test
    void health_ofAServerThatNeverReloads_isOk() {
        JsonNode health = TestServer.tree(TestServer.sample().get("/health").body());

        assertThat(health.get("status").asText()).isEqualTo("ok");
        assertThat(health.size()).isEqualTo(2);
    }
}
