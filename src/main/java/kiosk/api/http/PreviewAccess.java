package kiosk.api.http;

import io.javalin.http.Context;
import kiosk.catalog.Catalog;
import kiosk.catalog.CatalogHolder;

/**
 * Who a request comes from: a reader, or an editor presenting the preview token in the
 * {@value #HEADER} header (API clients) or the {@value #COOKIE} cookie that {@code /preview?token=}
 * sets (browsers). A token that does not match is refused rather than ignored, so an editor with a
 * wrong or outdated token is told instead of silently seeing the public content.
 */
final class PreviewAccess {

    static final String HEADER = "X-Preview-Token";
    static final String COOKIE = "kiosk_preview";
    /** What every answer for an editor says: no cache anywhere may keep unpublished content. */
    static final String NO_STORE = "private, no-store";

    enum Viewer { READER, EDITOR, REFUSED }

    private final CatalogHolder published;
    /** Null when the server has no preview: then every token is refused. */
    private final Preview preview;

    PreviewAccess(CatalogHolder published, Preview preview) {
        this.published = published;
        this.preview = preview;
    }

    Viewer viewer(Context ctx) {
        String presented = ctx.header(HEADER);
        if (presented == null) {
            presented = ctx.cookie(COOKIE);
        }
        if (presented == null) {
            return Viewer.READER;
        }
        return tokenMatches(presented) ? Viewer.EDITOR : Viewer.REFUSED;
    }

    /** The catalog a viewer sees; never call it for a refused one. */
    Catalog catalog(Viewer viewer) {
        return switch (viewer) {
            case READER -> published.get();
            case EDITOR -> preview.catalogs().get();
            case REFUSED -> throw new IllegalArgumentException("a refused viewer sees no catalog");
        };
    }

    boolean enabled() {
        return preview != null;
    }

    boolean tokenMatches(String presented) {
        return preview != null && presented != null && preview.token().matches(presented);
    }

    PreviewPages pages() {
        return preview.pages();
    }

    /** Why a token was refused, and what to do. */
    String refusal() {
        return enabled() ? "the preview token is not valid: ask for the current one, or remove the "
                + HEADER + " header and the " + COOKIE + " cookie to see the published content"
                : "this server has no preview: start kiosk serve with --preview-token, or remove the "
                + HEADER + " header and the " + COOKIE + " cookie";
    }
}
