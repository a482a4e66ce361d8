package kiosk.live;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Steps run beside one another: {@code kiosk serve} opens its stores, builds the GraphQL schema and sets
 * up the site's templates while the content loads, and a load reads git's history while it parses the
 * files. Each on a thread of its own, not the common pool, whose one worker on two cores parses articles
 * meanwhile.
 */
public final class Background {

    private Background() {
    }

    /** Starts {@code work} on a new daemon thread named {@code name}. */
    public static <T> CompletableFuture<T> start(String name, Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            thread.start();
        });
    }

    /** Waits for the work's value; what it threw is thrown as it was, not wrapped. */
    public static <T> T join(CompletableFuture<T> work) {
        try {
            return work.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
