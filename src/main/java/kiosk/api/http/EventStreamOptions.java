package kiosk.api.http;

import java.time.Duration;
import java.util.Objects;

/**
 * How many clients {@code /api/events} takes, and how often it speaks on a quiet stream.
 *
 * @param maxSubscribers streams open at once, in all; more get 503
 * @param maxPerClient   streams open at once from one client address (see {@link ClientAddress}); more get
 *                       429. An editor keeps one per open page of the preview; a newsroom behind one address, several
 * @param heartbeat      how long a stream stays quiet before a comment: proxies close connections idle for a
 *                       minute or so, and writing finds clients that went away
 */
public record EventStreamOptions(int maxSubscribers, int maxPerClient, Duration heartbeat) {

    /** Each subscriber holds a connection (a socket and a few kilobytes), so thousands are affordable. */
    public static final EventStreamOptions DEFAULTS = new EventStreamOptions(2_000, 32, Duration.ofSeconds(20));

    public EventStreamOptions {
        Objects.requireNonNull(heartbeat, "heartbeat");
        if (maxSubscribers < 0 || maxPerClient < 0 || heartbeat.isNegative() || heartbeat.isZero()) {
            throw new IllegalArgumentException("limits must not be negative and the heartbeat must be positive");
        }
    }
}
