package kiosk.api.graphql;

import java.time.Instant;
import java.util.List;
import kiosk.content.check.Problem;

/**
 * How the content behind the server last reloaded, for {@code /health} and {@code Query.contentStatus}.
 * After a refused reload the previous snapshot keeps serving; {@code problems} say why the new one was
 * refused.
 *
 * @param lastReload when the content was last loaded, or null for a server that never reloads
 * @param ok         whether that load was swapped in
 * @param problems   what that load found, errors and warnings
 * @param degraded   why the server does not serve the content as it is or cannot follow its changes (an
 *                   older revision serving, the watcher polling); empty when publishing works as it should
 */
public record ContentStatus(Instant lastReload, boolean ok, List<Problem> problems, List<String> degraded) {

    /** The status of a server that serves one snapshot and never reloads. */
    public static final ContentStatus FIXED = new ContentStatus(null, true, List.of(), List.of());

    public ContentStatus {
        problems = List.copyOf(problems);
        degraded = List.copyOf(degraded);
    }

    /** Whether publishing is degraded, which {@code /health} says to anyone. */
    public boolean isDegraded() {
        return !degraded.isEmpty();
    }
}
