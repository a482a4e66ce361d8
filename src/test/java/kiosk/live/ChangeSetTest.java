package kiosk.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import kiosk.catalog.Catalog;
import kiosk.catalog.CatalogBuilder;
import kiosk.catalog.CacheTags;
import kiosk.catalog.ChangeSet;
import kiosk.content.Content;
import kiosk.image.Renditions;
import kiosk.image.TestImages;
import kiosk.testing.Commits;
import kiosk.testing.ContentFolder;
import kiosk.testing.MutableClock;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The change set each snapshot carries, as reloads and the clock make them, and the revisions they name. */
class ChangeSetTest {

    private static final Instant NOW = Instant.parse("2026-11-25T03:00:00Z");

    @TempDir
    Path temp;

    private final MutableClock clock = new MutableClock(NOW);
    private final List<ChangeSet> told = new CopyOnWriteArrayList<>();
    private Reloader reloader;

    @AfterEach
    void stop() {
        if (reloader != null) {
            reloader.close();
        }
    }

    private ContentFolder start(ContentFolder folder) {
        reloader = Reloader.start(new ContentSource(folder.root()), new CatalogBuilder(), clock, true,
                (previous, next) -> told.add(next.changes()));
        return folder;
    }

    private Catalog serving() {
        return reloader.published().get();
    }

    @Test
    void editOfOneArticle_namesItWhatShowsItAndItsPagesOnly() {
        ContentFolder folder = start(ContentFolder.create(temp).article("first", "2026-11-20T09:00:00+09:00")
                .articleWith("second", "2026-11-21T09:00:00+09:00", "")
                .article("other", """
                        title: 別の記事
                        date: 2026-11-19T09:00:00+09:00
                        section: business
                        authors: [sato]
                        summary: 要約。
                        """, "まったく別の話。\n"));
        String before = serving().revision();
        assertThat(serving().changes().since()).isNull();
        assertThat(serving().changes().everything()).isTrue();

        folder.article("second", """
                title: 記事 second
                date: 2026-11-21T09:00:00+09:00
                section: world
                authors: [sato]
                tags: [外交, 経済]
                summary: 要約。
                """, "本文です。\n");
        assertThat(reloader.reloadAndWait().ok()).isTrue();

        ChangeSet changes = serving().changes();
        assertThat(told).containsExactly(changes);
        assertThat(changes.since()).isEqualTo(before);
        assertThat(changes.revision()).isEqualTo(serving().revision()).isNotEqualTo(before);
        assertThat(changes.everything()).isFalse();
        assertThat(changes.articles().changed()).containsExactly("second");
        assertThat(changes.articles().added()).isEmpty();
        assertThat(changes.tags().added()).containsExactly("経済");
        assertThat(changes.cacheTags()).contains("article:second", "section:world", "author:sato",
                "tag:%E7%B5%8C%E6%B8%88", "list:articles", "list:tags", "index:tags", "home", "revision");
        // the list of sections and of authors, their own fields and order, stayed as they were
        assertThat(changes.cacheTags()).doesNotContain("article:other", "section:business", "index:sections",
                "index:authors");
        assertThat(changes.paths()).contains("/", "/articles/second/", "/sections/world/")
                .doesNotContain("/articles/other/", "/sections/business/");
    }

    @Test
    void variantsOfOneArticlesPhotoFinished_nameThatArticleAndWhatListsIt_notTheRest() {
        ContentFolder folder = ContentFolder.create(temp).writeBytes("media/photo.jpg", ContentFolder.jpeg(1600, 900))
                .articleWithPhoto("photo", "/media/photo.jpg")
                .articleInBusiness("other");
        AtomicReference<Renditions> renditions = new AtomicReference<>(Renditions.none());
        CatalogBuilder builder = new CatalogBuilder().withRenditions(renditions::get);
        Content content = folder.load().content();
        Catalog first = builder.published(content, NOW);
        // the workshop has made the photo's variants: the same content is built again with them
        Path file = folder.root().resolve("media/photo.jpg");
        renditions.set(TestImages.oneDone("/media/photo.jpg", file));

        ChangeSet changes = builder.published(content, NOW, first).changes();

        assertThat(changes.everything()).isFalse();
        assertThat(changes.articles().changed()).containsExactly("photo");
        assertThat(changes.cacheTags()).contains("article:photo", "section:world", "author:sato", "list:articles", "home")
                .doesNotContain("article:other", "section:business", "author:wire", CacheTags.SITE);
        assertThat(changes.paths()).contains("/", "/articles/photo/", "/sections/world/")
                .doesNotContain("/sections/business/", "/authors/wire/");
        // the other article is named by its related list alone (it links to the photo's article), not as changed
        assertThat(changes.cacheTags()).contains(CacheTags.related("other"));
    }

    @Test
    void removalAndAddition_areNamed() throws Exception {
        ContentFolder folder = start(ContentFolder.create(temp).article("first", "2026-11-20T09:00:00+09:00")
                .article("second", "2026-11-21T09:00:00+09:00"));
        Files.delete(folder.root().resolve("articles/second.md"));
        folder.article("third", "2026-11-22T09:00:00+09:00");

        reloader.reloadAndWait();

        ChangeSet changes = serving().changes();
        assertThat(changes.articles().removed()).containsExactly("second");
        assertThat(changes.articles().added()).containsExactly("third");
        assertThat(changes.cacheTags()).contains("article:second", "article:third");
    }

    @Test
    void reloadWithoutChange_isAnEmptyChangeSetUnderTheSameRevision() {
        start(ContentFolder.create(temp).article("first", "2026-11-20T09:00:00+09:00"));
        String before = serving().revision();

        reloader.reloadAndWait();

        assertThat(serving().revision()).isEqualTo(before);
        assertThat(serving().changes().isEmpty()).isTrue();
        assertThat(serving().changes().cacheTags()).isEmpty();
    }

    @Test
    void scheduledArticleGoingLive_changesTheRevisionAndNamesTheArticle() throws Exception {
        ContentFolder folder = ContentFolder.create(temp).article("first", "2026-11-20T09:00:00+09:00")
                .article("scheduled", "2026-11-25T13:00:00+09:00");
        String commit;
        try (Git git = Git.init().setDirectory(folder.root().toFile()).setInitialBranch("main").call()) {
            commit = Commits.all(git, "two articles, one scheduled", NOW.minus(Duration.ofHours(2)))
                    .abbreviate(12).name();
        }
        start(folder);
        assertThat(serving().revision()).isEqualTo(commit);
        assertThat(serving().article("scheduled")).isEmpty();

        clock.advance(Duration.ofHours(1)); // 13:00 in Tokyo

        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (told.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(serving().article("scheduled")).isPresent();
        assertThat(serving().revision()).isEqualTo(commit + "-at-20261125T040000Z");
        ChangeSet changes = serving().changes();
        assertThat(told).containsExactly(changes);
        assertThat(changes.since()).isEqualTo(commit);
        assertThat(changes.articles().added()).containsExactly("scheduled");
        assertThat(changes.cacheTags()).contains("article:scheduled", "list:articles", "revision");
        assertThat(changes.paths()).contains("/articles/scheduled/");
    }
}
