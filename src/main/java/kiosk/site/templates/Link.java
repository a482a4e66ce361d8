package kiosk.site.templates;

import java.util.Objects;

/** A link as a page shows it; {@code url} is site-relative ({@code /sections/world/}) or absolute. */
public record Link(String label, String url) {

    public Link {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(url, "url");
    }
}
