package kiosk.site.bake;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import kiosk.site.templates.DateFormats;
import kiosk.site.templates.Sitemap;

/** Collects pages in order, and a sitemap entry for every HTML page that search engines should index. */
final class PlanBuilder {

    private final List<Page> pages = new ArrayList<>();
    private final List<Sitemap.Entry> sitemap = new ArrayList<>();
    private final Views views;

    PlanBuilder(Views views) {
        this.views = views;
    }

    /** An indexed HTML page; {@code lastModified} may be null when the page has no date of its own. */
    void html(Location location, String template, Object model, OffsetDateTime lastModified) {
        pages.add(new Page(location.file(), template, model));
        DateFormats dates = views.dates();
        sitemap.add(new Sitemap.Entry(views.absolute(location.url()),
                lastModified == null ? null : dates.iso(lastModified)));
    }

    /** A file outside the sitemap: feeds, the 404 page, robots.txt. */
    void file(String path, String template, Object model) {
        pages.add(new Page(path, template, model));
    }

    List<Page> pages() {
        return pages;
    }

    List<Sitemap.Entry> sitemap() {
        return sitemap;
    }
}
