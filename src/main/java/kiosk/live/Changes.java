package kiosk.live;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * What changed on disk since the last reload, as the watcher saw it: the paths its events named, or
 * everything when it cannot tell (events were lost, or nobody watched).
 *
 * @param paths the files and folders created, modified or deleted; empty when {@code everything}
 */
public record Changes(Set<Path> paths, boolean everything) {

    private static final Changes EVERYTHING = new Changes(Set.of(), true);

    public Changes {
        paths = everything ? Set.of() : Set.copyOf(paths);
    }

    public static Changes unknown() {
        return EVERYTHING;
    }

    public static Changes of(Set<Path> paths) {
        return new Changes(paths, false);
    }

    /** The changes of both bursts. */
    public Changes and(Changes later) {
        if (everything || later.everything) {
            return EVERYTHING;
        }
        Set<Path> both = new HashSet<>(paths);
        both.addAll(later.paths);
        return of(both);
    }

    /** The changed paths, or empty when everything may have changed. */
    public Optional<Set<Path>> known() {
        return everything ? Optional.empty() : Optional.of(paths);
    }
}
