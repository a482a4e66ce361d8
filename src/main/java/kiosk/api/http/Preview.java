package kiosk.api.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import kiosk.catalog.CatalogHolder;
import kiosk.content.git.RefName;

/**
 * What editors holding the token see: the API and the site of the preview catalog, which includes
 * drafts and scheduled articles.
 *
 * @param catalogs the preview catalog, reloaded beside the published one
 * @param pages    the site of that catalog
 * @param refs     the preview catalogs of other git refs, at {@code /preview/@<ref>/}
 */
public record Preview(PreviewToken token, CatalogHolder catalogs, PreviewPages pages, ContentRefs refs) {

    /** Where the preview site is served; its pages' links must point under it. */
    public static final String ROOT = "/preview";

    public Preview {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(catalogs, "catalogs");
        Objects.requireNonNull(pages, "pages");
        Objects.requireNonNull(refs, "refs");
    }

    /** A preview of the work tree's content only. */
    public Preview(PreviewToken token, CatalogHolder catalogs, PreviewPages pages) {
        this(token, catalogs, pages, ContentRefs.NONE);
    }

    /**
     * Where the preview of {@code ref} is served: {@code /preview/@feature~japan/} for the branch
     * {@code feature/japan}. A ref's slashes are written as {@code ~}, which no ref name holds, so the
     * ref is one path segment and the site's paths follow it unchanged; what else a URL path cannot
     * hold as it is (other scripts than Latin, {@code #}, {@code %}) is percent-encoded.
     */
    public static String root(RefName ref) {
        if (ref == null) {
            return ROOT;
        }
        String segment = URLEncoder.encode(ref.name().replace('/', '~'), StandardCharsets.UTF_8)
                .replace("+", "%20").replace("%7E", "~");
        return ROOT + "/@" + segment;
    }

    /** The ref a path segment after {@code /preview/@} names; see {@link #root(RefName)}. */
    static RefName ref(String segment) {
        return new RefName(segment.replace('~', '/'));
    }
}
