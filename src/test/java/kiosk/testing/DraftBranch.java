package kiosk.testing;

import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * A content repository as a pull request leaves it: {@code main} holds one published story
 * ({@code main-story}), a branch adds a draft, and the work tree is back on {@code main}. Close it
 * when done.
 *
 * @param commit the branch's commit
 */
public record DraftBranch(Git git, ContentFolder folder, RevCommit commit) implements AutoCloseable {

    public static final String STORY = "main-story";

    /** The repository in {@code temp}, whose {@code branch} adds the draft {@code slug} titled {@code title}. */
    public static DraftBranch create(Path temp, String branch, String slug, String title, String body) throws Exception {
        Git git = Git.init().setDirectory(temp.toFile()).setInitialBranch("main").call();
        ContentFolder folder = ContentFolder.create(temp).article(STORY, "2026-11-20T09:00:00+09:00");
        Commits.all(git, "the magazine");
        git.checkout().setCreateBranch(true).setName(branch).call();
        RevCommit commit = commitDraft(git, folder, slug, title, body);
        git.checkout().setName("main").call();
        return new DraftBranch(git, folder, commit);
    }

    /** Commits the draft, with {@code body}, on the branch checked out. */
    public static RevCommit commitDraft(Git git, ContentFolder folder, String slug, String title, String body)
            throws Exception {
        folder.article(slug, """
                title: %s
                date: 2026-12-01T09:00:00+09:00
                section: business
                authors: [sato]
                summary: 要約。
                draft: true
                """.formatted(title), body);
        return Commits.all(git, "a draft on the branch");
    }

    @Override
    public void close() {
        git.close();
    }
}
