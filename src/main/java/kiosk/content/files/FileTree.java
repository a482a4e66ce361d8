package kiosk.content.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The files of a content folder as Kiosk reads them: a folder on disk ({@link SafeFolder}) or the
 * same folder as a git commit or the index has it, read from git's objects with no checkout. Paths
 * are absolute and below {@link #root()}; every read of content goes through here, so a loader never
 * reads the work tree when it was asked for a commit.
 */
public interface FileTree {

    /** The folder the paths are below. */
    Path root();

    /**
     * Adds the files below {@code start} (which may be missing) whose names {@code wanted} accepts, each
     * with the attributes of the regular file it is or links to, or null attributes for an entry a
     * reader must refuse (then {@link #open} says why).
     */
    void addBelow(Path start, Predicate<Path> wanted, Map<Path, BasicFileAttributes> files) throws IOException;

    /**
     * Opens a regular file to read it.
     *
     * @param maxBytes the most the file may hold
     * @throws RefusedFileException when the file must not be read (the message says why)
     */
    InputStream open(Path file, long maxBytes) throws IOException;

    /** Whether there is an entry (a file, a folder or a link, even a broken one) at {@code path}. */
    boolean exists(Path path);

    /** Whether {@code path} is a folder (not a link to one). */
    boolean isFolder(Path path);

    /** The attributes of the regular file at {@code file}, or null when there is none. */
    BasicFileAttributes attributes(Path file);

    /** The whole file, when at most {@code maxBytes}; see {@link #open}. */
    default byte[] read(Path file, long maxBytes) throws IOException {
        try (InputStream in = open(file, maxBytes)) {
            return in.readAllBytes();
        }
    }

    /** The first {@code count} bytes of the file (fewer when it is shorter); see {@link #open}. */
    default byte[] readStart(Path file, int count, long maxBytes) throws IOException {
        try (InputStream in = open(file, maxBytes)) {
            return in.readNBytes(count);
        }
    }
}
