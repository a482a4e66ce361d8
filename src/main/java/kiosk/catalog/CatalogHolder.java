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
    /** Told at once: what answers from the snapshot (caches of answers, the change history). */
    private final List<Consumer<Catalog>> swapListeners = new CopyOnWriteArrayList<>();
    /** Told once what the snapshot changed is served: what tells others to fetch it (events, webhooks). */
    private final List<Consumer<Catalog>> servedListeners = new CopyOnWriteArrayList<>();

    public CatalogHolder(Catalog initial) {
        this.current = new AtomicReference<>(Objects.requireNonNull(initial, "initial"));
    }

    public Catalog get() {
        return current.get();
    }

    /** {@link #swap(Catalog, Consumer)} of a catalog that is served as soon as it is current. */
    public Catalog swap(Catalog next) {
        return swap(next, previous -> { });
    }

    /**
     * Makes {@code next} current and tells the swap listeners; runs {@code serve} (the site's re-bake, given
     * the catalog current until now), then tells the served listeners: a page told to reload, or a CDN told
     * to purge, before its new bytes were written would fetch the old ones again. All on the caller's
     * thread, in order (swaps come one at a time from the reloader, so each listener sees every catalog).
     *
     * @return the catalog that was current until now
     */
    public Catalog swap(Catalog next, Consumer<Catalog> serve) {
        Catalog previous = current.getAndSet(Objects.requireNonNull(next, "next"));
        swapListeners.forEach(listener -> listener.accept(next));
        try {
            serve.accept(previous);
        } finally {
            servedListeners.forEach(listener -> listener.accept(next));
        }
        return previous;
    }

    /** Calls {@code listener} with each catalog as it is swapped in from now on; it reads the catalog's change set. */
    public void onSwap(Consumer<Catalog> listener) {
        swapListeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** Calls {@code listener} with each catalog swapped in from now on, once what it changed is served. */
    public void onServed(Consumer<Catalog> listener) {
        servedListeners.add(Objects.requireNonNull(listener, "listener"));
    }
}
