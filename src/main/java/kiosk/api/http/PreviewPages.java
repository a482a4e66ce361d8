package kiosk.api.http;

import java.util.Optional;
import kiosk.catalog.Catalog;

/** The site as baked from a preview catalog, one file at a time, for {@code /preview/...}. */
@FunctionalInterface
public interface PreviewPages {

    /**
     * The file at {@code path} of the site baked from {@code catalog}, with links pointing under
     * {@code root}; empty when the site has no such file.
     *
     * @param root where this preview is served: {@code /preview}, or {@code /preview/@<ref>} (see {@link Preview#root})
     * @param ref  the git ref the catalog was read at, for its pages to name, or null for the work tree's content
     * @param path relative to the site's root, with forward slashes: {@code articles/x/index.html}
     */
    Optional<byte[]> file(Catalog catalog, String root, String ref, String path);
}
