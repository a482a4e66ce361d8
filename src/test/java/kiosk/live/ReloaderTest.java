package kiosk.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import kiosk.catalog.Catalog;
import kiosk.catalog.CatalogBuilder;
import kiosk.content.Article;
import kiosk.testing.ContentFolder;
import kiosk.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReloaderTest {

    private static final Instant NOW = Instant.parse("2026-11-25T03:00:00Z");

    @TempDir
    Path temp;

    private final MutableClock clock = new MutableClock(NOW);
    private final List<String> swaps = new CopyOnWriteArrayList<>();
    private ContentFolder folder;
    private Reloader reloader;

    @BeforeEach
    void start() {
        folder = ContentFolder.create(temp).article("first", "2026-11-20T09:00:00+09:00")
                .article("second", "2026-11-21T09:00:00+09:00");
        reloader = Reloader.start(new ContentSource(folder.root()), new CatalogBuilder(), clock, true,
                (previous, next) -> swaps.add(previous.revision() + "->" + next.revision()));
    }

    @AfterEach
    void stop() {
        reloader.close();
    }

    private Catalog serving() {
        return reloader.published().get();
    }

    @Test
    void reload_changedTitle_servesNewTitle() {
        folder.article("first", """
                title: 新しい見出し
                date: 2026-11-20T09:00:00+09:00
                section: world
                authors: [sato]
                summary: 要約。
                """, "本文");

        ReloadStatus status = reloader.reloadAndWait();

        assertThat(status.ok()).isTrue();
        assertThat(serving().article("first")).map(Article::title).contains("新しい見出し");
        assertThat(swaps).hasSize(1);
    }

    @Test
    void reload_deeplyNestedBody_isALocatedProblemAndLaterReloadsGoOn() {
        folder.article("second", """
                title: 引用だらけ
                date: 2026-11-21T09:00:00+09:00
                section: world
                authors: [sato]
                summary: 要約。
                """, ">".repeat(20_000) + " 引用\n");

        ReloadStatus broken = reloader.reloadAndWait();

        assertThat(broken.ok()).isFalse();
        assertThat(broken.problems()).extracting(problem -> problem.format())
                .anySatisfy(line -> assertThat(line).startsWith("articles/second.md:8:33: error: the text is nested too deeply"));
        folder.article("second", "2026-11-21T09:00:00+09:00");
        assertThat(reloader.reloadAndWait().ok()).isTrue();
    }

    @Test
    void reload_brokenFile_keepsLastGoodSnapshotAndReportsError() {
        Catalog before = serving();
        folder.write("articles/second.md", "---\ntitle: 壊れた\ndate: 2026-11-21\n");

        ReloadStatus status = reloader.reloadAndWait();

        assertThat(status.ok()).isFalse();
        assertThat(serving()).isSameAs(before);
        assertThat(status.revision()).isEqualTo(before.revision());
        assertThat(status.problems()).extracting(problem -> problem.format())
                .anySatisfy(line -> assertThat(line).startsWith("articles/second.md:1:1: error: the front matter"));
        assertThat(swaps).isEmpty();

        folder.article("second", "2026-11-21T09:00:00+09:00");
        ReloadStatus fixed = reloader.reloadAndWait();

        assertThat(fixed.ok()).isTrue();
        assertThat(fixed.problems()).isEmpty();
        assertThat(serving().articles()).hasSize(2);
    }

    @Test
    void reload_deletedArticle_isGone() throws Exception {
        Files.delete(folder.root().resolve("articles/first.md"));

        reloader.reloadAndWait();

        assertThat(serving().article("first")).isEmpty();
        assertThat(serving().articles()).extracting(Article::slug).containsExactly("second");
    }

    @Test
    void scheduledSeriesPartAndSpecialEdition_appearByThemselvesWhenTheirTimeComes() throws Exception {
        folder.write("series/saihakken.yaml", "title: 日本再発見\n")
                .special("shiro", "2026-11-26", "");
        folder.articleWith("part-1", "2026-11-20T09:00:00+09:00", "series: {slug: saihakken, part: 1}")
                .articleWith("part-2", "2026-11-25T13:00:00+09:00", "series: {slug: saihakken, part: 2}");
        reloader.reloadAndWait();
        Article first = serving().article("part-1").orElseThrow();
        assertThat(serving().nextPart(first)).isEmpty();
        assertThat(serving().special("shiro")).isEmpty();

        clock.advance(Duration.ofHours(1));
        awaitServing(catalog -> catalog.nextPart(catalog.article("part-1").orElseThrow()).isPresent());
        assertThat(serving().articlesInSeries("saihakken")).extracting(Article::slug).containsExactly("part-1", "part-2");
        assertThat(serving().special("shiro")).isEmpty();

        clock.advance(Duration.ofHours(11)); // 2026-11-26 00:00 in Tokyo: the special edition's on-sale day
        awaitServing(catalog -> catalog.special("shiro").isPresent());
        assertThat(serving().specialsOnSale()).hasSize(1);
    }

    /** Waits up to 5 s for the served catalog to meet {@code condition}, as the reloader republishes by itself. */
    private void awaitServing(Predicate<Catalog> condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!condition.test(serving()) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(condition.test(serving())).as("the served catalog, republished by the reloader").isTrue();
    }

    @Test
    void scheduledArticle_appearsWhenItsTimeComes() throws Exception {
        folder.article("scheduled", "2026-11-25T13:00:00+09:00");
        reloader.reloadAndWait();
        assertThat(serving().article("scheduled")).isEmpty();
        assertThat(reloader.preview().orElseThrow().get().article("scheduled")).isPresent();

        clock.advance(Duration.ofHours(1));

        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (serving().article("scheduled").isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(serving().article("scheduled")).isPresent();
        assertThat(serving().nextScheduled()).isEmpty();
    }

    @Test
    void reload_brokenFile_isDegradedUntilFixed() {
        assertThat(reloader.status().degraded()).isFalse();
        folder.write("articles/second.md", "---\ntitle: 壊れた\n");

        ReloadStatus broken = reloader.reloadAndWait();

        assertThat(broken.reasons()).containsExactly("the last reload found 1 error: still serving revision "
                + serving().revision());
        folder.article("second", "2026-11-21T09:00:00+09:00");
        assertThat(reloader.reloadAndWait().reasons()).isEmpty();
    }

    /** Outside git, a restart on a broken file serves the rest rather than nothing. */
    @Test
    void start_contentWithErrorsOutsideGit_servesTheRestUntilFixed() {
        ContentFolder broken = ContentFolder.create(temp.resolve("broken")).article("good", "2026-11-20T09:00:00+09:00")
                .write("articles/x.md", "no front matter");

        try (Reloader started = Reloader.start(new ContentSource(broken.root(), temp.resolve("data")),
                new CatalogBuilder(), clock, false, (previous, next) -> { })) {
            ReloadStatus status = started.status();
            assertThat(started.published().get().articles()).extracting(Article::slug).containsExactly("good");
            assertThat(status.ok()).isFalse();
            assertThat(status.problems()).extracting(problem -> problem.path()).contains("articles/x.md");
            assertThat(status.reasons()).containsExactly("serving the content without what has errors: 1 error in 1 file");

            broken.article("x", "2026-11-21T09:00:00+09:00");
            ReloadStatus fixed = started.reloadAndWait();

            assertThat(fixed.reasons()).isEmpty();
            assertThat(started.published().get().articles()).hasSize(2);
        }
    }

    @Test
    void start_noContentFolder_refuses() {
        Path missing = temp.resolve("missing");

        assertThatThrownBy(() -> Reloader.start(new ContentSource(missing, temp.resolve("data")), new CatalogBuilder(),
                clock, false, (previous, next) -> { }))
                .isInstanceOf(ContentErrorsException.class)
                .satisfies(e -> assertThat(((ContentErrorsException) e).result().problems())
                        .anySatisfy(problem -> assertThat(problem.message()).contains("does not exist")));
    }
}
