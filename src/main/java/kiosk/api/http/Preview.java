package kiosk.api.http;

import java.util.Objects;
import kiosk.catalog.CatalogHolder;

/**
 * What editors holding the token see: the API and the site of the preview catalog, which includes
 * drafts and scheduled articles.
 *
 * @param catalogs the preview catalog, reloaded beside the published one
 * @param pages    the site of that catalog
 */
public record Preview(PreviewToken token, CatalogHolder catalogs, PreviewPages pages) {

    /** Where the preview site is served; its pages' links must point under it. */
    public static final String ROOT = "/preview";

    public Preview {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(catalogs, "catalogs");
        Objects.requireNonNull(pages, "pages");
    }
}
