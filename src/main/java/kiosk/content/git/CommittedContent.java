package kiosk.content.git;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import kiosk.content.ContentHistory;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A content folder as one commit has it, read from git's objects with JGit: no checkout, so the work
 * tree, the index and {@code HEAD} stay as they are. Its files are written to a folder of their own, to
 * be loaded and checked like any content folder.
 */
public final class CommittedContent {

    private static final Logger LOG = LoggerFactory.getLogger(CommittedContent.class);

    private CommittedContent() {
    }

    /**
     * Writes the files {@code contentFolder} held at {@code commit} into {@code into}, emptied first.
     * Links are written as links only when they lead to a file or folder written; submodules are skipped.
     *
     * @param commit a commit id, full or abbreviated
     * @return the history of the files at that commit, or empty when the folder is not in a git work tree
     *         or the repository does not have the commit (any more)
     */
    public static Optional<ContentHistory> export(Path contentFolder, String commit, Path into) {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(contentFolder.toAbsolutePath().toFile());
        if (builder.getGitDir() == null) {
            return Optional.empty();
        }
        try (Repository repository = builder.setMustExist(true).build()) {
            ObjectId id = repository.isBare() ? null : repository.resolve(commit + "^{commit}");
            if (id == null) {
                LOG.warn("the repository of {} has no commit {}", contentFolder, commit);
                return Optional.empty();
            }
            String prefix = GitHistory.prefixOf(repository, contentFolder);
            Path folder = into.toAbsolutePath().normalize();
            deleteTree(folder);
            Files.createDirectories(folder);
            try (RevWalk walk = new RevWalk(repository)) {
                RevCommit revision = walk.parseCommit(id);
                try (TreeWalk tree = prefix.isEmpty() ? null : TreeWalk.forPath(repository, prefix, revision.getTree())) {
                    if (prefix.isEmpty()) {
                        write(repository, revision.getTree(), folder);
                    } else if (tree != null && tree.getFileMode(0) == FileMode.TREE) {
                        write(repository, tree.getObjectId(0), folder);
                    }
                }
            }
            return Optional.of(new ContentHistory(id.abbreviate(GitHistory.ABBREVIATED_LENGTH).name(), true,
                    GitHistory.walk(repository, id, prefix)));
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("cannot read {} of {} from git: {}", commit, contentFolder, e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Writes the files of a tree, then its links: no file is written through a link, and a link is kept
     * only if, links followed, it stays in the folder (a link to a link could leave it where the link's
     * own text seems not to).
     */
    private static void write(Repository repository, ObjectId treeId, Path into) throws IOException {
        Map<Path, String> links = new LinkedHashMap<>();
        try (TreeWalk tree = new TreeWalk(repository)) {
            tree.addTree(treeId);
            tree.setRecursive(true);
            while (tree.next()) {
                Path file = into.resolve(tree.getPathString()).normalize();
                if (!file.startsWith(into) || file.equals(into)) {
                    LOG.warn("skipping {}: the path leaves the folder", tree.getPathString());
                    continue;
                }
                FileMode mode = tree.getFileMode(0);
                if (mode == FileMode.REGULAR_FILE || mode == FileMode.EXECUTABLE_FILE) {
                    Files.createDirectories(file.getParent());
                    try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW)) {
                        repository.open(tree.getObjectId(0)).copyTo(out);
                    }
                } else if (mode == FileMode.SYMLINK) {
                    links.put(file, new String(repository.open(tree.getObjectId(0)).getBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        for (Map.Entry<Path, String> link : links.entrySet()) {
            Files.createDirectories(link.getKey().getParent());
            Files.createSymbolicLink(link.getKey(), Path.of(link.getValue()));
        }
        Path real = into.toRealPath();
        for (Path link : links.keySet()) {
            if (!leadsInto(link, real)) {
                LOG.warn("skipping the link {}: it leads nowhere or out of the content", into.relativize(link));
                Files.delete(link);
            }
        }
    }

    private static boolean leadsInto(Path link, Path folder) {
        try {
            return link.toRealPath().startsWith(folder);
        } catch (IOException e) {
            return false;
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
