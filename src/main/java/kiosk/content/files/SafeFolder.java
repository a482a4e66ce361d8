package kiosk.content.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * A folder whose files Kiosk reads and publishes (the content folder, the site folder), read so that
 * nothing outside it ever is: a symbolic link is followed only when it leads to a regular file inside
 * the folder, so {@code media/env.jpg -> /proc/self/environ} is refused rather than published. Links
 * to folders are never followed (the files a listing returns are thus below real folders), and only
 * regular files are opened: a named pipe would block a reader forever, a device would never end.
 *
 * <p>Files and folders whose names start with a dot are left out of listings: git, editors and
 * operating systems keep their own files there ({@code .git}, an editor's {@code .#draft.md} lock
 * link, {@code .DS_Store}), and none of them is content.
 *
 * <p>What Kiosk refuses is said in a {@link RefusedFileException} whose message and hint are for the
 * editor. The folder's own path may be a link (a git-sync or Kubernetes checkout): it is the folder.
 */
public final class SafeFolder implements FileTree {

    private final Path root;
    private final Path realRoot;
    private final String name;
    /**
     * Folders whose real path was found inside the folder, so that a file reached through a link to a
     * folder ({@code media/2026 -> /etc}, then {@code /media/2026/passwd}) is refused. Resolving a real
     * path costs a system call per path element, so each folder is resolved once per instance: make
     * one instance per load or bake.
     */
    private final Map<Path, Boolean> inside = new ConcurrentHashMap<>();

    /**
     * @param root the folder (it may not exist: then nothing in it does either)
     * @param name how messages call it, such as "the content folder"
     */
    public SafeFolder(Path root, String name) {
        this.root = root.toAbsolutePath().normalize();
        this.name = name;
        Path real;
        try {
            real = this.root.toRealPath();
        } catch (IOException e) {
            real = this.root;
        }
        this.realRoot = real;
    }

    @Override
    public Path root() {
        return root;
    }

    @Override
    public boolean exists(Path path) {
        return Files.exists(path, LinkOption.NOFOLLOW_LINKS);
    }

    /** Whether {@code path} is a folder; a link to one only when it is the root, which may be a link. */
    @Override
    public boolean isFolder(Path path) {
        return path.equals(root) ? Files.isDirectory(path) : Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS);
    }

    @Override
    public BasicFileAttributes attributes(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return attributes.isRegularFile() ? attributes : null;
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * The files below {@code start} (which may be missing) whose names {@code wanted} accepts, sorted,
     * each with the attributes of the regular file it is or links to. Entries a reader must refuse
     * are listed too, with null attributes, so that {@link #open} reports each at its own path: links
     * that are broken, loop, leave the folder or lead to a folder; folders that cannot be opened
     * (whatever their name); files that are not regular files.
     */
    public NavigableMap<Path, BasicFileAttributes> list(Path start, Predicate<Path> wanted) throws IOException {
        NavigableMap<Path, BasicFileAttributes> files = new TreeMap<>();
        addBelow(start, wanted, files);
        return files;
    }

    /** Adds to {@code files} what {@link #list} would list below {@code start}. */
    @Override
    public void addBelow(Path start, Predicate<Path> wanted, Map<Path, BasicFileAttributes> files) throws IOException {
        if (!Files.exists(start, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        // the walk skips each folder named with a dot as it enters it, so below start a path is hidden when
        // its own name is: its folders' names were looked at on the way down (not again for each of 10,000)
        boolean startHidden = hidden(start);
        Files.walkFileTree(start, new SimpleFileVisitor<>() {
            private boolean skipped(Path path) {
                return startHidden || !path.equals(start) && path.getFileName().toString().startsWith(".");
            }

            @Override
            public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) {
                return skipped(folder) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (skipped(file)) {
                    return FileVisitResult.CONTINUE;
                }
                if (attributes.isSymbolicLink()) {
                    BasicFileAttributes target = linkedFile(file);
                    if (target != null ? wanted.test(file) : wanted.test(file) || leadsToFolder(file)) {
                        files.put(file, target);
                    }
                } else if (wanted.test(file)) {
                    files.put(file, attributes.isRegularFile() ? attributes : null);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                if (!skipped(file)) {
                    files.put(file, null); // a folder that cannot be opened, or a file gone meanwhile: open() says which
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** The attributes of the regular file inside the folder a link leads to, or null when it leads elsewhere. */
    private BasicFileAttributes linkedFile(Path link) {
        try {
            Path target = link.toRealPath();
            BasicFileAttributes attributes = Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return target.startsWith(realRoot) && attributes.isRegularFile() ? attributes : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** Whether the file, or a folder it is in below the root, has a name starting with a dot. */
    private boolean hidden(Path file) {
        Path below = file.toAbsolutePath().normalize();
        if (!below.startsWith(root)) {
            return false;
        }
        for (Path name : root.relativize(below)) {
            if (name.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static boolean leadsToFolder(Path link) {
        return Files.isDirectory(link);
    }

    /**
     * Opens a regular file of the folder to read it, following a link only to a regular file inside
     * the folder. The file (or the file the link leads to) is opened without following links, so
     * nothing is read through a link swapped in since it was checked.
     *
     * @param maxBytes the most the file may hold; the stream stops there even if the file grows meanwhile
     * @throws RefusedFileException when the file must not be read (the message says why)
     * @throws IOException          when it cannot be read
     */
    @Override
    public InputStream open(Path file, long maxBytes) throws IOException {
        Path regular = regularFile(file);
        FileChannel channel = FileChannel.open(regular, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
        long size = channel.size();
        if (size > maxBytes) {
            channel.close();
            throw RefusedFileException.tooLarge(size, maxBytes);
        }
        return new BoundedInputStream(Channels.newInputStream(channel), maxBytes);
    }

    /** The file to open for {@code file}: itself or, for a link, the regular file inside the folder it leads to. */
    private Path regularFile(Path file) throws IOException {
        BasicFileAttributes own = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (own.isRegularFile()) {
            if (!inside(file.toAbsolutePath().normalize().getParent())) {
                throw new RefusedFileException("the file is reached through a link to a folder outside " + name,
                        "Kiosk never follows a link out of " + name + ": move the files into " + name + " instead");
            }
            return file;
        }
        if (own.isDirectory()) {
            throw folder(file);
        }
        if (!own.isSymbolicLink()) {
            throw new RefusedFileException("the file is not a regular file (a pipe, socket or device)",
                    "only regular files are read; replace it with the file itself");
        }
        Path target = Files.readSymbolicLink(file);
        Path real;
        try {
            real = file.toRealPath();
        } catch (NoSuchFileException e) {
            throw new RefusedFileException("the file is a broken link (to " + target + ", which does not exist)",
                    "point the link at a file inside " + name + ", or put the file itself here");
        } catch (FileSystemException e) {
            if (!loops(e)) {
                throw e;
            }
            throw new RefusedFileException("the file is a link that leads back to itself (to " + target + ")",
                    "point the link at a file inside " + name + ", or put the file itself here");
        }
        if (!real.startsWith(realRoot)) {
            throw new RefusedFileException("the file is a link to " + target + ", outside " + name,
                    "Kiosk never follows a link out of " + name + ": copy the file into " + name + " instead");
        }
        BasicFileAttributes linked = Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (linked.isDirectory()) {
            throw new RefusedFileException("the file is a link to a folder (" + target + "), which Kiosk does not follow",
                    "move the files into " + name + " itself, or link each file");
        }
        if (!linked.isRegularFile()) {
            throw new RefusedFileException("the file is a link to something that is not a regular file (" + target + ")",
                    "only regular files are read; put the file itself here");
        }
        return real;
    }

    private boolean inside(Path folder) {
        if (folder.equals(root)) {
            return true;
        }
        return inside.computeIfAbsent(folder, unresolved -> {
            try {
                return unresolved.toRealPath().startsWith(realRoot);
            } catch (IOException e) {
                return false;
            }
        });
    }

    private RefusedFileException folder(Path file) {
        try (DirectoryStream<Path> ignored = Files.newDirectoryStream(file)) {
            return new RefusedFileException("this is a folder, not a file", "");
        } catch (AccessDeniedException e) {
            return new RefusedFileException("the folder cannot be opened: permission denied",
                    "let the user Kiosk runs as read it (chmod a+rx), or remove it");
        } catch (IOException e) {
            return new RefusedFileException("the folder cannot be opened: " + e.getClass().getSimpleName(),
                    "check that the user Kiosk runs as can read it");
        }
    }

    /** What went wrong reading a file, for an editor: no exception class, no absolute server path. */
    public static String reason(IOException e) {
        if (e instanceof RefusedFileException) {
            return e.getMessage();
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "it disappeared while it was read";
        }
        if (e instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
            return fileSystem.getReason();
        }
        return e.getClass().getSimpleName();
    }

    /** ELOOP: Java reports too many levels of links as a plain FileSystemException. */
    private static boolean loops(FileSystemException e) {
        String reason = e.getReason() == null ? "" : e.getReason().toLowerCase(Locale.ROOT);
        return reason.contains("symbolic link");
    }
}
