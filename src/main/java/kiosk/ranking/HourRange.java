package kiosk.ranking;

import java.time.Instant;

/**
 * The hours {@code first..last}, both included, counted since 1970-01-01T00:00Z. Hours, not instants,
 * because counts are kept per hour: a window of 24 hours is the current hour and the 23 before it.
 */
public record HourRange(long first, long last) {

    private static final long SECONDS_PER_HOUR = 3600;

    public HourRange {
        if (last < first) {
            throw new IllegalArgumentException("empty hour range " + first + ".." + last);
        }
    }

    /** The hour {@code instant} falls in. */
    public static long hourOf(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), SECONDS_PER_HOUR);
    }

    /** The start of {@code hour}. */
    public static Instant startOf(long hour) {
        return Instant.ofEpochSecond(hour * SECONDS_PER_HOUR);
    }

    /** The {@code hours} hours that end with the one {@code now} falls in: a sliding window. */
    public static HourRange endingAt(Instant now, int hours) {
        if (hours < 1) {
            throw new IllegalArgumentException("hours must be at least 1: " + hours);
        }
        long last = hourOf(now);
        return new HourRange(last - hours + 1, last);
    }

    public long size() {
        return last - first + 1;
    }
}
