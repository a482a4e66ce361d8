package kiosk.content.git;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import kiosk.content.ContentHistory;
import kiosk.content.FileHistory;
import kiosk.testing.Commits;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitHistoryTest {

    private static final Instant FIRST = Instant.parse("2026-11-01T00:00:00Z");
    private static final Instant SECOND = Instant.parse("2026-11-02T00:00:00Z");
    private static final Instant THIRD = Instant.parse("2026-11-03T00:00:00Z");

    @TempDir
    Path repository;

    @Test
    void read_contentSubfolderOfRepository_givesPerFileHistoryInOneWalk() throws Exception {
        Path content = repository.resolve("content");
        try (Git git = Git.init().setDirectory(repository.toFile()).setInitialBranch("main").call()) {
            write(content.resolve("articles/a.md"), "a1");
            write(repository.resolve("README.md"), "readme");
            Commits.all(git, "edit at " + FIRST, FIRST);
            write(content.resolve("articles/a.md"), "a2");
            write(content.resolve("articles/b.md"), "b1");
            Commits.all(git, "edit at " + SECOND, SECOND);
            write(content.resolve("articles/a.md"), "a3");
            RevCommit head = Commits.all(git, "edit at " + THIRD, THIRD);

            ContentHistory history = GitHistory.read(content);

            assertThat(history.commit()).isEqualTo(head.abbreviate(12).name());
            assertThat(history.clean()).isTrue();
            assertThat(history.revision("hash")).isEqualTo(head.abbreviate(12).name());
            assertThat(history.of("articles/a.md")).contains(new FileHistory(FIRST, THIRD, 3));
            assertThat(history.of("articles/b.md")).contains(new FileHistory(SECOND, SECOND, 1));
            assertThat(history.files()).doesNotContainKey("README.md").doesNotContainKey("../README.md");
        }
    }

    @Test
    void read_uncommittedEdit_marksRevisionDirty() throws Exception {
        try (Git git = Git.init().setDirectory(repository.toFile()).setInitialBranch("main").call()) {
            write(repository.resolve("articles/a.md"), "a1");
            RevCommit head = Commits.all(git, "edit at " + FIRST, FIRST);
            write(repository.resolve("articles/new.md"), "draft");

            ContentHistory history = GitHistory.read(repository);

            assertThat(history.clean()).isFalse();
            assertThat(history.revision("abc123")).isEqualTo(head.abbreviate(12).name() + "-dirty-abc123");
        }
    }

    @Test
    void read_again_followsNewCommitsAndWorkTreeEdits() throws Exception {
        try (Git git = Git.init().setDirectory(repository.toFile()).setInitialBranch("main").call()) {
            write(repository.resolve("articles/a.md"), "a1");
            Commits.all(git, "edit at " + FIRST, FIRST);
            GitHistory history = new GitHistory(repository);
            assertThat(history.read().of("articles/a.md")).contains(new FileHistory(FIRST, FIRST, 1));

            write(repository.resolve("articles/a.md"), "a2");
            assertThat(history.read().clean()).isFalse();
            assertThat(history.read().of("articles/a.md")).contains(new FileHistory(FIRST, FIRST, 1));

            RevCommit second = Commits.all(git, "edit at " + SECOND, SECOND);
            ContentHistory afterCommit = history.read();
            assertThat(afterCommit.commit()).isEqualTo(second.abbreviate(12).name());
            assertThat(afterCommit.clean()).isTrue();
            assertThat(afterCommit.of("articles/a.md")).contains(new FileHistory(FIRST, SECOND, 2));
        }
    }

    @Test
    void read_folderOutsideGit_hasNoHistory() {
        assertThat(GitHistory.read(repository)).isEqualTo(ContentHistory.NONE);
        assertThat(ContentHistory.NONE.revision("abc123")).isEqualTo("abc123");
    }

    private static void write(Path file, String text) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
