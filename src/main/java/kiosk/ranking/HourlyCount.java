package kiosk.ranking;

import java.util.Objects;

/**
 * Views of one article in one hour.
 *
 * @param hour hours since 1970-01-01T00:00Z (see {@link HourRange#hourOf})
 */
public record HourlyCount(String slug, long hour, long views) {

    public HourlyCount {
        Objects.requireNonNull(slug, "slug");
        if (views < 0) {
            throw new IllegalArgumentException("views must not be negative: " + views);
        }
    }
}
