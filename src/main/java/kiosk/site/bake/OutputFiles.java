package kiosk.site.bake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;

/** File operations on the output folder, each one leaving every file either old or new, never half written. */
final class OutputFiles {

    private OutputFiles() {
    }

    /**
     * Writes a file of a folder no one serves yet (a staging folder): no need for a temporary file.
     *
     * @return true: it is written
     */
    static boolean writeNew(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Replaces a file being served only when its bytes differ: written to a temporary file beside it,
     * then renamed over it, so a reader gets the old file or the new one.
     *
     * @return whether the file was written
     */
    static boolean writeIfChanged(Path file, byte[] bytes) {
        return writeIfChanged(file, bytes, () -> { });
    }

    /** The same, running {@code beforeWriting} first when the file is to be written. */
    static boolean writeIfChanged(Path file, byte[] bytes, Runnable beforeWriting) {
        try {
            if (Files.isRegularFile(file) && Files.size(file) == bytes.length
                    && Arrays.equals(Files.readAllBytes(file), bytes)) {
                return false;
            }
            beforeWriting.run();
            Path temporary = temporaryBeside(file);
            Files.write(temporary, bytes);
            moveAtomically(temporary, file);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new hidden file in the target's folder, so that renaming it over the target is atomic. */
    static Path temporaryBeside(Path target) throws IOException {
        Files.createDirectories(target.getParent());
        return readableByAll(Files.createTempFile(target.getParent(), ".kiosk-", ".tmp"));
    }

    /**
     * Temporary files and folders are created private (0600, 0700); a web server running as another
     * user must read what is published, as it can every other baked file.
     */
    static Path readableByAll(Path path) throws IOException {
        if (path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(
                    Files.isDirectory(path) ? "rwxr-xr-x" : "rw-r--r--"));
        }
        return path;
    }

    static void moveAtomically(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static void deleteIfExists(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes a folder and everything in it; a folder already gone is fine. */
    static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(OutputFiles::deleteIfExists);
        } catch (NoSuchFileException e) {
            // removed meanwhile: nothing left to delete
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
