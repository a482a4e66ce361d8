package kiosk.content.git;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitDirectoriesTest {

    @TempDir
    Path temp;

    @Test
    void of_folderInAClone_isItsDotGitTwice() throws Exception {
        try (Git git = Git.init().setDirectory(temp.toFile()).call()) {
            Path content = Files.createDirectories(temp.resolve("content"));

            assertThat(GitDirectories.of(content))
                    .contains(new GitDirectories(temp.resolve(".git").toAbsolutePath(), temp.resolve(".git").toAbsolutePath()));
        }
    }

    /** git-sync checks each revision out as a linked work tree: HEAD is its own, the refs are the repository's. */
    @Test
    void of_folderInALinkedWorkTree_isItsOwnGitDirAndTheCommonOne() throws Exception {
        try (Git git = Git.init().setDirectory(temp.resolve("repository").toFile()).call()) {
            Path common = temp.resolve("repository/.git");
            // the layout `git worktree add` makes
            Path gitDir = Files.createDirectories(common.resolve("worktrees/rev-abc"));
            Path workTree = Files.createDirectories(temp.resolve("worktrees/rev-abc"));
            Files.writeString(gitDir.resolve("HEAD"), "0123456789abcdef0123456789abcdef01234567\n");
            Files.writeString(gitDir.resolve("commondir"), "../..\n");
            Files.writeString(gitDir.resolve("gitdir"), workTree.resolve(".git") + "\n");
            Files.writeString(workTree.resolve(".git"), "gitdir: " + gitDir + "\n");
            Path content = Files.createDirectories(workTree.resolve("content"));

            GitDirectories directories = GitDirectories.of(content).orElseThrow();

            assertThat(directories.gitDir()).isEqualTo(gitDir.toAbsolutePath());
            assertThat(directories.commonDir()).isEqualTo(common.toAbsolutePath());
        }
    }

    @Test
    void of_folderOutsideGit_isEmpty() {
        assertThat(GitDirectories.of(temp)).isEmpty();
    }
}
