package kiosk.live;

import kiosk.catalog.Catalog;

/** Told after a new published catalog is swapped in, e.g. to re-bake the pages that changed. */
@FunctionalInterface
public interface SnapshotListener {

    /** @param previous the catalog that served until now */
    void swapped(Catalog previous, Catalog next);
}
