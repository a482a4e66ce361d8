package kiosk.api.graphql;

import java.time.Instant;
import java.util.List;
import kiosk.content.check.Problem;

/**
 * How the content behind the server is doing, for {@code /health} and {@code Query.contentStatus}.
 * After a refused reload the previous snapshot keeps serving; {@code problems} say why the new one was
 * refused. Whether the server is {@link #degraded()} is public; the rest names draft files and values,
 * and is for editors only.
 *
 * @param lastReload when the content was last loaded, or null for a server that never reloads
 * @param ok         whether that load was swapped in
 * @param problems   what that load found, errors and warnings
 * @param reasons    why the server is degraded beyond a refused load (it cannot watch the content
 *                   folder, it serves an older revision than the folder's), one sentence each; empty when none
 */
public record ContentStatus(Instant lastReload, boolean ok, List<Problem> problems, List<String> reasons) {

    /** The status of a server that serves one snapshot and never reloads. */
    public static final ContentStatus FIXED = new ContentStatus(null, true, List.of());

    public ContentStatus {
        problems = List.copyOf(problems);
        reasons = List.copyOf(reasons);
    }

    /** A status with no reason to be degraded but a refused load. */
    public ContentStatus(Instant lastReload, boolean ok, List<Problem> problems) {
        this(lastReload, ok, problems, List.of());
    }

    /** Whether the server serves older content than the folder holds, or cannot follow it. */
    public boolean degraded() {
        return !ok || !reasons.isEmpty();
    }
}
