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
 */
public record ContentStatus(Instant lastReload, boolean ok, List<Problem> problems) {

    /** The status of a server that serves one snapshot and never reloads. */
    public static final ContentStatus FIXED = new ContentStatus(null, true, List.of());

    public ContentStatus {
        problems = List.copyOf(problems);
    }
}
