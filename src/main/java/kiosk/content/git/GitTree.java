package kiosk.content.git;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import kiosk.content.files.FileTree;
import kiosk.content.files.RefusedFileException;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * A content folder as a git commit or the index has it, read from git's objects: no checkout, no
 * copy on disk, the work tree untouched. Paths are those the folder has in the work tree, so problems
 * and caches name files as for the folder itself; nothing is ever read from those paths on disk.
 *
 * <p>It reads as {@link kiosk.content.files.SafeFolder} does: hidden names are left out, a link is
 * followed only to a regular file inside the folder, submodules are not content. A file's attributes
 * carry its blob id as the file key, so a cache keyed by them sees an unchanged file as unchanged
 * across commits. The repository must stay open while the tree is read.
 */
public final class GitTree implements FileTree {

    /** Links followed in a row before a link is taken to loop. */
    private static final int MAX_LINKS = 8;

    private record Entry(ObjectId id, FileMode mode) {
    }

    private final Repository repository;
    private final Path root;
    /** By path relative to the root, with forward slashes. */
    private final NavigableMap<String, Entry> entries;
    private final Set<String> folders;
    private final FileTime time;

    private GitTree(Repository repository, Path root, NavigableMap<String, Entry> entries, Instant time) {
        this.repository = repository;
        this.root = root.toAbsolutePath().normalize();
        this.entries = entries;
        this.folders = new HashSet<>();
        this.folders.add("");
        for (String path : entries.keySet()) {
            for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
                folders.add(path.substring(0, slash));
            }
        }
        this.time = FileTime.from(time);
    }

    /**
     * The folder {@code prefix} of {@code tree} (a commit's).
     *
     * @param prefix the content folder's path in the repository, "" for its root
     * @param root   the content folder's path in the work tree, which the paths are below
     * @param time   when the commit was made, every file's modification time
     */
    public static GitTree of(Repository repository, RevTree tree, String prefix, Path root, Instant time)
            throws IOException {
        NavigableMap<String, Entry> entries = new TreeMap<>();
        String start = prefix.isEmpty() ? "" : prefix + "/";
        try (TreeWalk walk = new TreeWalk(repository)) {
            walk.addTree(tree);
            walk.setRecursive(true);
            while (walk.next()) {
                String path = walk.getPathString();
                if (path.startsWith(start)) {
                    entries.put(path.substring(start.length()), new Entry(walk.getObjectId(0), walk.getFileMode(0)));
                }
            }
        }
        return new GitTree(repository, root, entries, time);
    }

    /**
     * The folder {@code prefix} as {@code index} has it: what the next commit would hold. Of a file
     * with a merge conflict, git's own side (stage 2) is read.
     */
    public static GitTree of(Repository repository, DirCache index, String prefix, Path root, Instant time) {
        NavigableMap<String, Entry> entries = new TreeMap<>();
        String start = prefix.isEmpty() ? "" : prefix + "/";
        for (int i = 0; i < index.getEntryCount(); i++) {
            DirCacheEntry entry = index.getEntry(i);
            String path = entry.getPathString();
            int stage = entry.getStage();
            if (path.startsWith(start) && (stage == DirCacheEntry.STAGE_0 || stage == DirCacheEntry.STAGE_2)) {
                entries.put(path.substring(start.length()), new Entry(entry.getObjectId(), entry.getFileMode()));
            }
        }
        return new GitTree(repository, root, entries, time);
    }

    @Override
    public Path root() {
        return root;
    }

    @Override
    public void addBelow(Path start, Predicate<Path> wanted, Map<Path, BasicFileAttributes> files) throws IOException {
        String below = relative(start);
        if (below == null || !folders.contains(below) && !entries.containsKey(below)) {
            return;
        }
        String prefix = below.isEmpty() ? "" : below + "/";
        Map<String, Entry> candidates = entries.containsKey(below) ? Map.of(below, entries.get(below))
                : entries.subMap(prefix, true, prefix + Character.MAX_VALUE, false);
        for (Map.Entry<String, Entry> entry : candidates.entrySet()) {
            String path = entry.getKey();
            if (hidden(path) || entry.getValue().mode() == FileMode.GITLINK) {
                continue;
            }
            Path file = root.resolve(path);
            String target = target(path);
            boolean regular = target != null && isRegular(entries.get(target).mode());
            if (entry.getValue().mode() == FileMode.SYMLINK) {
                if (regular ? wanted.test(file) : wanted.test(file) || target != null && folders.contains(target)) {
                    files.put(file, regular ? attributesOf(entries.get(target)) : null);
                }
            } else if (wanted.test(file)) {
                files.put(file, regular ? attributesOf(entry.getValue()) : null);
            }
        }
    }

    @Override
    public InputStream open(Path file, long maxBytes) throws IOException {
        String path = relative(file);
        Entry entry = path == null ? null : entries.get(path);
        if (entry == null) {
            throw new RefusedFileException(path != null && folders.contains(path) ? "this is a folder, not a file"
                    : "the file is not in this revision", "");
        }
        String target = target(path);
        if (target == null || !isRegular(entries.get(target).mode())) {
            throw refused(path, target);
        }
        ObjectReader reader = repository.newObjectReader();
        try {
            ObjectId id = entries.get(target).id();
            long size = reader.getObjectSize(id, Constants.OBJ_BLOB);
            if (size > maxBytes) {
                throw RefusedFileException.tooLarge(size, maxBytes);
            }
            // a blob's size is fixed: no need to count bytes as a file that may grow needs
            return new ClosingReader(reader.open(id, Constants.OBJ_BLOB).openStream(), reader);
        } catch (IOException | RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    @Override
    public boolean exists(Path path) {
        String relative = relative(path);
        return relative != null && (entries.containsKey(relative) || folders.contains(relative));
    }

    @Override
    public boolean isFolder(Path path) {
        String relative = relative(path);
        return relative != null && folders.contains(relative);
    }

    @Override
    public BasicFileAttributes attributes(Path file) {
        String path = relative(file);
        String target = path == null || !entries.containsKey(path) ? null : target(path);
        return target == null || !isRegular(entries.get(target).mode()) ? null : attributesOf(entries.get(target));
    }

    /** The path of the entry a link leads to, links followed; the path itself when it is no link; null when broken or outside. */
    private String target(String path) {
        String current = path;
        for (int hops = 0; hops <= MAX_LINKS; hops++) {
            Entry entry = entries.get(current);
            if (entry == null) {
                return folders.contains(current) ? current : null;
            }
            if (entry.mode() != FileMode.SYMLINK) {
                return current;
            }
            current = resolveLink(current, linkText(entry));
            if (current == null) {
                return null;
            }
        }
        return null;
    }

    /** Where a link's text leads, relative to the root; null when it leaves the folder. */
    private static String resolveLink(String link, String text) {
        if (text.isEmpty() || text.startsWith("/") || text.contains("\\")) {
            return null;
        }
        Deque<String> names = new ArrayDeque<>(List.of(link.split("/")));
        names.removeLast();
        for (String name : text.split("/")) {
            if (name.equals("..")) {
                if (names.isEmpty()) {
                    return null;
                }
                names.removeLast();
            } else if (!name.isEmpty() && !name.equals(".")) {
                names.addLast(name);
            }
        }
        return names.isEmpty() ? null : String.join("/", names);
    }

    private String linkText(Entry link) {
        try (ObjectReader reader = repository.newObjectReader()) {
            byte[] bytes = reader.open(link.id(), Constants.OBJ_BLOB).getCachedBytes(4096);
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "/";
        }
    }

    private RefusedFileException refused(String path, String target) {
        Entry entry = entries.get(path);
        if (entry.mode() != FileMode.SYMLINK) {
            return new RefusedFileException("the file is not a regular file (a submodule)",
                    "only regular files are read; put the file itself here");
        }
        String text = linkText(entry);
        if (target == null) {
            return new RefusedFileException("the file is a link to " + text + ", which leads nowhere or out of the"
                    + " content folder", "point the link at a file inside the content folder, or put the file itself here");
        }
        return new RefusedFileException("the file is a link to a folder (" + text + "), which Kiosk does not follow",
                "move the files into the content folder itself, or link each file");
    }

    /** The path relative to the root with forward slashes, or null when it is not below the root. */
    private String relative(Path path) {
        Path normal = path.toAbsolutePath().normalize();
        if (!normal.startsWith(root)) {
            return null;
        }
        return root.relativize(normal).toString().replace('\\', '/');
    }

    private static boolean hidden(String path) {
        for (String name : path.split("/")) {
            if (name.startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isRegular(FileMode mode) {
        return mode == FileMode.REGULAR_FILE || mode == FileMode.EXECUTABLE_FILE;
    }

    private BasicFileAttributes attributesOf(Entry entry) {
        return new BlobAttributes(entry.id(), time, () -> {
            try (ObjectReader reader = repository.newObjectReader()) {
                return reader.getObjectSize(entry.id(), Constants.OBJ_BLOB);
            } catch (IOException e) {
                return -1L;
            }
        });
    }

    /** A blob's stream that releases its reader when closed. */
    private static final class ClosingReader extends java.io.FilterInputStream {

        private final ObjectReader reader;

        ClosingReader(InputStream in, ObjectReader reader) {
            super(in);
            this.reader = reader;
        }

        @Override
        public void close() throws IOException {
            try {
                super.close();
            } finally {
                reader.close();
            }
        }
    }
}
