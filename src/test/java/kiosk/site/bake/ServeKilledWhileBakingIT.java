package kiosk.site.bake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import kiosk.testing.ContentFolder;
import kiosk.testing.Eventually;
import kiosk.testing.Folders;
import kiosk.testing.KioskProcess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged {@code kiosk serve} killed with SIGKILL while it bakes: a full bake leaves its staging
 * folder, an update leaves the site mixing two versions. The next start removes the one and bakes the
 * other in full; meanwhile the marker says the folder is mid-update, and it is never served.
 */
class ServeKilledWhileBakingIT {

    private static final Duration WITHIN = Duration.ofSeconds(60);
    private static final int ARTICLES = 12;
    /** A template this slow makes a bake last seconds: a kill lands in the middle. */
    private static final String SLOW = "<#list 1..10000000 as i></#list>";

    @TempDir
    Path temp;

    private Path site;
    private Path out;
    private List<String> options;

    @BeforeEach
    void magazine() throws IOException {
        ContentFolder content = ContentFolder.create(temp);
        IntStream.range(0, ARTICLES).forEach(i -> content.article("story-" + i, "2026-11-20T09:%02d:00+09:00".formatted(i)));
        site = Folders.copy(Path.of("site"), temp.resolve("site"));
        out = temp.resolve("out");
        options = List.of("--content", content.root().toString(), "--site", site.toString(), "--out", out.toString(),
                "--data", temp.resolve("data").toString());
    }

    @Test
    void killedDuringTheFirstBake_nextStartRemovesWhatItLeft() throws Exception {
        String template = Files.readString(article());
        Files.writeString(article(), template + SLOW);
        try (KioskProcess killed = KioskProcess.launch(temp.resolve("serve.log"), List.of(), Map.of(), options)) {
            Eventually.within(WITHIN, () -> staging().map(folder -> Files.exists(folder.resolve("articles"))).orElse(false));
            killed.kill();
        }
        assertThat(staging()).as("the kill left a staging folder").isPresent();
        Files.writeString(article(), template);

        try (KioskProcess restarted = serve()) {
            assertThat(siblingsOfOut()).containsExactly("out");
            assertThat(restarted.get("/articles/story-1/").statusCode()).isEqualTo(200);
            assertThat(restarted.get("/" + OutputFolder.MARKER).statusCode()).isEqualTo(404);
            assertThat(restarted.get("/%2Ekiosk-bake").statusCode()).isEqualTo(404);
        }
    }

    @Test
    void killedDuringAnUpdate_markerSaysSoAndTheNextStartBakesInFull() throws Exception {
        String revision;
        try (KioskProcess serve = serve()) {
            revision = serve.health().get("revision").asText();
            assertThat(marker()).isEqualTo("Baked by kiosk from content revision " + revision + "\n");
            // every article page changes with the template: the update writes them in place, slowly
            Files.writeString(article(), Files.readString(article()).replace("<article", "<article data-v2") + SLOW);
            Eventually.within(WITHIN, () -> updatedPages() > 0);
            serve.kill();
        }
        assertThat(updatedPages()).as("killed midway: some pages updated, some not").isBetween(1L, ARTICLES - 1L);
        assertThat(marker()).startsWith("Updating from content revision " + revision + " to " + revision + ": ");

        Files.writeString(article(), Files.readString(article()).replace(SLOW, ""));
        try (KioskProcess restarted = serve()) {
            assertThat(updatedPages()).isEqualTo(ARTICLES);
            assertThat(marker()).isEqualTo("Baked by kiosk from content revision " + revision + "\n");
            try (Stream<Path> files = Files.walk(out)) {
                assertThat(files.map(file -> file.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
            }
            assertThat(siblingsOfOut()).containsExactly("out");
        }
    }

    private KioskProcess serve() throws IOException, InterruptedException {
        return KioskProcess.start(temp.resolve("serve.log"), List.of(), Map.of(), options);
    }

    private Path article() {
        return site.resolve("templates/article.ftl");
    }

    private String marker() throws IOException {
        return Files.readString(out.resolve(OutputFolder.MARKER));
    }

    private long updatedPages() throws IOException {
        long updated = 0;
        for (int i = 0; i < ARTICLES; i++) {
            Path page = out.resolve("articles/story-" + i + "/index.html");
            if (Files.exists(page) && Files.readString(page).contains("<article data-v2")) {
                updated++;
            }
        }
        return updated;
    }

    private Optional<Path> staging() throws IOException {
        try (Stream<Path> files = Files.list(temp)) {
            return files.filter(file -> file.getFileName().toString().startsWith(".out.staging-")).findFirst();
        }
    }

    private List<String> siblingsOfOut() throws IOException {
        try (Stream<Path> files = Files.list(temp)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.contains("out")).sorted().toList();
        }
    }
}
