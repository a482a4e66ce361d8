package kiosk.catalog;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The current catalog. A reload builds the next catalog completely, then swaps it in with one write;
 * a request takes the catalog once and finishes on it, so it never sees a mix of two snapshots.
 */
public final class CatalogHolder {

    private final AtomicReference<Catalog> current;
    private final List<Consumer<Catalog>> listeners = new CopyOnWriteArrayList<>();

    public CatalogHolder(Catalog initial) {
        this.current = new AtomicReference<>(Objects.requireNonNull(initial, "initial"));
    }

    public Catalog get() {
        return current.get();
    }

    /**
     * Makes {@code next} current, then tells the listeners, in order, on the caller's thread (swaps
     * come one at a time from the reloader, so each listener sees every catalog, in order).
     *
     * @return the catalog that was current until now
     */
    public Catalog swap(Catalog next) {
        Catalog previous = current.getAndSet(Objects.requireNonNull(next, "next"));
        listeners.forEach(listener -> listener.accept(next));
        return previous;
    }

    /** Calls {@code listener} with each catalog swapped in from now on; it reads the catalog's change set. */
    public void onSwap(Consumer<Catalog> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }
}
