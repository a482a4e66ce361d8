package kiosk.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderWatcherTest {

    @TempDir
    Path root;

    @Test
    void burstOfChanges_coalescesIntoOneCallback() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        try (FolderWatcher watcher = new FolderWatcher(List.of(root), Duration.ofMillis(200), calls::incrementAndGet)) {
            for (int i = 0; i < 500; i++) {
                Files.writeString(root.resolve("article-" + i + ".md"), "text " + i);
            }
            awaitCalls(calls, 1);
            Thread.sleep(500);

            assertThat(calls.get()).isEqualTo(1);
        }
    }

    @Test
    void fileInNewFolder_isNoticed() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        try (FolderWatcher watcher = new FolderWatcher(List.of(root), Duration.ofMillis(100), calls::incrementAndGet)) {
            Files.createDirectories(root.resolve("articles/2026"));
            awaitCalls(calls, 1);
            Files.writeString(root.resolve("articles/2026/new.md"), "text");

            awaitCalls(calls, 2);
            assertThat(calls.get()).isEqualTo(2);
        }
    }

    @Test
    void changeInGitFolder_isIgnored() throws Exception {
        Files.createDirectories(root.resolve(".git"));
        AtomicInteger calls = new AtomicInteger();
        try (FolderWatcher watcher = new FolderWatcher(List.of(root), Duration.ofMillis(100), calls::incrementAndGet)) {
            Files.writeString(root.resolve(".git/index"), "x");
            Thread.sleep(500);

            assertThat(calls.get()).isZero();
        }
    }

    private static void awaitCalls(AtomicInteger calls, int expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (calls.get() < expected && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }
}
