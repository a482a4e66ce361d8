package kiosk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

/** Waits for what a server does in the background (a reload, a re-bake) to show. */
public final class Eventually {

    /** A check that may throw while the server is not there yet; a throw counts as not yet. */
    @FunctionalInterface
    public interface Condition {
        boolean holds() throws Exception;
    }

    private Eventually() {
    }

    /** Returns once {@code condition} holds; fails the test when it does not within {@code within}. */
    public static void within(Duration within, Condition condition) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            try {
                if (condition.holds()) {
                    return;
                }
            } catch (Exception notYet) {
                // not answering as expected yet
            }
            assertThat(System.nanoTime()).as("condition not met within " + within).isLessThan(deadline);
            Thread.sleep(50);
        }
    }
}
