package kiosk.api.http;

import java.time.Instant;
import java.util.List;

/**
 * How the content behind the server last reloaded, for {@code /health}. After a failed reload the
 * previous snapshot keeps serving; {@code problems} say why the new one was refused.
 *
 * @param problems each in the {@code kiosk check} format
 */
public record ContentStatus(Instant lastReload, boolean lastReloadOk, List<String> problems) {

    public ContentStatus {
        problems = List.copyOf(problems);
    }
}
