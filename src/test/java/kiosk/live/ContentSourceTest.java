package kiosk.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import kiosk.catalog.Catalog;
import kiosk.catalog.CatalogBuilder;
import kiosk.content.Article;
import kiosk.content.load.LoadResult;
import kiosk.testing.Commits;
import kiosk.testing.ContentFolder;
import kiosk.testing.Eventually;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentSourceTest {

    @TempDir
    Path temp;

    @Test
    void load_afterAFailedListing_listsAfreshAndFindsEveryArticle() throws Exception {
        ContentFolder folder = ContentFolder.create(temp).article("first", "2026-11-20T09:00:00+09:00")
                .article("second", "2026-11-21T09:00:00+09:00");
        ContentSource source = new ContentSource(folder.root());
        assertThat(source.load().content().articles()).hasSize(2);
        // a link whose target is gone makes the listing of articles/ fail (or, once links are checked one by
        // one, costs only itself): either way this load is refused
        Path link = folder.root().resolve("articles/2026/dangling.md");
        Files.createDirectories(link.getParent());
        Files.createSymbolicLink(link, temp.resolve("gone.md"));
        assertThat(source.load(Changes.of(Set.of(link.getParent()))).hasErrors()).isTrue();

        Files.delete(link);
        LoadResult fixed = source.load(Changes.of(Set.of(link)));

        assertThat(fixed.problems()).isEmpty();
        assertThat(fixed.content().articles()).extracting(Article::slug).containsExactlyInAnyOrder("first", "second");
    }

    /**
     * A commit moves only git's refs: the watcher sees it and the reload serves the commit as the revision.
     * Git's own writes (objects, the index, lock files) and the reload's reading of the repository set
     * off no reload, so there is no loop.
     */
    @Test
    void watchTargets_commit_reloadsOnceAndServesTheCommit() throws Exception {
        ContentFolder folder = ContentFolder.create(temp).article("first", "2026-11-20T09:00:00+09:00");
        try (Git git = Git.init().setDirectory(temp.toFile()).setInitialBranch("main").call()) {
            Commits.all(git, "edit");
            ContentSource source = new ContentSource(folder.root());
            AtomicInteger reloads = new AtomicInteger();
            try (Reloader reloader = Reloader.start(source, new CatalogBuilder(), Clock.systemUTC(), false,
                    (previous, next) -> { });
                 FolderWatcher watcher = new FolderWatcher(source::watchTargets, Duration.ofMillis(50),
                         FolderWatcher.CHECK, changes -> {
                             reloads.incrementAndGet();
                             reloader.requestReload(changes);
                         })) {
                folder.article("second", "2026-11-21T09:00:00+09:00");
                Eventually.within(Duration.ofSeconds(10), () -> reloader.published().get().revision().contains("-dirty-"));
                int beforeCommit = reloads.get();

                RevCommit second = Commits.all(git, "edit");

                Eventually.within(Duration.ofSeconds(10),
                        () -> reloader.published().get().revision().equals(second.abbreviate(12).name()));
                Catalog serving = reloader.published().get();
                assertThat(serving.history(serving.article("second").orElseThrow())).isPresent();
                Thread.sleep(FolderWatcher.CHECK.toMillis() * 2);
                assertThat(reloads.get() - beforeCommit).as("reloads the commit set off").isEqualTo(1);
                Files.writeString(temp.resolve(".git/index.lock"), "git at work");
                Files.createDirectories(temp.resolve(".git/objects/ab"));
                Files.writeString(temp.resolve(".git/objects/ab/cdef"), "an object");
                Files.writeString(temp.resolve(".git/FETCH_HEAD"), "a fetch that changed nothing checked out");
                Thread.sleep(FolderWatcher.CHECK.toMillis() * 2);
                assertThat(reloads.get() - beforeCommit).as("git's own writes set off nothing").isEqualTo(1);
                assertThat(watcher.trouble()).isEmpty();
            }
        }
    }
}
