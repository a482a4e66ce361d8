package kiosk.catalog;

import java.util.List;
import java.util.function.Supplier;
import kiosk.search.SearchDocument;
import kiosk.search.SearchIndex;

/**
 * A catalog's full-text index, built on first use: by updating the base an earlier catalog handed over, or
 * from scratch without one. The next catalog takes {@link #indexOrBase} to update in its turn. It waits for
 * an update under way (quick, and a base updated twice is rebuilt from scratch), but not for a first build
 * from scratch, which takes seconds at 10,000 articles and held up the first reload after a start for as long:
 * the next catalog then builds its own.
 */
final class SearchIndexCell {

    /** Null until built. Written before {@link #base} is let go, so a null base read first means no base ever or an index. */
    private volatile SearchIndex index;
    /** The index to update into this one, until it is built; null to build from scratch. */
    private volatile SearchIndex base;
    private final Object building = new Object();

    SearchIndexCell(SearchIndex base) {
        this.base = base;
    }

    /** The index, built now from {@code documents} if no one has yet (a build meanwhile is waited for). */
    SearchIndex get(Supplier<List<SearchDocument>> documents) {
        SearchIndex built = index;
        if (built == null) {
            synchronized (building) {
                built = index;
                if (built == null) {
                    SearchIndex from = base;
                    built = from == null ? SearchIndex.build(documents.get()) : from.update(documents.get());
                    index = built;
                    base = null;
                }
            }
        }
        return built;
    }

    /**
     * The index, or the base it is or will be updated from, for the next catalog to update; null when there is
     * neither, or when the first index is being built from scratch (not waited for).
     */
    SearchIndex indexOrBase() {
        SearchIndex from = base;
        SearchIndex built = index;
        if (built != null || from == null) {
            return built;
        }
        synchronized (building) {
            return index != null ? index : base;
        }
    }
}
