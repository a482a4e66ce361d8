package kiosk.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RankingTest {

    private static final Instant NOW = Instant.parse("2026-05-20T12:30:00Z");
    private static final long HOUR = HourRange.hourOf(NOW);
    private static final Map<String, String> SECTIONS = Map.of(
            "fresh", "world", "edge-of-day", "world", "weekly", "business", "monthly", "world", "ancient", "world");
    private static final PublishedArticles PUBLISHED = slug -> Optional.ofNullable(SECTIONS.get(slug));

    private final AtomicLong nanos = new AtomicLong();

    /** Views at known ages: fresh and edge-of-day in the day, weekly in the week, monthly in the month. */
    private final FakeViewStore store = new FakeViewStore()
            .views("fresh", HOUR - 1, 100)
            .views("edge-of-day", HOUR - 23, 40)
            .views("edge-of-day", HOUR - 24, 1_000)
            .views("weekly", HOUR - 3 * 24, 300)
            .views("monthly", HOUR - 20 * 24, 5_000)
            .views("ancient", HOUR - 40 * 24, 9_000)
            .views("draft", HOUR, 999_999);

    private Ranking ranking(Duration cacheTime) {
        return new Ranking(store, PUBLISHED, cacheTime, nanos::get);
    }

    @Test
    void ranking_day_onlyViewsOfLast24Hours() {
        assertThat(ranking(Duration.ZERO).ranking(Period.DAY, 10, null, NOW)).containsExactly(
                new RankedArticle(1, "fresh", 100), new RankedArticle(2, "edge-of-day", 40));
    }

    @Test
    void ranking_week_addsOlderDaysOfTheWeek() {
        assertThat(ranking(Duration.ZERO).ranking(Period.WEEK, 10, null, NOW)).containsExactly(
                new RankedArticle(1, "edge-of-day", 1_040),
                new RankedArticle(2, "weekly", 300),
                new RankedArticle(3, "fresh", 100));
    }

    @Test
    void ranking_month_last30DaysOnly() {
        assertThat(ranking(Duration.ZERO).ranking(Period.MONTH, 10, null, NOW)).extracting(RankedArticle::slug)
                .containsExactly("monthly", "edge-of-day", "weekly", "fresh");
    }

    @Test
    void ranking_section_ranksWithinSectionFromOne() {
        assertThat(ranking(Duration.ZERO).ranking(Period.MONTH, 10, "world", NOW)).containsExactly(
                new RankedArticle(1, "monthly", 5_000),
                new RankedArticle(2, "edge-of-day", 1_040),
                new RankedArticle(3, "fresh", 100));
        assertThat(ranking(Duration.ZERO).ranking(Period.MONTH, 10, "business", NOW))
                .containsExactly(new RankedArticle(1, "weekly", 300));
    }

    @Test
    void ranking_unknownSection_isEmpty() {
        assertThat(ranking(Duration.ZERO).ranking(Period.MONTH, 10, "sports", NOW)).isEmpty();
    }

    @Test
    void ranking_unpublishedSlugWithMostViews_notRanked() {
        assertThat(ranking(Duration.ZERO).ranking(Period.DAY, 10, null, NOW))
                .extracting(RankedArticle::slug).doesNotContain("draft");
    }

    @Test
    void ranking_equalViews_orderedBySlug() {
        FakeViewStore tied = new FakeViewStore()
                .views("b-tied", HOUR, 500).views("a-tied", HOUR, 500).views("c-tied", HOUR, 500);
        PublishedArticles all = slug -> Optional.of("world");

        assertThat(new Ranking(tied, all, Duration.ZERO).ranking(Period.DAY, 3, null, NOW))
                .extracting(RankedArticle::slug).containsExactly("a-tied", "b-tied", "c-tied");
    }

    @Test
    void ranking_first_limitsTheList() {
        assertThat(ranking(Duration.ZERO).ranking(Period.MONTH, 2, null, NOW))
                .extracting(RankedArticle::rank).containsExactly(1, 2);
        assertThat(ranking(Duration.ZERO).ranking(Period.MONTH, 0, null, NOW)).isEmpty();
        assertThatThrownBy(() -> ranking(Duration.ZERO).ranking(Period.MONTH, -1, null, NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** A ranking cached for 15 s that has read the day's standings, and 1,000 new views of "fresh" since. */
    private Ranking cachedThenMoreViews() {
        Ranking ranking = ranking(Duration.ofSeconds(15));
        ranking.ranking(Period.DAY, 10, null, NOW);
        store.views("fresh", HOUR, 1_000);
        return ranking;
    }

    @Test
    void ranking_burstWithinCacheTime_readsStoreOncePerPeriod() {
        Ranking ranking = cachedThenMoreViews();

        nanos.addAndGet(Duration.ofSeconds(14).toNanos());
        assertThat(ranking.ranking(Period.DAY, 5, "world", NOW.plusSeconds(14)).get(0).views()).isEqualTo(100);
        ranking.ranking(Period.WEEK, 10, null, NOW);

        assertThat(store.reads).hasValue(2);
    }

    @Test
    void ranking_afterCacheTime_recomputes() {
        Ranking ranking = cachedThenMoreViews();

        nanos.addAndGet(Duration.ofSeconds(16).toNanos());

        assertThat(ranking.ranking(Period.DAY, 10, null, NOW.plusSeconds(16)).get(0).views()).isEqualTo(1_100);
    }

    @Test
    void ranking_nextHourWithinCacheTime_slidesTheWindow() {
        Ranking ranking = ranking(Duration.ofSeconds(15));
        ranking.ranking(Period.DAY, 10, null, NOW);

        Instant nextHour = NOW.plus(Duration.ofMinutes(30));

        assertThat(ranking.ranking(Period.DAY, 10, null, nextHour)).extracting(RankedArticle::slug)
                .containsExactly("fresh"); // edge-of-day's hour left the window
    }

    @Test
    void ranking_viewsRecordedIntoSqlite_rankedPerPeriod(@TempDir Path data) {
        try (SqliteViewStore sqlite = SqliteViewStore.open(data); ViewRecorder recorder = new ViewRecorder(sqlite)) {
            for (int i = 0; i < 3; i++) {
                recorder.record(new View("fresh", NOW.minusSeconds(60))).join();
            }
            recorder.record(new View("weekly", NOW.minus(Duration.ofDays(2)))).join();
            recorder.record(new View("draft", NOW)).join();

            Ranking ranking = new Ranking(sqlite, PUBLISHED);

            assertThat(ranking.ranking(Period.DAY, 10, null, NOW)).containsExactly(new RankedArticle(1, "fresh", 3));
            assertThat(ranking.ranking(Period.WEEK, 10, "business", NOW))
                    .containsExactly(new RankedArticle(1, "weekly", 1));
        }
    }
}
