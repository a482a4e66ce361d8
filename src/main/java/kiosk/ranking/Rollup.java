package kiosk.ranking;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How both stores lay out counts: every hourly count is also added to a per-day total (UTC days), so a
 * month's window reads about 30 day buckets and at most 46 hour buckets at its two ends instead of 720
 * hour buckets. The day totals are written in the same durable step as the hours, so the two never
 * disagree.
 */
final class Rollup {

    /** The length of a bucket. {@code code} names it in SQLite rows and Redis keys. */
    enum Span {
        HOUR(1, "h"), DAY(24, "d");

        final int hours;
        final String code;

        Span(int hours, String code) {
            this.hours = hours;
            this.code = code;
        }
    }

    /** Add {@code views} to article {@code slug} in the bucket of {@code span} starting {@code index} spans after the epoch. */
    record Increment(Span span, long index, String slug, long views) {
    }

    /** The buckets of one span numbered {@code first..last}. */
    record Range(Span span, long first, long last) {
    }

    private Rollup() {
    }

    /** The hour and day increments for {@code counts}, same bucket and article merged, in first-seen order. */
    static List<Increment> increments(Collection<HourlyCount> counts) {
        Map<Increment, Long> merged = new LinkedHashMap<>();
        for (HourlyCount count : counts) {
            for (Span span : Span.values()) {
                Increment key = new Increment(span, Math.floorDiv(count.hour(), span.hours), count.slug(), 0);
                merged.merge(key, count.views(), Long::sum);
            }
        }
        List<Increment> increments = new ArrayList<>(merged.size());
        merged.forEach((key, views) -> increments.add(new Increment(key.span(), key.index(), key.slug(), views)));
        return increments;
    }

    /** The fewest buckets that exactly cover {@code range}: hours up to a day boundary, whole days, hours after. */
    static List<Range> cover(HourRange range) {
        long firstDay = Math.floorDiv(range.first() + Span.DAY.hours - 1, Span.DAY.hours);
        long lastDay = Math.floorDiv(range.last() + 1, Span.DAY.hours) - 1;
        if (firstDay > lastDay) {
            return List.of(new Range(Span.HOUR, range.first(), range.last()));
        }
        List<Range> ranges = new ArrayList<>(3);
        long daysStartHour = firstDay * Span.DAY.hours;
        long daysEndHour = (lastDay + 1) * Span.DAY.hours;
        if (range.first() < daysStartHour) {
            ranges.add(new Range(Span.HOUR, range.first(), daysStartHour - 1));
        }
        ranges.add(new Range(Span.DAY, firstDay, lastDay));
        if (daysEndHour <= range.last()) {
            ranges.add(new Range(Span.HOUR, daysEndHour, range.last()));
        }
        return ranges;
    }

    private static final long RETENTION_HOURS = ViewStore.RETENTION.toHours();

    /** The hour from which a bucket may be dropped: {@link ViewStore#RETENTION} after the bucket ends. */
    static long expiryHour(Span span, long index) {
        return (index + 1) * span.hours + RETENTION_HOURS;
    }

    /** The oldest bucket of {@code span} still kept at {@code hour}: older ones have reached their expiry hour. */
    static long firstKept(Span span, long hour) {
        return Math.floorDiv(hour - RETENTION_HOURS, span.hours);
    }
}
