package kiosk.testing;

import java.time.Instant;
import java.time.ZoneOffset;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

/** Commits made with JGit as the magazine's desk does, for tests of content in git. */
public final class Commits {

    private Commits() {
    }

    /** Commits every change of the work tree, new, changed and deleted files alike, now. */
    public static RevCommit all(Git git, String message) throws GitAPIException {
        return all(git, message, Instant.now());
    }

    /** Commits every change of the work tree as of {@code when}; an empty commit when nothing changed. */
    public static RevCommit all(Git git, String message, Instant when) throws GitAPIException {
        PersonIdent editor = new PersonIdent("編集部", "desk@example.jp", when, ZoneOffset.ofHours(9));
        git.add().addFilepattern(".").call();
        git.add().addFilepattern(".").setUpdate(true).call();
        return git.commit().setMessage(message).setAuthor(editor).setCommitter(editor).setAllowEmpty(true).call();
    }
}
