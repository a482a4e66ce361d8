package kiosk.catalog;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The current catalog. A reload builds the next catalog completely, then swaps it in with one write;
 * a request takes the catalog once and finishes on it, so it never sees a mix of two snapshots.
 */
public final class CatalogHolder {

    private final AtomicReference<Catalog> current;

    public CatalogHolder(Catalog initial) {
        this.current = new AtomicReference<>(Objects.requireNonNull(initial, "initial"));
    }

    public Catalog get() {
        return current.get();
    }

    /** @return the catalog that was current until now */
    public Catalog swap(Catalog next) {
        return current.getAndSet(Objects.requireNonNull(next, "next"));
    }
}
