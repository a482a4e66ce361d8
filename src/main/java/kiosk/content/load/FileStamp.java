package kiosk.content.load;

import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * What the file system says of a file without reading it: its size, modification time and identity
 * (device and inode on Unix, so a file replaced by a rename is a new file). An unchanged stamp lets a
 * reload skip reading the file, as git's index does.
 *
 * @param fileKey the file system's identity of the file, or null where it has none
 */
record FileStamp(long size, FileTime modified, Object fileKey) {

    /**
     * How long after its modification a stamp is trusted. File systems keep modification times to a
     * clock tick (milliseconds, up to 2 s on FAT), so a second write of the same size within the same
     * tick as a read would leave the stamp unchanged; a stamp read that soon after the write is not
     * trusted and the file is read again the next time (git calls such entries "racily clean").
     */
    private static final Duration SETTLED = Duration.ofSeconds(2);

    FileStamp {
        Objects.requireNonNull(modified, "modified");
    }

    static FileStamp of(BasicFileAttributes attributes) {
        return new FileStamp(attributes.size(), attributes.lastModifiedTime(), attributes.fileKey());
    }

    /** Whether no write the stamp misses can have happened by {@code readAt}, the time the file was read. */
    boolean settledAt(Instant readAt) {
        return modified.toInstant().plus(SETTLED).isBefore(readAt);
    }
}
