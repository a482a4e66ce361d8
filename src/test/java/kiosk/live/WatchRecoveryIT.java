package kiosk.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import kiosk.testing.ContentFolder;
import kiosk.testing.Eventually;
import kiosk.testing.KioskProcess;
import kiosk.testing.Unprivileged;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged {@code kiosk serve} keeps publishing through what used to stop its watcher for good: a
 * folder it cannot read (it says so, polls, and serves the folder once readable) and a content folder
 * that is a link replaced by another (the layout git-sync and Kubernetes use).
 */
class WatchRecoveryIT {

    private static final Duration WITHIN = Duration.ofSeconds(10);
    private static final String PREVIEW_TOKEN = "9d2e7b4c1a8f3e6d0c5b2a7f4e1d8c3b";

    @TempDir
    Path temp;

    @Test
    void newFolderWithAnUnreadableSubfolder_isPolledAndServedOnceReadable() throws Exception {
        ContentFolder content = ContentFolder.create(temp).article("first", "2026-11-20T09:00:00+09:00");
        // made outside, then moved in at once, as a git checkout or an rsync does
        ContentFolder incoming = ContentFolder.create(temp.resolve("incoming"))
                .article("2026/secret/hidden", "2026-11-21T09:00:00+09:00");
        Path secret = incoming.root().resolve("articles/2026/secret");
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        try (KioskProcess serve = serve(content.root(), Unprivileged.launcher())) {
            Files.move(incoming.root().resolve("articles/2026"), content.root().resolve("articles/2026"));

            Eventually.within(WITHIN, () -> "degraded".equals(serve.health().get("status").asText())
                    && editorsContentStatus(serve).get("reasons").toString().contains("cannot watch"));
            assertThat(editorsContentStatus(serve).get("reasons").toString())
                    .contains("content/articles/2026/secret (permission denied)");

            Files.setPosixFilePermissions(content.root().resolve("articles/2026/secret"),
                    PosixFilePermissions.fromString("rwxr-xr-x"));

            Eventually.within(WITHIN, () -> "記事 2026/secret/hidden".equals(serve.title("hidden")));
            Eventually.within(WITHIN, () -> !"degraded".equals(serve.health().get("status").asText()));
            content.article("2026/secret/later", "2026-11-22T09:00:00+09:00");
            Eventually.within(WITHIN, () -> "記事 2026/secret/later".equals(serve.title("later")));
        }
    }

    @Test
    void contentFolderThatIsALink_replacedAtomically_servesTheNewTargetAndFollowsIt() throws Exception {
        ContentFolder first = ContentFolder.create(temp.resolve(".sync/rev-a")).article("story", "2026-11-20T09:00:00+09:00");
        ContentFolder second = ContentFolder.create(temp.resolve(".sync/rev-b")).article("story", """
                title: 差し替え後の見出し
                date: 2026-11-20T09:00:00+09:00
                section: world
                authors: [sato]
                summary: 要約。
                """, "本文です。\n");
        Path link = Files.createSymbolicLink(temp.resolve("content"), temp.relativize(first.root()));
        try (KioskProcess serve = serve(link, List.of())) {
            assertThat(serve.title("story")).isEqualTo("記事 story");
            Files.writeString(first.root().resolve("articles/story.md"),
                    Files.readString(first.root().resolve("articles/story.md")).replace("記事 story", "リンク越しの編集"));
            Eventually.within(WITHIN, () -> "リンク越しの編集".equals(serve.title("story")));

            Path swap = Files.createSymbolicLink(temp.resolve("content.swap"), temp.relativize(second.root()));
            Files.move(swap, link, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            Eventually.within(WITHIN, () -> "差し替え後の見出し".equals(serve.title("story")));

            second.article("added", "2026-11-21T09:00:00+09:00");
            Eventually.within(WITHIN, () -> "記事 added".equals(serve.title("added")));
            assertThat(serve.health().get("status").asText()).isNotEqualTo("degraded");
        }
    }

    private KioskProcess serve(Path content, List<String> launcher) throws IOException, InterruptedException {
        return KioskProcess.start(temp.resolve("serve.log"), launcher, Map.of("KIOSK_PREVIEW_TOKEN", PREVIEW_TOKEN),
                List.of("--content", content.toString(), "--site", Path.of("site").toAbsolutePath().toString(),
                        "--out", temp.resolve("out").toString(), "--data", temp.resolve("data").toString()));
    }

    private static JsonNode editorsContentStatus(KioskProcess serve) throws IOException {
        return serve.editorsData("{ contentStatus { ok reasons } }", PREVIEW_TOKEN).get("contentStatus");
    }
}
