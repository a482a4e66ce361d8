package kiosk.ranking;

import java.time.Instant;
import java.util.Objects;

/**
 * One reader viewing one article at an instant; counted in the hour that instant falls in (UTC).
 *
 * @param at the server's clock when the view arrived, never a time the client sent: the embedded store
 *           drops counts 35 days older than the newest view it is given
 */
public record View(String slug, Instant at) {

    public View {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(at, "at");
    }

    long hour() {
        return HourRange.hourOf(at);
    }
}
