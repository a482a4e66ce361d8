package kiosk.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderWatcherTest {

    @TempDir
    Path root;

    @Test
    void burstOfChanges_coalescesIntoOneCallback() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        try (FolderWatcher watcher = new FolderWatcher(List.of(root), Duration.ofMillis(200), changes -> calls.incrementAndGet())) {
            for (int i = 0; i < 500; i++) {
                Files.writeString(root.resolve("article-" + i + ".md"), "text " + i);
            }
            awaitCalls(calls::get, 1);
            Thread.sleep(500);

            assertThat(calls.get()).isEqualTo(1);
        }
    }

    @Test
    void fileInNewFolder_isNoticed() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        try (FolderWatcher watcher = new FolderWatcher(List.of(root), Duration.ofMillis(100), changes -> calls.incrementAndGet())) {
            Files.createDirectories(root.resolve("articles/2026"));
            awaitCalls(calls::get, 1);
            Files.writeString(root.resolve("articles/2026/new.md"), "text");

            awaitCalls(calls::get, 2);
            assertThat(calls.get()).isEqualTo(2);
        }
    }

    @Test
    void changeInGitFolder_isIgnored() throws Exception {
        Files.createDirectories(root.resolve(".git"));
        AtomicInteger calls = new AtomicInteger();
        try (FolderWatcher watcher = new FolderWatcher(List.of(root), Duration.ofMillis(100), changes -> calls.incrementAndGet())) {
            Files.writeString(root.resolve(".git/index"), "x");
            Thread.sleep(500);

            assertThat(calls.get()).isZero();
        }
    }

    private static void awaitCalls(IntSupplier calls, int expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (calls.getAsInt() < expected && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    @Test
    void burstOfChanges_namesThePathsThatChanged() throws Exception {
        Files.createDirectories(root.resolve("articles"));
        Files.writeString(root.resolve("articles/kept.md"), "text");
        Set<Path> expected = Set.of(root.resolve("articles/new.md"), root.resolve("articles/kept.md"));
        List<Changes> seen = new CopyOnWriteArrayList<>();
        try (FolderWatcher watcher = new FolderWatcher(List.of(root), Duration.ofMillis(100), seen::add)) {
            Files.writeString(root.resolve("articles/new.md"), "text");
            Files.delete(root.resolve("articles/kept.md"));
            awaitCalls(() -> (int) expected.stream().filter(path -> named(seen).contains(path)).count(), 2);

            assertThat(named(seen)).containsAll(expected);
        }
    }

    private static Set<Path> named(List<Changes> seen) {
        // changes of unknown paths (a root registered afresh) name none
        return seen.stream().filter(changes -> !changes.everything()).reduce(Changes::and).flatMap(Changes::known)
                .orElse(Set.of());
    }

    @Test
    void rootThatIsALink_editInSubfolder_isNoticed() throws Exception {
        Path revision = Files.createDirectories(root.resolve(".sync/rev-a/articles"));
        Path content = Files.createSymbolicLink(root.resolve("content"), root.relativize(revision.getParent()));
        List<Changes> seen = new CopyOnWriteArrayList<>();
        try (FolderWatcher watcher = new FolderWatcher(List.of(content), Duration.ofMillis(50), seen::add)) {
            Files.writeString(revision.resolve("a.md"), "text");

            awaitCalls(() -> named(seen).contains(content.resolve("articles/a.md")) ? 1 : 0, 1);
            assertThat(named(seen)).contains(content.resolve("articles/a.md"));
        }
    }

    /** git-sync and Kubernetes publish a new revision by replacing the link with one to a new folder. */
    @Test
    void rootThatIsALink_replacedByALinkToAnotherFolder_isFollowed() throws Exception {
        Path first = Files.createDirectories(root.resolve(".sync/rev-a/articles"));
        Path second = Files.createDirectories(root.resolve(".sync/rev-b/articles"));
        Path content = Files.createSymbolicLink(root.resolve("content"), root.relativize(first.getParent()));
        List<Changes> seen = new CopyOnWriteArrayList<>();
        try (FolderWatcher watcher = new FolderWatcher(List.of(content), Duration.ofMillis(50), seen::add)) {
            Path swap = Files.createSymbolicLink(root.resolve("content.swap"), root.relativize(second.getParent()));
            Files.move(swap, content, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            awaitCalls(seen::size, 1);
            assertThat(seen).as("a swapped root may have changed everywhere").anyMatch(Changes::everything);
            seen.clear();

            Files.writeString(second.resolve("b.md"), "text");
            Files.writeString(first.resolve("old.md"), "the folder no longer published");

            awaitCalls(() -> named(seen).contains(content.resolve("articles/b.md")) ? 1 : 0, 1);
            assertThat(named(seen)).contains(content.resolve("articles/b.md"))
                    .doesNotContain(content.resolve("articles/old.md"));
        }
    }

    @Test
    void rootDeletedAndCreatedAgain_editsAreNoticedAgain() throws Exception {
        Path content = Files.createDirectories(root.resolve("content/articles"));
        List<Changes> seen = new CopyOnWriteArrayList<>();
        try (FolderWatcher watcher = new FolderWatcher(List.of(content.getParent()), Duration.ofMillis(50), seen::add)) {
            Files.delete(content);
            Files.delete(content.getParent());
            awaitCalls(() -> watcher.trouble().isPresent() && seen.stream().anyMatch(Changes::everything) ? 1 : 0, 1);
            assertThat(watcher.trouble()).hasValueSatisfying(trouble -> assertThat(trouble).contains("content (missing)"));
            seen.clear();
            Files.createDirectories(content);
            awaitCalls(() -> watcher.trouble().isEmpty() && seen.stream().anyMatch(Changes::everything) ? 1 : 0, 1);
            assertThat(seen).as("a folder made again may hold anything").anyMatch(Changes::everything);
            assertThat(watcher.trouble()).isEmpty();
            seen.clear();

            Files.writeString(content.resolve("a.md"), "text");

            awaitCalls(() -> named(seen).contains(content.resolve("a.md")) ? 1 : 0, 1);
            assertThat(named(seen)).contains(content.resolve("a.md"));
        }
    }

    @Test
    void callbackThatFails_doesNotStopTheWatcher() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        try (FolderWatcher watcher = new FolderWatcher(List.of(root), Duration.ofMillis(50), changes -> {
            calls.incrementAndGet();
            throw new IllegalStateException("a reload that could not even be queued");
        })) {
            Files.writeString(root.resolve("a.md"), "text");
            awaitCalls(calls::get, 1);
            Files.writeString(root.resolve("b.md"), "text");

            awaitCalls(calls::get, 2);
            assertThat(calls.get()).isEqualTo(2);
            assertThat(watcher.trouble()).isEmpty();
        }
    }
}
