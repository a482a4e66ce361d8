package kiosk.content.load;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import kiosk.content.files.FileTree;
import kiosk.content.files.SafeFolder;

/**
 * The files with one extension below a folder, sorted, each with its {@link FileStamp}: listed by
 * walking the tree, or brought up to date from an earlier listing by the paths that changed since,
 * which spares a reload of 10,000 articles looking at each file. Entries a reader must refuse (a
 * broken link, a link out of the content folder, a folder that cannot be opened: see
 * {@link SafeFolder#list}) are listed with a null stamp, so each is reported at its own path and
 * costs only itself.
 */
final class FileListing {

    private FileListing() {
    }

    /** Every file below {@code root} (which may be missing) ending with {@code extension}. */
    static NavigableMap<Path, FileStamp> walk(FileTree folder, Path root, String extension) throws IOException {
        NavigableMap<Path, FileStamp> files = new TreeMap<>();
        addBelow(folder, root, extension, files);
        return files;
    }

    /**
     * {@code earlier} as it is now that the {@code changed} paths (files or folders, absolute) were
     * created, modified or deleted: what was listed at or below each is listed again.
     */
    static NavigableMap<Path, FileStamp> relist(FileTree folder, NavigableMap<Path, FileStamp> earlier, Path root,
                                                String extension, Set<Path> changed) throws IOException {
        NavigableMap<Path, FileStamp> files = new TreeMap<>(earlier);
        for (Path path : changed) {
            if (path.startsWith(root)) {
                forgetBelow(path, files);
                addBelow(folder, path, extension, files);
            }
        }
        return files;
    }

    /** Removes {@code path} and everything below it: paths that start with its name are sorted together. */
    private static void forgetBelow(Path path, NavigableMap<Path, FileStamp> files) {
        String name = path.toString();
        Iterator<Path> listed = files.tailMap(path, true).keySet().iterator();
        while (listed.hasNext()) {
            Path next = listed.next();
            if (!next.toString().startsWith(name)) {
                return;
            }
            if (next.startsWith(path)) {
                listed.remove();
            }
        }
    }

    private static void addBelow(FileTree folder, Path start, String extension, Map<Path, FileStamp> files)
            throws IOException {
        Map<Path, BasicFileAttributes> found = new HashMap<>();
        folder.addBelow(start, file -> file.getFileName().toString().endsWith(extension), found);
        found.forEach((file, attributes) -> files.put(file, attributes == null ? null : FileStamp.of(attributes)));
    }
}
