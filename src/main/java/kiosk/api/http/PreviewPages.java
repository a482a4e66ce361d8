package kiosk.api.http;

import java.util.Optional;
import kiosk.catalog.Catalog;

/** The site as baked from a preview catalog, one file at a time, for {@code /preview/...}. */
@FunctionalInterface
public interface PreviewPages {

    /**
     * The file at {@code path} of the site baked from {@code catalog}, with links pointing into the
     * preview; empty when the site has no such file.
     *
     * @param path relative to the site's root, with forward slashes: {@code articles/x/index.html}
     */
    Optional<byte[]> file(Catalog catalog, String path);
}
