package kiosk.live;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import kiosk.content.git.GitDirectories;

/**
 * Something a {@link FolderWatcher} follows: a folder tree (the content, the site), the refs of a git
 * repository, or a few named files of one folder (git's {@code HEAD}).
 *
 * @param folder where it is; may be a link to a folder, which the watcher follows when it is replaced
 * @param kind   what of the folder counts
 * @param names  the files that count, for {@link Kind#FILES}; empty otherwise
 */
public record WatchTarget(Path folder, Kind kind, Set<String> names) {

    /** What of a target's folder the watcher follows. */
    public enum Kind {
        /** Every file and folder below, except hidden ones ({@code .git}, editors' temporary files). */
        TREE,
        /** The refs below (branches), not git's lock files: a commit is seen once, when its ref moves. */
        REFS,
        /** Only the named files directly in the folder. */
        FILES
    }

    public WatchTarget {
        folder = folder.toAbsolutePath().normalize();
        Objects.requireNonNull(kind, "kind");
        names = Set.copyOf(names);
    }

    /** A folder tree that must exist: while it is missing, the watcher reports trouble. */
    public static WatchTarget tree(Path folder) {
        return new WatchTarget(folder, Kind.TREE, Set.of());
    }

    /**
     * What moves when a commit is made, checked out or pulled: {@code HEAD} and the branches, loose and
     * packed. Objects, the index, logs and {@code FETCH_HEAD} are left alone: git writes them all the
     * time (a fetch writes them without changing anything checked out), and a reload on each would be
     * wasted or, as a reload reads the repository, never end.
     */
    public static List<WatchTarget> git(GitDirectories git) {
        List<WatchTarget> targets = new ArrayList<>();
        if (git.gitDir().equals(git.commonDir())) {
            targets.add(new WatchTarget(git.gitDir(), Kind.FILES, Set.of("HEAD", "packed-refs")));
        } else {
            targets.add(new WatchTarget(git.gitDir(), Kind.FILES, Set.of("HEAD")));
            targets.add(new WatchTarget(git.commonDir(), Kind.FILES, Set.of("packed-refs")));
        }
        targets.add(new WatchTarget(git.commonDir().resolve("refs/heads"), Kind.REFS, Set.of()));
        return targets;
    }

    /** Whether a file or folder of this name, in the target's folder or below, counts. */
    boolean counts(String name) {
        return switch (kind) {
            case TREE -> !name.startsWith(".");
            case REFS -> !name.startsWith(".") && !name.endsWith(".lock");
            case FILES -> names.contains(name);
        };
    }

    boolean recursive() {
        return kind != Kind.FILES;
    }

    /** Whether its absence is trouble: a missing content or site folder is; git's folders may come and go. */
    boolean required() {
        return kind == Kind.TREE;
    }
}
