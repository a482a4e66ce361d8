package kiosk.api.graphql;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * What the API answers beyond the snapshot: values that change while the catalog stays the same.
 * Fields reach them through {@link LiveReads#live}, so their answers are never reused.
 *
 * @param contentStatus how the content last reloaded
 * @param rankings      the most read articles, counted from recorded views
 * @param changes       the change sets of the snapshots published lately
 */
public record LiveData(Supplier<ContentStatus> contentStatus, Rankings rankings, ChangeFeed changes) {

    /** For a server that serves one snapshot, never reloads and counts no views. */
    public static final LiveData NONE = new LiveData(() -> ContentStatus.FIXED);

    public LiveData {
        Objects.requireNonNull(contentStatus, "contentStatus");
        Objects.requireNonNull(rankings, "rankings");
        Objects.requireNonNull(changes, "changes");
    }

    /** Live data without view counts (every ranking is empty) nor a change history. */
    public LiveData(Supplier<ContentStatus> contentStatus) {
        this(contentStatus, Rankings.NONE, ChangeFeed.NONE);
    }

    public LiveData withRankings(Rankings counted) {
        return new LiveData(contentStatus, counted, changes);
    }

    public LiveData withChanges(ChangeFeed history) {
        return new LiveData(contentStatus, rankings, history);
    }
}
