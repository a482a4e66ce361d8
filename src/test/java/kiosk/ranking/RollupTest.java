package kiosk.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kiosk.ranking.Rollup.Increment;
import kiosk.ranking.Rollup.Range;
import kiosk.ranking.Rollup.Span;
import org.junit.jupiter.api.Test;

class RollupTest {

    private static final long DAY_10 = 10 * 24;

    @Test
    void cover_withinOneDay_hoursOnly() {
        assertThat(Rollup.cover(new HourRange(DAY_10 + 3, DAY_10 + 20)))
                .containsExactly(new Range(Span.HOUR, DAY_10 + 3, DAY_10 + 20));
    }

    @Test
    void cover_exactlyOneDay_oneDayBucket() {
        assertThat(Rollup.cover(new HourRange(DAY_10, DAY_10 + 23))).containsExactly(new Range(Span.DAY, 10, 10));
    }

    @Test
    void cover_daysWithPartialEnds_hoursDaysHours() {
        assertThat(Rollup.cover(new HourRange(DAY_10 - 2, DAY_10 + 24 * 3 + 4))).containsExactly(
                new Range(Span.HOUR, DAY_10 - 2, DAY_10 - 1),
                new Range(Span.DAY, 10, 12),
                new Range(Span.HOUR, DAY_10 + 24 * 3, DAY_10 + 24 * 3 + 4));
    }

    @Test
    void cover_monthWindow_readsAtMost76Buckets() {
        List<Range> ranges = Rollup.cover(new HourRange(DAY_10 + 5, DAY_10 + 5 + Period.MONTH.hours() - 1));

        assertThat(ranges.stream().mapToLong(range -> range.last() - range.first() + 1).sum()).isLessThanOrEqualTo(76);
    }

    @Test
    void increments_sameArticleAndHour_mergedIntoHourAndDay() {
        List<Increment> increments = Rollup.increments(List.of(
                new HourlyCount("a", DAY_10 + 1, 2), new HourlyCount("a", DAY_10 + 1, 3), new HourlyCount("a", DAY_10 + 2, 1)));

        assertThat(increments).containsExactly(
                new Increment(Span.HOUR, DAY_10 + 1, "a", 5),
                new Increment(Span.DAY, 10, "a", 6),
                new Increment(Span.HOUR, DAY_10 + 2, "a", 1));
    }

    @Test
    void expiryHour_dayBucket_retentionAfterItsEnd() {
        assertThat(Rollup.expiryHour(Span.DAY, 10)).isEqualTo(DAY_10 + 24 + ViewStore.RETENTION.toHours());
        assertThat(Rollup.firstKept(Span.DAY, DAY_10 + 24 + ViewStore.RETENTION.toHours())).isEqualTo(11);
    }
}
