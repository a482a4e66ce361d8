package kiosk.catalog;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * What changed from one snapshot to the next: produced with every catalog (a reload, a scheduled
 * publication or expiry) and read by everything that follows a snapshot (the site's re-bake, the
 * answer cache, the related index, webhooks, the change feed) instead of each comparing snapshots its
 * own way.
 *
 * @param since       the revision of the snapshot before, or null for the first snapshot
 * @param revision    the revision of this snapshot
 * @param at          the instant publication was judged at in this snapshot
 * @param everything  whether anything may have changed: the first snapshot, site.yaml changed, or the
 *                    variants of the site's logo or default sharing image; the lists below then still name
 *                    what is known to have changed
 * @param articles    articles whose text changed, and those whose images' variants did (their pages show them)
 * @param paths       the site paths of the pages the change touches (an entity's page, with its
 *                    numbered pages and feed under it; {@code /} for the front page), sorted
 * @param cacheTags   the {@link CacheTags} the change names, sorted: a cache drops what read any of them
 */
public record ChangeSet(String since, String revision, Instant at, boolean everything,
                        SlugChanges articles, SlugChanges sections, SlugChanges authors, SlugChanges tags,
                        SlugChanges issues, SlugChanges series, SlugChanges collections, SlugChanges specials,
                        List<String> paths, List<String> cacheTags) {

    public ChangeSet {
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(at, "at");
        paths = List.copyOf(paths);
        cacheTags = List.copyOf(cacheTags);
    }

    /** The change set of a first snapshot: everything is new. */
    static ChangeSet first(String revision, Instant at) {
        return new ChangeSet(null, revision, at, true, SlugChanges.NONE, SlugChanges.NONE, SlugChanges.NONE,
                SlugChanges.NONE, SlugChanges.NONE, SlugChanges.NONE, SlugChanges.NONE, SlugChanges.NONE,
                List.of("/"), List.of(CacheTags.HOME, CacheTags.REVISION, CacheTags.SITE));
    }

    /** Whether nothing readers see changed (the revision may have: {@code revision} is then the only tag). */
    public boolean isEmpty() {
        return !everything && paths.isEmpty();
    }

    /** Whether what read {@code tags} may read otherwise now. */
    public boolean names(Collection<String> tags) {
        if (everything) {
            return true;
        }
        for (String tag : tags) {
            if (java.util.Collections.binarySearch(cacheTags, tag) >= 0) {
                return true;
            }
        }
        return false;
    }
}
