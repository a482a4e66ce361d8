package kiosk.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteViewStoreTest extends ViewStoreContract {

    @TempDir
    Path data;

    private SqliteViewStore store;

    @Override
    ViewStore store() {
        store = SqliteViewStore.open(data);
        return store;
    }

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void open_missingDataDirectory_createsItWithTheFile() {
        Path nested = data.resolve("a/b");

        try (SqliteViewStore created = SqliteViewStore.open(nested)) {
            assertThat(created.file()).isEqualTo(nested.resolve(SqliteViewStore.FILE_NAME).toAbsolutePath());
            assertThat(created.file()).exists();
        }
    }

    @Test
    void totals_afterReopen_countsSurvive() {
        try (SqliteViewStore first = SqliteViewStore.open(data)) {
            first.add(List.of(new HourlyCount("a", NOW_HOUR - 30, 3), new HourlyCount("b", NOW_HOUR, 5)));
        }

        try (SqliteViewStore reopened = SqliteViewStore.open(data)) {
            assertThat(reopened.totals(HourRange.endingAt(Instant.now(), Period.WEEK.hours())))
                    .isEqualTo(Map.of("a", 3L, "b", 5L));
        }
    }

    @Test
    void totals_afterRecorderAndStoreReopen_acknowledgedViewsSurvive() {
        Instant now = Instant.now();
        try (SqliteViewStore first = SqliteViewStore.open(data); ViewRecorder recorder = new ViewRecorder(first)) {
            for (int i = 0; i < 50; i++) {
                recorder.record(new View(i % 2 == 0 ? "even" : "odd", now)).join();
            }
        }

        try (SqliteViewStore reopened = SqliteViewStore.open(data)) {
            assertThat(reopened.totals(HourRange.endingAt(now, 1))).isEqualTo(Map.of("even", 25L, "odd", 25L));
        }
    }

    @Test
    void add_countsOlderThanRetention_areDropped() {
        long retention = ViewStore.RETENTION.toHours();
        ViewStore store = store();
        store.add(List.of(new HourlyCount("old", NOW_HOUR - retention - 48, 1),
                new HourlyCount("kept", NOW_HOUR - retention + 1, 1)));

        store.add(List.of(new HourlyCount("new", NOW_HOUR, 1)));

        assertThat(store.totals(new HourRange(NOW_HOUR - retention - 72, NOW_HOUR)))
                .isEqualTo(Map.of("kept", 1L, "new", 1L));
    }
}
