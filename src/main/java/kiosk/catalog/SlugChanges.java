package kiosk.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * What changed of one kind of thing (articles, sections, ...) between two snapshots, by slug, each list
 * sorted: added, changed (present in both, not equal), removed.
 */
public record SlugChanges(List<String> added, List<String> changed, List<String> removed) {

    public static final SlugChanges NONE = new SlugChanges(List.of(), List.of(), List.of());

    public SlugChanges {
        added = List.copyOf(added);
        changed = List.copyOf(changed);
        removed = List.copyOf(removed);
    }

    /**
     * Compares two snapshots' items by slug and by value. An unchanged article is usually the same
     * instance in both (the loader keeps them), which {@code equals} finds at once; the result does not
     * depend on it.
     */
    static <T> SlugChanges between(Collection<T> before, Collection<T> after, Function<T, String> slug) {
        Map<String, T> earlier = new HashMap<>();
        before.forEach(item -> earlier.putIfAbsent(slug.apply(item), item));
        Set<String> added = new TreeSet<>();
        Set<String> changed = new TreeSet<>();
        Set<String> seen = new HashSet<>();
        for (T item : after) {
            String key = slug.apply(item);
            if (!seen.add(key)) {
                continue;
            }
            T previous = earlier.get(key);
            if (previous == null) {
                added.add(key);
            } else if (previous != item && !previous.equals(item)) {
                changed.add(key);
            }
        }
        Set<String> removed = new TreeSet<>(earlier.keySet());
        removed.removeAll(seen);
        return new SlugChanges(new ArrayList<>(added), new ArrayList<>(changed), new ArrayList<>(removed));
    }

    /** These changes, and {@code slugs} as changed too where they are not added or removed. */
    SlugChanges withChanged(Collection<String> slugs) {
        if (slugs.isEmpty()) {
            return this;
        }
        Set<String> all = new TreeSet<>(changed);
        all.addAll(slugs);
        all.removeAll(added);
        all.removeAll(removed);
        return new SlugChanges(added, new ArrayList<>(all), removed);
    }

    /** The slugs added, changed or removed. */
    public Set<String> touched() {
        Set<String> all = new TreeSet<>(added);
        all.addAll(changed);
        all.addAll(removed);
        return all;
    }

    public boolean isEmpty() {
        return added.isEmpty() && changed.isEmpty() && removed.isEmpty();
    }
}
