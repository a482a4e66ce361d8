package kiosk.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ViewStore} must do; each implementation's test extends this and opens a fresh,
 * empty store. Hours are near the real clock because Redis expires keys by it.
 */
abstract class ViewStoreContract {

    static final long NOW_HOUR = HourRange.hourOf(Instant.now());

    /** A new empty store; the subclass closes it after the test. */
    abstract ViewStore store();

    @Test
    void totals_nothingAdded_isEmpty() {
        assertThat(store().totals(new HourRange(NOW_HOUR - 10, NOW_HOUR))).isEmpty();
    }

    @Test
    void add_sameArticleAndHourInTwoBatches_countsAddUp() {
        ViewStore store = store();
        store.add(List.of(new HourlyCount("a", NOW_HOUR, 2), new HourlyCount("a", NOW_HOUR, 1)));
        store.add(List.of(new HourlyCount("a", NOW_HOUR, 4), new HourlyCount("b", NOW_HOUR, 1)));

        assertThat(store.totals(new HourRange(NOW_HOUR, NOW_HOUR))).isEqualTo(Map.of("a", 7L, "b", 1L));
    }

    @Test
    void totals_rangeOutsideAddedHours_excludesThem() {
        ViewStore store = store();
        store.add(List.of(new HourlyCount("a", NOW_HOUR - 5, 1), new HourlyCount("a", NOW_HOUR, 10)));

        assertThat(store.totals(new HourRange(NOW_HOUR - 4, NOW_HOUR - 1))).isEmpty();
        assertThat(store.totals(new HourRange(NOW_HOUR - 5, NOW_HOUR - 5))).isEqualTo(Map.of("a", 1L));
    }

    /** Day rollups must give exactly the sum of the hours, whatever the range's ends. */
    @Test
    void totals_anyRangeOverAMonth_equalsSumOfHourlyCounts() {
        Random random = new Random(7);
        List<HourlyCount> counts = new ArrayList<>();
        for (long hour = NOW_HOUR - Period.MONTH.hours() - 30; hour <= NOW_HOUR; hour++) {
            for (String slug : List.of("a", "b", "c")) {
                if (random.nextInt(3) > 0) {
                    counts.add(new HourlyCount(slug, hour, 1 + random.nextInt(50)));
                }
            }
        }
        ViewStore store = store();
        store.add(counts);

        List<HourRange> ranges = new ArrayList<>(List.of(
                HourRange.endingAt(HourRange.startOf(NOW_HOUR), Period.DAY.hours()),
                HourRange.endingAt(HourRange.startOf(NOW_HOUR), Period.WEEK.hours()),
                HourRange.endingAt(HourRange.startOf(NOW_HOUR), Period.MONTH.hours()),
                new HourRange(Math.floorDiv(NOW_HOUR, 24) * 24 - 48, Math.floorDiv(NOW_HOUR, 24) * 24 - 1)));
        for (int i = 0; i < 20; i++) {
            long first = NOW_HOUR - random.nextInt(Period.MONTH.hours());
            ranges.add(new HourRange(first, first + random.nextInt((int) (NOW_HOUR - first + 1))));
        }
        for (HourRange range : ranges) {
            assertThat(store.totals(range)).as("totals over %s", range).isEqualTo(sum(counts, range));
        }
    }

    static Map<String, Long> sum(List<HourlyCount> counts, HourRange range) {
        Map<String, Long> totals = new HashMap<>();
        counts.stream().filter(count -> count.hour() >= range.first() && count.hour() <= range.last())
                .forEach(count -> totals.merge(count.slug(), count.views(), Long::sum));
        return totals;
    }
}
