package kiosk.api.graphql;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * What the API answers beyond the snapshot: values that change while the catalog stays the same.
 * Fields reach them through {@link LiveReads#live}, so their answers are never reused.
 *
 * @param contentStatus how the content last reloaded
 * @param rankings      the most read articles, counted from recorded views
 */
public record LiveData(Supplier<ContentStatus> contentStatus, Rankings rankings) {

    /** For a server that serves one snapshot, never reloads and counts no views. */
    public static final LiveData NONE = new LiveData(() -> ContentStatus.FIXED);

    public LiveData {
        Objects.requireNonNull(contentStatus, "contentStatus");
        Objects.requireNonNull(rankings, "rankings");
    }

    /** Live data without view counts: every ranking is empty. */
    public LiveData(Supplier<ContentStatus> contentStatus) {
        this(contentStatus, Rankings.NONE);
    }

    public LiveData withRankings(Rankings counted) {
        return new LiveData(contentStatus, counted);
    }
}
