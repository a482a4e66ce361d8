package kiosk.api.http;

import io.javalin.http.ContentType;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import kiosk.catalog.Catalog;
import org.jsoup.nodes.Entities;

/**
 * The preview site for editors' browsers. An editor enters with the token, by the form that
 * {@code /preview} shows (a POST: the token never appears in a URL) or by a link
 * {@code /preview?token=T} (a CMS's "preview" link); either way the server checks the token, sets a
 * cookie holding a value derived from it (see {@link PreviewToken#cookie}) and sends the browser on
 * to {@code /preview/} or the page {@code path} names, at a URL without the token. Every
 * {@code /preview/...} request then gets the page of the preview catalog, rendered on request with
 * its links kept inside the preview. Nothing of it is ever written where the public site is served
 * from, and every answer forbids caches to keep it.
 *
 * <p>The cookie is {@code HttpOnly} and {@code SameSite=Lax}: sent when the editor follows a link to
 * the preview from another site (the CMS), which {@code Strict} would not do on that first click, and
 * never with another site's requests from the page (fetches, posts, frames), so another site can at
 * most open a preview page in the editor's own window; every preview answer is a read-only GET, and
 * none may be framed.
 */
final class PreviewHandler {

    private final PreviewAccess access;

    PreviewHandler(PreviewAccess access) {
        this.access = access;
    }

    /**
     * {@code GET /preview[?token=T][&path=/articles/x/]}: with a token, lets the browser in and sends it
     * on; without one, the preview's home page for an editor, the form to enter the token for anyone else.
     */
    void enter(Context ctx) {
        String token = ctx.queryParam("token");
        if (token == null) {
            page(ctx);
        } else {
            admit(ctx, token, ctx.queryParam("path"));
        }
    }

    /** {@code POST /preview} from the form: {@code token} and {@code path}. */
    void enterByForm(Context ctx) {
        String token = ctx.formParam("token");
        if (token == null || token.isBlank()) {
            ctx.header("Cache-Control", PreviewAccess.NO_STORE);
            form(ctx, HttpStatus.BAD_REQUEST, "トークンを入力してください (enter the preview token)", ctx.formParam("path"));
        } else {
            admit(ctx, token.strip(), ctx.formParam("path"));
        }
    }

    private void admit(Context ctx, String token, String path) {
        ctx.header("Cache-Control", PreviewAccess.NO_STORE);
        PreviewAccess.Viewer viewer = access.enter(ctx, token);
        if (viewer != PreviewAccess.Viewer.EDITOR) {
            access.refusal(viewer).send(ctx);
            return;
        }
        ctx.cookie(new Cookie(PreviewAccess.COOKIE, access.cookieValue(), "/",
                (int) PreviewAccess.COOKIE_AGE.toSeconds(), secure(ctx), true, null, SameSite.LAX));
        ctx.redirect(Preview.ROOT + sitePath(path), HttpStatus.SEE_OTHER);
    }

    /**
     * {@code GET /preview/link/<signed>}: a per-article link ({@code kiosk preview-link}). A genuine,
     * current one sets the link cookie, which opens that article's page and nothing else of the
     * preview until the link expires, and sends the browser on to the page. {@code SameSite=Lax}, so
     * the first click from a chat or a mail (another site) gets the page, not the token's form.
     */
    void link(Context ctx) {
        ctx.header("Cache-Control", PreviewAccess.NO_STORE);
        ctx.header("X-Robots-Tag", "noindex");
        String signed = ctx.pathParam("signed");
        Optional<PreviewToken.Link> link = access.link(ctx, signed);
        if (link.isEmpty()) {
            form(ctx, HttpStatus.FORBIDDEN, "このプレビューリンクは期限が切れたか、正しくありません。"
                    + "リンクを送った人に新しいリンクを頼んでください (this preview link has expired or is not valid)", "/");
            return;
        }
        long seconds = Duration.between(access.now(), link.get().expires()).toSeconds();
        ctx.cookie(new Cookie(PreviewAccess.LINK_COOKIE, signed, Preview.ROOT, (int) Math.min(seconds, Integer.MAX_VALUE),
                secure(ctx), true, null, SameSite.LAX));
        ctx.redirect(Preview.ROOT + articlePath(link.get().slug()), HttpStatus.SEE_OTHER);
    }

    /** {@code GET /preview/...}: a page or file of the preview site. */
    void page(Context ctx) {
        ctx.header("Cache-Control", PreviewAccess.NO_STORE);
        ctx.header("X-Robots-Tag", "noindex");
        PreviewAccess.Viewer viewer = access.viewer(ctx);
        switch (viewer) {
            case READER -> access.linkOf(ctx).ifPresentOrElse(link -> byLink(ctx, link),
                    () -> form(ctx, HttpStatus.UNAUTHORIZED, "プレビューは編集者向けです。トークンを入力してください"
                            + " (the preview is for editors: enter the preview token)", previewedPath(ctx)));
            case REFUSED -> form(ctx, HttpStatus.FORBIDDEN, "トークンが正しくないか、プレビューの有効期限が切れました。"
                    + "いまのトークンを入力してください (" + access.refusal(viewer).message() + ")", previewedPath(ctx));
            case THROTTLED -> access.refusal(viewer).send(ctx);
            case EDITOR -> serve(ctx, access.catalog(PreviewAccess.Viewer.EDITOR));
        }
    }

    /**
     * A request of a per-article link's holder: the article's page, the site's assets, and media
     * files the page shows; any other page of the preview stays closed to it.
     */
    private void byLink(Context ctx, PreviewToken.Link link) {
        Catalog catalog = access.catalog(PreviewAccess.Viewer.EDITOR);
        String path = previewedPath(ctx);
        String page = articlePath(link.slug());
        boolean allowed = path.equals(page) || path.equals(page + "index.html") || isAsset(path)
                || path.startsWith("/media/") && access.pages().file(catalog, page.substring(1) + "index.html")
                .map(html -> new String(html, StandardCharsets.UTF_8).contains("\"" + Preview.ROOT + path))
                .orElse(false);
        if (allowed) {
            serve(ctx, catalog);
        } else {
            form(ctx, HttpStatus.FORBIDDEN, "このリンクで見られるのは記事「" + link.slug() + "」だけです。ほかのページは"
                    + "トークンを入力してください (this link shows one article only)", path);
        }
    }

    /** A file of the site's own (styles, scripts, fonts, icons), which every page uses and no content is in. */
    private static boolean isAsset(String path) {
        String name = lastSegment(path);
        return !path.startsWith("/media/") && name.contains(".") && !name.endsWith(".html") && !name.endsWith(".xml")
                && !name.endsWith(".json");
    }

    private static String articlePath(String slug) {
        return "/articles/" + slug + "/";
    }

    private void serve(Context ctx, Catalog catalog) {
        ctx.header(GraphQlHandler.REVISION_HEADER, catalog.revision());
        // the baked files are named by the decoded path, as a static host looks them up
        String path = previewedPath(ctx).replaceFirst("^/", "");
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

    /** The site path a preview URL shows: {@code /preview/articles/x/} shows {@code /articles/x/}. */
    private static String previewedPath(Context ctx) {
        String path = URI.create(ctx.path()).getPath().substring(Preview.ROOT.length());
        return path.isEmpty() ? "/" : path;
    }

    /** The page to enter the token, which comes back to {@code path} once the token is taken. */
    private static void form(Context ctx, HttpStatus status, String message, String path) {
        ctx.status(status).contentType("text/html; charset=utf-8").result("""
                <!doctype html>
                <html lang="ja">
                <head><meta charset="utf-8"><meta name="robots" content="noindex"><title>プレビュー (preview)</title></head>
                <body>
                <h1>プレビュー (preview)</h1>
                <p>%s</p>
                <form method="post" action="%s">
                <label>トークン (preview token) <input type="password" name="token" autocomplete="current-password" required></label>
                <input type="hidden" name="path" value="%s">
                <button type="submit">入る (enter)</button>
                </form>
                </body>
                </html>
                """.formatted(Entities.escape(message), Preview.ROOT, Entities.escape(sitePath(path))));
    }

    /** A site path to continue to: only this site's own, so the link cannot send an editor elsewhere. */
    private static String sitePath(String path) {
        return path != null && path.startsWith("/") && !path.startsWith("//") && !path.contains("\\") ? path : "/";
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
