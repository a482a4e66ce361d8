package kiosk.content.git;

import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.function.LongSupplier;
import org.eclipse.jgit.lib.ObjectId;

/**
 * A file of a {@link GitTree}, as a listing describes it: a regular file whose identity is its blob's
 * id (the same bytes, the same key, whatever the commit) and whose size is read only when asked.
 */
final class BlobAttributes implements BasicFileAttributes {

    private final ObjectId blob;
    private final FileTime time;
    private final LongSupplier size;
    private long knownSize = -1;

    BlobAttributes(ObjectId blob, FileTime time, LongSupplier size) {
        this.blob = blob;
        this.time = time;
        this.size = size;
    }

    @Override
    public FileTime lastModifiedTime() {
        return time;
    }

    @Override
    public FileTime lastAccessTime() {
        return time;
    }

    @Override
    public FileTime creationTime() {
        return time;
    }

    @Override
    public boolean isRegularFile() {
        return true;
    }

    @Override
    public boolean isDirectory() {
        return false;
    }

    @Override
    public boolean isSymbolicLink() {
        return false;
    }

    @Override
    public boolean isOther() {
        return false;
    }

    @Override
    public synchronized long size() {
        if (knownSize < 0) {
            knownSize = size.getAsLong();
        }
        return knownSize;
    }

    @Override
    public Object fileKey() {
        return blob;
    }
}
