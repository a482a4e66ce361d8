package kiosk.ranking;

import java.time.Instant;
import java.util.Objects;

/** One reader viewing one article at an instant; counted in the hour that instant falls in (UTC). */
public record View(String slug, Instant at) {

    public View {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(at, "at");
    }

    long hour() {
        return HourRange.hourOf(at);
    }
}
