package kiosk.content;

import java.util.Map;
import java.util.Optional;

/**
 * The version-control history of a content folder.
 *
 * @param commit the commit the snapshot was read at (abbreviated), or null when not a git checkout
 * @param clean  whether the content files are exactly as committed; if not, the revision says so
 * @param files  history by path relative to the content folder, forward slashes
 */
public record ContentHistory(String commit, boolean clean, Map<String, FileHistory> files) {

    /** A folder that is not under version control. */
    public static final ContentHistory NONE = new ContentHistory(null, false, Map.of());

    public ContentHistory {
        files = Map.copyOf(files);
    }

    public Optional<FileHistory> of(String path) {
        return Optional.ofNullable(files.get(path));
    }

    /**
     * The revision that names a snapshot: the commit when the files are as committed, the commit and
     * the files' hash when they are not (as {@code git describe --dirty} does), the hash alone outside git.
     */
    public String revision(String filesHash) {
        if (commit == null) {
            return filesHash;
        }
        return clean ? commit : commit + "-dirty-" + filesHash;
    }
}
