package kiosk.site.templates;

import java.util.List;

/** {@code sitemap.xml}: every page worth indexing, by absolute URL. */
public record Sitemap(List<Entry> entries) {

    public Sitemap {
        entries = List.copyOf(entries);
    }

    /** @param lastModified RFC 3339, or null when the page has no meaningful date */
    public record Entry(String url, String lastModified) {
    }
}
