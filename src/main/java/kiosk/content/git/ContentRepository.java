package kiosk.content.git;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import kiosk.content.ContentHistory;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.dircache.DirCacheIterator;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.AbstractTreeIterator;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.FileTreeIterator;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.NotIgnoredFilter;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
import org.eclipse.jgit.util.io.DisabledOutputStream;

/**
 * The git repository around a content folder, read with JGit: the folder as a branch, a commit or
 * the index has it ({@link GitTree}, no checkout), and which of its files changed since a commit.
 * Close it when done; trees it made must not be read after.
 */
public final class ContentRepository implements AutoCloseable {

    /** A ref, resolved: the commit and the tree of the content folder in it. */
    public record Revision(ObjectId commit, Instant time, GitTree tree) {

        /** The commit's id as Kiosk shows it. */
        public String abbreviated() {
            return commit.abbreviate(GitHistory.ABBREVIATED_LENGTH).name();
        }
    }

    private final Repository repository;
    private final Path contentFolder;
    /** The content folder's path in the repository, "" when it is the work tree's root. */
    private final String prefix;

    private ContentRepository(Repository repository, Path contentFolder, String prefix) {
        this.repository = repository;
        this.contentFolder = contentFolder;
        this.prefix = prefix;
    }

    /** The repository whose work tree holds {@code contentFolder}, or empty when there is none. */
    public static Optional<ContentRepository> open(Path contentFolder) throws IOException {
        Path folder = contentFolder.toAbsolutePath().normalize();
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(folder.toFile());
        if (builder.getGitDir() == null) {
            return Optional.empty();
        }
        Repository repository = builder.setMustExist(true).build();
        if (repository.isBare()) {
            repository.close();
            return Optional.empty();
        }
        try {
            return Optional.of(new ContentRepository(repository, folder, GitHistory.prefixOf(repository, folder)));
        } catch (IOException | RuntimeException e) {
            repository.close();
            throw e;
        }
    }

    /** The content folder's path in the repository, with a trailing slash ("" at the root). */
    public String pathInRepository() {
        return prefix.isEmpty() ? "" : prefix + "/";
    }

    /**
     * The commit {@code ref} names (a branch, a tag, a full or short commit id, {@code HEAD~2}), or
     * empty when the repository has none by that name.
     */
    public Optional<Revision> revision(String ref) throws IOException {
        ObjectId id = resolve(ref);
        if (id == null) {
            return Optional.empty();
        }
        try (RevWalk walk = new RevWalk(repository)) {
            RevCommit commit = walk.parseCommit(id);
            Instant time = Instant.ofEpochSecond(commit.getCommitTime());
            return Optional.of(new Revision(commit.copy(), time,
                    GitTree.of(repository, commit.getTree(), prefix, contentFolder, time)));
        }
    }

    /** The commit id {@code ref} names now, or null: cheap, to see whether a branch moved. */
    public ObjectId resolve(String ref) throws IOException {
        if (ref.isBlank() || ref.startsWith("-")) {
            return null;
        }
        // a branch, the usual case, is one lookup in the ref database, without reading the commit
        Ref found = ref.contains("^") || ref.contains("~") || ref.contains("@{") ? null
                : repository.getRefDatabase().findRef(ref);
        if (found != null && found.getName().startsWith(Constants.R_HEADS) && found.getObjectId() != null) {
            return found.getObjectId();
        }
        try {
            return repository.resolve(ref + "^{commit}");
        } catch (org.eclipse.jgit.errors.RevisionSyntaxException | org.eclipse.jgit.errors.AmbiguousObjectException e) {
            // an abbreviated id that several objects start with names no one commit
            return null;
        }
    }

    /**
     * The history of the content files as of {@code revision}: when each was first and last committed
     * up to that commit, which is the revision the content is known by.
     */
    public ContentHistory history(Revision revision) throws IOException {
        return new ContentHistory(revision.abbreviated(), true, GitHistory.walk(repository, revision.commit(), prefix));
    }

    /** The content folder as the index has it: what the next commit would hold. */
    public GitTree staged() throws IOException {
        return GitTree.of(repository, repository.readDirCache(), prefix, contentFolder, Instant.now());
    }

    /**
     * The content files that differ between {@code base} and the work tree (untracked files too, not
     * ignored ones), or the index when {@code staged}: paths relative to the content folder, with
     * forward slashes. A file that was deleted is listed too.
     */
    public Set<String> changedSince(Revision base, boolean staged) throws IOException {
        Set<String> changed = new TreeSet<>();
        try (ObjectReader reader = repository.newObjectReader();
             DiffFormatter diff = new DiffFormatter(DisabledOutputStream.INSTANCE)) {
            diff.setRepository(repository);
            TreeFilter folder = prefix.isEmpty() ? TreeFilter.ALL : PathFilter.create(prefix);
            // the work tree is the second tree of the walk: what .gitignore hides is no change
            diff.setPathFilter(staged ? folder : AndTreeFilter.create(folder, new NotIgnoredFilter(1)));
            AbstractTreeIterator before = base == null ? new EmptyTreeIterator() : treeOf(reader, base.commit());
            AbstractTreeIterator after = staged ? new DirCacheIterator(repository.readDirCache())
                    : new FileTreeIterator(repository);
            String strip = pathInRepository();
            for (DiffEntry entry : diff.scan(before, after)) {
                for (String path : new String[] {entry.getOldPath(), entry.getNewPath()}) {
                    if (!path.equals(DiffEntry.DEV_NULL) && path.startsWith(strip)) {
                        changed.add(path.substring(strip.length()));
                    }
                }
            }
        }
        return changed;
    }

    private CanonicalTreeParser treeOf(ObjectReader reader, ObjectId commit) throws IOException {
        try (RevWalk walk = new RevWalk(reader)) {
            return new CanonicalTreeParser(null, reader, walk.parseCommit(commit).getTree());
        }
    }

    /**
     * The folder of the repository's hooks: {@code core.hooksPath} when set (relative to the work
     * tree, as git reads it), else {@code hooks} in the folder every work tree of the repository shares.
     */
    public Path hooksFolder() {
        String configured = repository.getConfig().getString("core", null, "hooksPath");
        Path workTree = repository.getWorkTree().toPath();
        return configured == null ? repository.getCommonDirectory().toPath().resolve("hooks")
                : workTree.resolve(configured);
    }

    /** The content folder's path as a command run at the top of the work tree (a hook) names it. */
    public String pathFromWorkTree() {
        return prefix.isEmpty() ? "." : prefix;
    }

    @Override
    public void close() {
        repository.close();
    }
}
