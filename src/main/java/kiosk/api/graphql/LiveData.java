package kiosk.api.graphql;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * What the API answers beyond the snapshot: values that change while the catalog stays the same.
 * Fields reach them through {@link LiveReads#live}, so their answers are never reused.
 *
 * @param contentStatus how the content last reloaded
 */
public record LiveData(Supplier<ContentStatus> contentStatus) {

    /** For a server that serves one snapshot and never reloads. */
    public static final LiveData NONE = new LiveData(() -> ContentStatus.FIXED);

    public LiveData {
        Objects.requireNonNull(contentStatus, "contentStatus");
    }
}
