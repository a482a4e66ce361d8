package kiosk.api.http;

import java.time.Clock;
import java.util.Objects;
import kiosk.ranking.ViewRecorder;

/**
 * How {@code POST /api/views} counts.
 *
 * @param recorder          stores each view durably and says when it has
 * @param clock             the time a view is counted at: the server's, never the client's
 * @param viewsPerSecond    the views one client address may send a second, after a burst of
 *                          {@code burst}; more get 429
 * @param burst             the views one client address may send at once
 */
public record ViewCounting(ViewRecorder recorder, Clock clock, double viewsPerSecond, int burst) {

    /** A reader opens a page every few seconds at most; 20 at once covers a family behind one address. */
    public static final double DEFAULT_VIEWS_PER_SECOND = 1.0;
    public static final int DEFAULT_BURST = 20;

    public ViewCounting {
        Objects.requireNonNull(recorder, "recorder");
        Objects.requireNonNull(clock, "clock");
        if (!(viewsPerSecond > 0) || burst < 1) {
            throw new IllegalArgumentException("viewsPerSecond and burst must be positive");
        }
    }

    /** The default limit: {@value #DEFAULT_BURST} views at once, then one a second, by client address. */
    public static ViewCounting of(ViewRecorder recorder, Clock clock) {
        return new ViewCounting(recorder, clock, DEFAULT_VIEWS_PER_SECOND, DEFAULT_BURST);
    }
}
