package kiosk.api.http;

import io.javalin.http.ContentType;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import kiosk.catalog.Catalog;

/**
 * The preview site for editors' browsers. {@code GET /preview?token=T} checks the token, keeps it in
 * an HTTP-only, same-site cookie and sends the browser on to {@code /preview/}; every
 * {@code /preview/...} request then gets the page of the preview catalog, rendered on request with its
 * links kept inside the preview. Nothing of it is ever written where the public site is served from,
 * and every answer forbids caches to keep it.
 */
final class PreviewHandler {

    /** An editor's working day: long enough not to be asked again, short enough to lapse by itself. */
    private static final Duration COOKIE_AGE = Duration.ofHours(12);

    private final PreviewAccess access;

    PreviewHandler(PreviewAccess access) {
        this.access = access;
    }

    /**
     * {@code GET /preview?token=T[&path=/articles/x/]} lets the browser in and sends it to the preview of
     * that page (a CMS's "preview this article" link), or of the home page; without a token it is the
     * preview's home page.
     */
    void enter(Context ctx) {
        String token = ctx.queryParam("token");
        if (token == null) {
            page(ctx);
            return;
        }
        ctx.header("Cache-Control", PreviewAccess.NO_STORE);
        if (!access.tokenMatches(token)) {
            refuse(ctx, HttpStatus.FORBIDDEN, access.refusal());
        } else {
            ctx.cookie(new Cookie(PreviewAccess.COOKIE, token, "/", (int) COOKIE_AGE.toSeconds(), secure(ctx), true,
                    null, SameSite.STRICT));
            ctx.redirect(Preview.ROOT + sitePath(ctx.queryParam("path")), HttpStatus.SEE_OTHER);
        }
    }

    /** {@code GET /preview/...}: a page or file of the preview site. */
    void page(Context ctx) {
        ctx.header("Cache-Control", PreviewAccess.NO_STORE);
        ctx.header("X-Robots-Tag", "noindex");
        switch (access.viewer(ctx)) {
            case READER -> refuse(ctx, HttpStatus.UNAUTHORIZED,
                    "the preview is for editors: open /preview?token=... with the preview token first");
            case REFUSED -> refuse(ctx, HttpStatus.FORBIDDEN, access.refusal());
            case EDITOR -> serve(ctx, access.catalog(PreviewAccess.Viewer.EDITOR));
        }
    }

    private void serve(Context ctx, Catalog catalog) {
        ctx.header(GraphQlHandler.REVISION_HEADER, catalog.revision());
        // the baked files are named by the decoded path, as a static host looks them up
        String path = URI.create(ctx.path()).getPath().substring(Preview.ROOT.length()).replaceFirst("^/", "");
        String file = path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
        Optional<byte[]> bytes = access.pages().file(catalog, file);
        if (bytes.isPresent()) {
            ctx.contentType(contentType(file)).result(bytes.get());
        } else if (!lastSegment(path).contains(".") && access.pages().file(catalog, path + "/index.html").isPresent()) {
            ctx.redirect(ctx.path() + "/", HttpStatus.MOVED_PERMANENTLY);
        } else {
            ctx.status(HttpStatus.NOT_FOUND);
            access.pages().file(catalog, "404.html").ifPresentOrElse(
                    notFound -> ctx.contentType(contentType("404.html")).result(notFound),
                    () -> ctx.result("no such page in the preview"));
        }
    }

    /** A site path to continue to: only this site's own, so the link cannot send an editor elsewhere. */
    private static String sitePath(String path) {
        return path != null && path.startsWith("/") && !path.startsWith("//") && !path.contains("\\") ? path : "/";
    }

    private static void refuse(Context ctx, HttpStatus status, String message) {
        ctx.status(status).contentType("text/plain; charset=utf-8").result(message + "\n");
    }

    /** Behind a TLS-terminating proxy the request itself is plain HTTP; the proxy says what the browser used. */
    private static boolean secure(Context ctx) {
        return "https".equals(ctx.scheme()) || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
    }

    private static String lastSegment(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static String contentType(String file) {
        String mime = Optional.ofNullable(ContentType.mimeTypeByExtension(file.substring(file.lastIndexOf('.') + 1)))
                .orElse("application/octet-stream");
        boolean text = mime.startsWith("text/") || mime.endsWith("xml") || mime.endsWith("json")
                || mime.endsWith("javascript");
        return text ? mime + "; charset=utf-8" : mime;
    }
}
