package kiosk.content.load;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import kiosk.content.files.FileTree;

/**
 * The media folder as earlier loads found it: its listing, brought up to date by the paths that
 * changed since (as articles' is), and each file's {@link MediaLibrary.Verdict} while its stamp is
 * unchanged. A reload thus opens only the media files that changed, not the thousands of photos a
 * magazine accumulates. Thread-safe.
 */
final class MediaCache {

    private record Checked(FileStamp stamp, MediaLibrary.Verdict verdict) {
    }

    /** The last complete listing, or null before the first. */
    private volatile NavigableMap<Path, FileStamp> listing;
    private final Map<Path, Checked> checked = new ConcurrentHashMap<>();

    /**
     * The media folder as it is now.
     *
     * @param changed every path changed in the content folder since the last load, or empty when unknown
     * @throws IOException when the folder cannot be listed
     */
    MediaLibrary library(FileTree files, Path mediaFolder, Optional<Set<Path>> changed) throws IOException {
        NavigableMap<Path, FileStamp> earlier = listing;
        NavigableMap<Path, FileStamp> now = changed.isEmpty() || earlier == null
                ? FileListing.walk(files, mediaFolder, "")
                : FileListing.relist(files, earlier, mediaFolder, "", changed.get());
        listing = now;
        Map<String, MediaLibrary.Verdict> verdicts = new TreeMap<>();
        now.forEach((file, stamp) -> verdicts.put(
                mediaFolder.relativize(file).toString().replace('\\', '/'), verdict(files, file, stamp)));
        checked.keySet().retainAll(now.keySet());
        return new MediaLibrary(files, mediaFolder, verdicts);
    }

    private MediaLibrary.Verdict verdict(FileTree files, Path file, FileStamp stamp) {
        Checked before = checked.get(file);
        if (stamp != null && before != null && stamp.equals(before.stamp())) {
            return before.verdict();
        }
        Instant readAt = Instant.now();
        MediaLibrary.Verdict verdict = MediaLibrary.check(files, file);
        if (stamp != null && stamp.settledAt(readAt)) {
            checked.put(file, new Checked(stamp, verdict));
        } else {
            checked.remove(file);
        }
        return verdict;
    }
}
