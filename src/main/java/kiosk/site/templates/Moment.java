package kiosk.site.templates;

import java.util.Objects;

/**
 * A date or time as a page shows it.
 *
 * @param iso     ISO 8601 in the site's time zone, for {@code <time datetime>}, feeds and the sitemap
 * @param display as readers read it, such as 「2026年11月20日 9:30」
 */
public record Moment(String iso, String display) {

    public Moment {
        Objects.requireNonNull(iso, "iso");
        Objects.requireNonNull(display, "display");
    }
}
