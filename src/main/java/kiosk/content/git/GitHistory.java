package kiosk.content.git;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import kiosk.content.ContentHistory;
import kiosk.content.FileHistory;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
import org.eclipse.jgit.util.io.DisabledOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a content folder's git history with JGit in one walk over the commits (not one per file):
 * for each file, when it was first and last committed and how many commits changed it. The walk is
 * kept until HEAD moves: most reloads follow an edit of the work tree, not a commit, and then only
 * whether the files still match HEAD is checked again.
 */
public final class GitHistory {

    private static final Logger LOG = LoggerFactory.getLogger(GitHistory.class);
    static final int ABBREVIATED_LENGTH = 12;

    private final Path contentFolder;
    /** The last walk, or null before the first. */
    private Walk last;

    private record Walk(ObjectId head, Map<String, FileHistory> files) {
    }

    public GitHistory(Path contentFolder) {
        this.contentFolder = contentFolder;
    }

    /** The history of a folder read once; see {@link #read()}. */
    public static ContentHistory read(Path contentFolder) {
        return new GitHistory(contentFolder).read();
    }

    /** The history, or {@link ContentHistory#NONE} when the folder is not in a git work tree with commits. */
    public synchronized ContentHistory read() {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(contentFolder.toAbsolutePath().toFile());
        if (builder.getGitDir() == null) {
            return ContentHistory.NONE;
        }
        try (Repository repository = builder.setMustExist(true).build()) {
            ObjectId head = repository.resolve(Constants.HEAD);
            if (head == null || repository.isBare()) {
                return ContentHistory.NONE;
            }
            String prefix = prefixOf(repository, contentFolder);
            Map<String, FileHistory> files = last != null && last.head().equals(head) ? last.files()
                    : walk(repository, head, prefix);
            last = new Walk(head.copy(), files);
            if (files.isEmpty()) {
                // inside a work tree but never committed (e.g. an ignored folder): git does not manage it
                return ContentHistory.NONE;
            }
            return new ContentHistory(head.abbreviate(ABBREVIATED_LENGTH).name(), isClean(repository, prefix), files);
        } catch (IOException | GitAPIException e) {
            LOG.warn("cannot read the git history of {}: {}", contentFolder, e.getMessage());
            return ContentHistory.NONE;
        }
    }

    /** The content folder's path inside the work tree, "" when it is the work tree itself. */
    static String prefixOf(Repository repository, Path contentFolder) throws IOException {
        Path workTree = repository.getWorkTree().toPath().toRealPath();
        return workTree.relativize(contentFolder.toRealPath()).toString().replace('\\', '/');
    }

    static Map<String, FileHistory> walk(Repository repository, ObjectId head, String prefix) throws IOException {
        Map<String, FileHistory> files = new HashMap<>();
        String strip = prefix.isEmpty() ? "" : prefix + "/";
        try (RevWalk walk = new RevWalk(repository);
             DiffFormatter diff = new DiffFormatter(DisabledOutputStream.INSTANCE)) {
            diff.setRepository(repository);
            diff.setPathFilter(prefix.isEmpty() ? TreeFilter.ALL : PathFilter.create(prefix));
            walk.markStart(walk.parseCommit(head));
            for (RevCommit commit : walk) {
                Instant when = Instant.ofEpochSecond(commit.getCommitTime());
                RevCommit parent = commit.getParentCount() == 0 ? null : walk.parseCommit(commit.getParent(0));
                for (DiffEntry change : diff.scan(parent == null ? null : parent.getTree(), commit.getTree())) {
                    String path = change.getChangeType() == DiffEntry.ChangeType.DELETE
                            ? change.getOldPath() : change.getNewPath();
                    files.merge(path.substring(strip.length()), new FileHistory(when, when, 1), GitHistory::combine);
                }
            }
        }
        return files;
    }

    private static FileHistory combine(FileHistory a, FileHistory b) {
        Instant first = a.firstCommitted().isBefore(b.firstCommitted()) ? a.firstCommitted() : b.firstCommitted();
        Instant last = a.lastCommitted().isAfter(b.lastCommitted()) ? a.lastCommitted() : b.lastCommitted();
        return new FileHistory(first, last, a.revisions() + b.revisions());
    }

    /** Whether the content files (tracked or not) are exactly as HEAD has them. */
    private static boolean isClean(Repository repository, String prefix) throws GitAPIException {
        try (Git git = new Git(repository)) {
            var status = git.status();
            if (!prefix.isEmpty()) {
                status.addPath(prefix);
            }
            return status.call().isClean();
        }
    }
}
