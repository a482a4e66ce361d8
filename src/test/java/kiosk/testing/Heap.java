package kiosk.testing;

import java.lang.management.ManagementFactory;
import java.lang.ref.WeakReference;
import java.util.Collection;

/** What the heap holds, for tests that a server lets go of what it no longer needs. */
public final class Heap {

    private Heap() {
    }

    /** Bytes in use once garbage is collected: a few full collections, since one may leave some behind. */
    public static long usedAfterGc() {
        collect();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** How many of {@code references} still reach their object after garbage collection. */
    public static long alive(Collection<? extends WeakReference<?>> references) {
        collect();
        return references.stream().filter(reference -> reference.get() != null).count();
    }

    private static void collect() {
        for (int i = 0; i < 4; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
