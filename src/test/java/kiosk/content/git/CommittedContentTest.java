package kiosk.content.git;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import kiosk.content.ContentHistory;
import kiosk.content.FileHistory;
import kiosk.testing.Commits;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommittedContentTest {

    private static final Instant FIRST = Instant.parse("2026-11-01T00:00:00Z");
    private static final Instant SECOND = Instant.parse("2026-11-02T00:00:00Z");

    @TempDir
    Path temp;

    @Test
    void export_earlierCommit_writesTheContentFolderAsCommittedWithoutTouchingTheWorkTree() throws Exception {
        Path repository = temp.resolve("magazine");
        Path content = repository.resolve("content");
        try (Git git = Git.init().setDirectory(repository.toFile()).setInitialBranch("main").call()) {
            write(content.resolve("articles/a.md"), "a1");
            write(content.resolve("media/photo.jpg"), "jpeg bytes");
            write(repository.resolve("README.md"), "not content");
            Files.createSymbolicLink(content.resolve("articles/alias.md"), Path.of("a.md"));
            Files.createSymbolicLink(content.resolve("articles/env.md"), Path.of("/proc/self/environ"));
            Files.createSymbolicLink(content.resolve("articles/up.md"), Path.of("../../README.md"));
            RevCommit good = Commits.all(git, "edit at " + FIRST, FIRST);
            write(content.resolve("articles/a.md"), "a2, broken");
            Files.delete(content.resolve("media/photo.jpg"));
            Commits.all(git, "edit at " + SECOND, SECOND);
            write(content.resolve("articles/draft.md"), "uncommitted");
            Path into = temp.resolve("data/last-good");
            write(into.resolve("stale.md"), "from an earlier export");

            Optional<ContentHistory> history = CommittedContent.export(content, good.abbreviate(12).name(), into);

            assertThat(history).map(ContentHistory::commit).contains(good.abbreviate(12).name());
            assertThat(history.get().clean()).isTrue();
            assertThat(history.get().of("articles/a.md")).contains(new FileHistory(FIRST, FIRST, 1));
            assertThat(Files.readString(into.resolve("articles/a.md"))).isEqualTo("a1");
            assertThat(Files.readString(into.resolve("media/photo.jpg"))).isEqualTo("jpeg bytes");
            assertThat(Files.readString(into.resolve("articles/alias.md"))).as("a link inside is kept").isEqualTo("a1");
            assertThat(into.resolve("articles/env.md")).as("a link out of the content is not written").doesNotExist();
            assertThat(Files.exists(into.resolve("articles/up.md"), LinkOption.NOFOLLOW_LINKS)).isFalse();
            assertThat(into.resolve("README.md")).doesNotExist();
            assertThat(into.resolve("stale.md")).doesNotExist();
            assertThat(into.resolve("articles/draft.md")).doesNotExist();
            assertThat(Files.readString(content.resolve("articles/a.md"))).as("the work tree").isEqualTo("a2, broken");
            assertThat(git.status().call().getUntracked()).containsExactly("content/articles/draft.md");
        }
    }

    @Test
    void export_commitTheRepositoryDoesNotHave_isEmpty() throws Exception {
        try (Git git = Git.init().setDirectory(temp.toFile()).setInitialBranch("main").call()) {
            write(temp.resolve("articles/a.md"), "a1");
            Commits.all(git, "edit at " + FIRST, FIRST);

            assertThat(CommittedContent.export(temp, "0123456789ab", temp.resolve("out"))).isEmpty();
        }
    }

    @Test
    void export_folderOutsideGit_isEmpty() {
        assertThat(CommittedContent.export(temp, "0123456789ab", temp.resolve("out"))).isEmpty();
    }

    private static void write(Path file, String text) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
