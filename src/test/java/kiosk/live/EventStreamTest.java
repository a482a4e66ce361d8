package kiosk.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import kiosk.api.graphql.ContentStatus;
import kiosk.api.graphql.LiveData;
import kiosk.api.http.KioskServer;
import kiosk.api.http.Preview;
import kiosk.api.http.PreviewToken;
import kiosk.api.http.ServerOptions;
import kiosk.catalog.CatalogBuilder;
import kiosk.content.check.Problem;
import kiosk.testing.ContentFolder;
import kiosk.testing.EventStreamClient;
import kiosk.testing.EventStreamClient.Event;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /api/events} on a server following a real content folder: readers hear of each published
 * snapshot and never of a draft or a problem; editors (preview token) hear of the preview's snapshots
 * and of how each reload went, problems included; a page's client is told to reload when its page changed.
 */
class EventStreamTest {

    private static final String TOKEN = "b4e8c1f6a3d9e2b7c0f5a8d1e6b3c9f2";
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private ContentFolder folder;
    private Reloader reloader;
    private KioskServer server;

    @BeforeEach
    void start() {
        folder = ContentFolder.create(temp);
        folder.article("a1", "2026-11-20T09:00:00+09:00");
        folder.article("a2", "2026-11-21T09:00:00+09:00");
        reloader = Reloader.start(new ContentSource(folder.root()), new CatalogBuilder(), Clock.systemUTC(), true,
                (previous, next) -> { });
        server = KioskServer.create(reloader.published(), ServerOptions.defaults(0)
                .withLive(new LiveData(() -> {
                    ReloadStatus status = reloader.status();
                    return new ContentStatus(status.at(), status.ok(), status.problems(), status.reasons());
                }))
                .withPreview(new Preview(PreviewToken.of(TOKEN), reloader.preview().orElseThrow(),
                        (catalog, root, ref, path) -> Optional.empty()))).start();
    }

    @AfterEach
    void stop() {
        server.stop();
        reloader.close();
    }

    private URI events(String query) {
        return URI.create("http://localhost:" + server.port() + "/api/events" + query);
    }

    private static JsonNode data(Event event) throws Exception {
        return JSON.readTree(event.data());
    }

    @Test
    void anEdit_isAnnounced_andOnlyTheClientsOfPagesItChangesAreToldToReload() throws Exception {
        try (EventStreamClient article = EventStreamClient.open(events("?page=/articles/a1/"));
             EventStreamClient otherPage = EventStreamClient.open(events("?page=/authors/wire/"))) {
            Event state = article.next("state", WAIT);
            assertThat(data(state).get("revision").asText()).isEqualTo(reloader.published().get().revision());
            otherPage.next("state", WAIT);

            folder.article("a1", """
                    title: 書き換えた見出し
                    date: 2026-11-20T09:00:00+09:00
                    section: world
                    authors: [sato]
                    summary: 要約。
                    """, "本文。\n");
            assertThat(reloader.reloadAndWait().ok()).isTrue();

            Event change = article.next("change", WAIT);
            String revision = reloader.published().get().revision();
            assertThat(change.id()).isEqualTo(revision);
            JsonNode changes = data(change);
            assertThat(changes.get("revision").asText()).isEqualTo(revision);
            assertThat(changes.at("/articles/changed").toString()).contains("\"a1\"");
            assertThat(changes.get("paths").toString()).contains("/articles/a1/");
            assertThat(changes.get("cacheTags").toString()).contains("article:a1");
            assertThat(article.next(event -> true, WAIT).name()).isEqualTo("reload");

            assertThat(otherPage.next("change", WAIT).id()).isEqualTo(revision);
            // the next edit's change comes with no reload between: the author page of another author did not change
            folder.article("a2", "2026-11-22T09:00:00+09:00");
            assertThat(reloader.reloadAndWait().ok()).isTrue();
            assertThat(otherPage.next(event -> true, WAIT).name()).isEqualTo("change");
        }
    }

    /**
     * The site's re-bake runs after the swap: a page told to reload before its new bytes are written would
     * load the old page again (and a webhook would have a CDN fetch it). The announcement waits for it.
     */
    @Test
    void aReload_isAnnouncedOnlyOnceTheSitesReBakeWroteTheChange() throws Exception {
        stop();
        AtomicReference<String> baked = new AtomicReference<>();
        reloader = Reloader.start(new ContentSource(folder.root()), new CatalogBuilder(), Clock.systemUTC(), false,
                (previous, next) -> {
                    sleep(Duration.ofMillis(400)); // writing the pages
                    baked.set(next.revision());
                });
        server = KioskServer.create(reloader.published(), ServerOptions.defaults(0)).start();
        try (EventStreamClient article = EventStreamClient.open(events("?page=/articles/a1/"))) {
            article.next("state", WAIT);

            folder.article("a1", "2026-11-25T09:00:00+09:00");
            CompletableFuture<ReloadStatus> reload = CompletableFuture.supplyAsync(reloader::reloadAndWait);

            Event change = article.next("change", WAIT);
            assertThat(baked.get()).as("the revision whose pages were written when the change was announced")
                    .isEqualTo(change.id());
            assertThat(article.next(event -> true, WAIT).name()).isEqualTo("reload");
            assertThat(reload.get().ok()).isTrue();
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aDraft_isNeverInTheReadersStream_butInTheEditorsOne() throws Exception {
        try (EventStreamClient reader = EventStreamClient.open(events(""));
             EventStreamClient editor = EventStreamClient.open(events(""), "X-Preview-Token", TOKEN)) {
            reader.next("state", WAIT);
            editor.next("status", WAIT);

            folder.articleWith("secret-merger-draft", "2026-11-22T09:00:00+09:00", "draft: true");
            assertThat(reloader.reloadAndWait().ok()).isTrue();

            assertThat(editor.next("change", WAIT).data()).contains("secret-merger-draft");
            Event published = reader.next("change", WAIT);
            assertThat(published.id()).isEqualTo(reloader.published().get().revision());
            // a second, public edit: everything the reader got up to its change is in hand
            folder.article("a2", "2026-11-22T09:00:00+09:00");
            assertThat(reloader.reloadAndWait().ok()).isTrue();
            assertThat(reader.next("change", WAIT).data()).contains("\"a2\"");
            assertThat(reader.text()).doesNotContain("secret-merger").doesNotContain("draft");
            assertThat(reader.received()).extracting(Event::name).containsOnly("state", "change");
        }
    }

    @Test
    void aBrokenSave_editorsGetItsProblems_readersNothing_andTheFixClearsThem() throws Exception {
        try (EventStreamClient reader = EventStreamClient.open(events("?page=/articles/a1/"));
             EventStreamClient editor = EventStreamClient.open(events("?page=/articles/a1/"), "X-Preview-Token", TOKEN)) {
            assertThat(data(editor.next("status", WAIT)).get("ok").asBoolean()).isTrue();
            reader.next("state", WAIT);

            folder.article("a1", """
                    title: 壊れた記事
                    date: 2026-11-20T09:00:00+09:00
                    section: sport
                    authors: [sato]
                    summary: 要約。
                    """, "本文。\n");
            assertThat(reloader.reloadAndWait().ok()).isFalse();

            JsonNode status = data(editor.next(event -> event.name().equals("status")
                    && event.data().contains("\"ok\":false"), WAIT));
            Problem expected = reloader.status().problems().get(0);
            JsonNode problem = status.at("/problems/0");
            assertThat(problem.get("file").asText()).isEqualTo("articles/a1.md").isEqualTo(expected.path());
            assertThat(problem.get("line").asInt()).isEqualTo(expected.line()).isPositive();
            assertThat(problem.get("column").asInt()).isEqualTo(expected.column());
            assertThat(problem.get("message").asText()).isEqualTo(expected.message()).contains("sport");
            assertThat(problem.get("hint").asText()).isEqualTo(expected.hint()).isNotBlank();

            folder.article("a1", "2026-11-20T09:00:00+09:00");
            assertThat(reloader.reloadAndWait().ok()).isTrue();
            editor.next(event -> event.name().equals("status") && event.data().contains("\"ok\":true"), WAIT);
            assertThat(reader.next("change", WAIT)).isNotNull();
            assertThat(reader.text()).doesNotContain("a1.md").doesNotContain("sport").doesNotContain("status");
        }
    }

    @Test
    void aReconnectWithAnOldLastEventId_isToldTheCurrentStateAndToReload() throws Exception {
        String before = reloader.published().get().revision();
        folder.article("a1", "2026-11-23T09:00:00+09:00");
        assertThat(reloader.reloadAndWait().ok()).isTrue();
        String now = reloader.published().get().revision();
        assertThat(now).isNotEqualTo(before);

        try (EventStreamClient missed = EventStreamClient.open(events("?page=/articles/a1/"), "Last-Event-ID", before);
             EventStreamClient upToDate = EventStreamClient.open(events("?page=/articles/a1/"), "Last-Event-ID", now)) {
            JsonNode state = data(missed.next("state", WAIT));
            assertThat(state.get("revision").asText()).isEqualTo(now);
            assertThat(state.get("current").asBoolean()).isFalse();
            assertThat(missed.next(event -> true, WAIT).name()).isEqualTo("reload");

            assertThat(data(upToDate.next("state", WAIT)).get("current").asBoolean()).isTrue();
            folder.article("a2", "2026-11-23T09:00:00+09:00");
            assertThat(reloader.reloadAndWait().ok()).isTrue();
            assertThat(upToDate.next(event -> true, WAIT).name()).as("no reload before the next change").isEqualTo("change");
        }
    }
}
