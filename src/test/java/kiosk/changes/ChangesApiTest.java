package kiosk.changes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import kiosk.api.graphql.LiveData;
import kiosk.api.graphql.ContentStatus;
import kiosk.api.http.KioskServer;
import kiosk.api.http.ServerOptions;
import kiosk.catalog.CatalogBuilder;
import kiosk.live.ContentSource;
import kiosk.live.Reloader;
import kiosk.testing.ContentFolder;
import kiosk.testing.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code Query.changes(since:)} across several edits and a restart, through a real server and data folder. */
class ChangesApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private ContentFolder folder;

    @Test
    void changesSince_listEachSnapshotsChangeInOrder_acrossARestart() throws Exception {
        folder = ContentFolder.create(temp.resolve("site")).article("first", "2026-11-20T09:00:00+09:00");
        Path data = temp.resolve("data");
        List<String> revisions = new ArrayList<>();
        try (Reloader reloader = start()) {
            ChangeHistory history = new ChangeHistory(data);
            history.follow(reloader.published());
            KioskServer server = server(reloader, history);
            try {
                revisions.add(reloader.published().get().revision());
                for (String slug : List.of("second", "third", "fourth")) {
                    folder.article(slug, "2026-11-21T09:00:00+09:00");
                    assertThat(reloader.reloadAndWait().ok()).isTrue();
                    revisions.add(reloader.published().get().revision());
                }
                assertThat(revisions).doesNotHaveDuplicates();

                JsonNode all = changes(server, revisions.get(0), 20);
                assertThat(all.at("/revision").asText()).isEqualTo(revisions.get(3));
                assertThat(all.at("/hasMore").asBoolean()).isFalse();
                assertThat(all.at("/changes")).hasSize(3);
                assertThat(all.at("/changes/0/since").asText()).isEqualTo(revisions.get(0));
                assertThat(all.at("/changes/0/articles/added/0").asText()).isEqualTo("second");
                assertThat(all.at("/changes/2/articles/added/0").asText()).isEqualTo("fourth");
                assertThat(all.at("/changes/2/paths").toString()).contains("/articles/fourth/");
                assertThat(all.at("/changes/2/cacheTags").toString()).contains("article:fourth", "list:articles");

                JsonNode page = changes(server, revisions.get(1), 1);
                assertThat(page.at("/changes")).hasSize(1);
                assertThat(page.at("/hasMore").asBoolean()).isTrue();
                assertThat(page.at("/revision").asText()).isEqualTo(revisions.get(2));

                JsonNode none = changes(server, revisions.get(3), 20);
                assertThat(none.at("/changes")).isEmpty();
                assertThat(none.at("/revision").asText()).isEqualTo(revisions.get(3));

                JsonNode unknown = JSON.readTree(Http.graphql(endpoint(server),
                        "{ changes(since: \"0123abcd\") { revision } }").body());
                assertThat(unknown.at("/errors/0/extensions/code").asText()).isEqualTo("REVISION_TOO_OLD");
                assertThat(unknown.at("/errors/0/message").asText()).contains("0123abcd", revisions.get(3));
            } finally {
                server.stop();
            }
        }

        folder.article("fifth", "2026-11-22T09:00:00+09:00"); // while the server is down
        try (Reloader reloader = start()) {
            ChangeHistory history = new ChangeHistory(data);
            history.follow(reloader.published());
            KioskServer server = server(reloader, history);
            try {
                JsonNode restarted = changes(server, revisions.get(1), 20);
                assertThat(restarted.at("/changes")).hasSize(3);
                assertThat(restarted.at("/changes/2/since").asText()).isEqualTo(revisions.get(3));
                assertThat(restarted.at("/changes/2/everything").asBoolean()).isTrue();
                assertThat(restarted.at("/revision").asText()).isEqualTo(reloader.published().get().revision());
            } finally {
                server.stop();
            }
        }
    }

    private Reloader start() {
        return Reloader.start(new ContentSource(folder.root()), new CatalogBuilder(), Clock.systemUTC(), false,
                (previous, next) -> { });
    }

    private static KioskServer server(Reloader reloader, ChangeHistory history) {
        return KioskServer.create(reloader.published(), ServerOptions.defaults(0)
                .withLive(new LiveData(() -> ContentStatus.FIXED).withChanges(history::after))).start();
    }

    private static String endpoint(KioskServer server) {
        return "http://localhost:" + server.port() + "/graphql";
    }

    private static JsonNode changes(KioskServer server, String since, int first) throws Exception {
        JsonNode answer = JSON.readTree(Http.graphql(endpoint(server), "{ changes(since: \"" + since + "\", first: "
                + first + ") { revision hasMore changes { since revision at everything articles { added changed removed }"
                + " paths cacheTags } } }").body());
        assertThat(answer.has("errors")).as(answer.toString()).isFalse();
        return answer.at("/data/changes");
    }
}
