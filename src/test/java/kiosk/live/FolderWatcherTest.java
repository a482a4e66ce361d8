package kiosk.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
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
        return seen.stream().reduce(Changes::and).flatMap(Changes::known).orElse(Set.of());
    }
}
