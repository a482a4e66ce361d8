package kiosk.api.graphql;

import java.time.OffsetDateTime;
import kiosk.catalog.Catalog;
import kiosk.content.Image;
import kiosk.content.SiteConfig;

/** The schema's {@code Site}: the site's settings and the snapshot's revision. */
record SiteInfo(String title, String baseUrl, String language, String timeZone, String description,
                String copyright, int pageSize, Image image, Image logo, String revision, OffsetDateTime asOf) {

    static SiteInfo of(Catalog catalog) {
        SiteConfig site = catalog.site();
        return new SiteInfo(site.title(), site.baseUrl().toString(), site.language(), site.timeZone().getId(),
                site.description(), site.copyright(), site.pageSize(), site.image(), site.logo(), catalog.revision(),
                catalog.asOf().atZone(site.timeZone()).toOffsetDateTime());
    }
}
