package kiosk.api.http;

import io.javalin.http.ContentType;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import kiosk.catalog.Catalog;
import kiosk.content.check.Messages;
import kiosk.content.git.RefName;
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
 * <p>{@code /preview/@<ref>/...} shows the content of a git ref instead (a pull request's branch, a tag,
 * a commit; see {@link ContentRefs}), with the pages' links kept under {@code /preview/@<ref>/}. Who
 * asks is settled before the ref is looked at, so nobody without the preview learns whether a ref
 * exists. The preview's own pages (the token's form, refusals, an unknown ref) speak the site's language.
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
            form(ctx, HttpStatus.BAD_REQUEST, access.messages().text("token.missing"), ctx.formParam("path"));
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
     * preview until the link expires, and sends the browser on to the page (under the link's ref, when
     * it names one). {@code SameSite=Lax}, so the first click from a chat or a mail (another site)
     * gets the page, not the token's form.
     */
    void link(Context ctx) {
        ctx.header("Cache-Control", PreviewAccess.NO_STORE);
        ctx.header("X-Robots-Tag", "noindex");
        String signed = ctx.pathParam("signed");
        Optional<PreviewToken.Link> link = access.link(ctx, signed);
        if (link.isEmpty()) {
            form(ctx, HttpStatus.FORBIDDEN, access.messages().text("link.invalid"), "/");
            return;
        }
        long seconds = Duration.between(access.now(), link.get().expires()).toSeconds();
        ctx.cookie(new Cookie(PreviewAccess.LINK_COOKIE, signed, Preview.ROOT, (int) Math.min(seconds, Integer.MAX_VALUE),
                secure(ctx), true, null, SameSite.LAX));
        ctx.redirect(Preview.root(link.get().ref()) + articlePath(link.get().slug()), HttpStatus.SEE_OTHER);
    }

    /**
     * What a preview URL shows: the content of the work tree or of a git ref, and the site path.
     * {@code /preview/articles/x/} shows {@code /articles/x/} of the work tree's content,
     * {@code /preview/@feature~japan/articles/x/} that of the branch {@code feature/japan}.
     *
     * @param ref null for the work tree's content
     */
    private record Shown(RefName ref, String path) {

        String root() {
            return Preview.root(ref);
        }

        String refName() {
            return ref == null ? null : ref.name();
        }
    }

    /** {@code GET /preview/...}: a page or file of the preview site. */
    void page(Context ctx) {
        ctx.header("Cache-Control", PreviewAccess.NO_STORE);
        ctx.header("X-Robots-Tag", "noindex");
        PreviewAccess.Viewer viewer = access.viewer(ctx);
        // who asks is settled first: nothing about refs is told to someone who may not preview
        Messages messages = access.messages();
        switch (viewer) {
            case READER -> access.linkOf(ctx).ifPresentOrElse(
                    link -> shown(ctx).ifPresent(shown -> byLink(ctx, link, shown)),
                    () -> form(ctx, HttpStatus.UNAUTHORIZED, messages.text("token.needed"), previewedPath(ctx)));
            case REFUSED -> form(ctx, HttpStatus.FORBIDDEN, messages.text("token.refused"), previewedPath(ctx));
            case THROTTLED -> access.refusal(viewer).send(ctx);
            case EDITOR -> shown(ctx).ifPresent(
                    shown -> catalogOf(ctx, shown).ifPresent(catalog -> serve(ctx, catalog, shown)));
        }
    }

    /**
     * What the request's path shows, or empty when the request was answered: a ref name that breaks
     * git's rules (400), a ref's root without its slash (a redirect, so that relative links resolve).
     */
    private Optional<Shown> shown(Context ctx) {
        String path = previewedPath(ctx);
        if (!path.startsWith("/@")) {
            return Optional.of(new Shown(null, path));
        }
        int slash = path.indexOf('/', 2);
        String segment = slash < 0 ? path.substring(2) : path.substring(2, slash);
        RefName ref;
        try {
            ref = Preview.ref(segment);
        } catch (RefName.Invalid e) {
            Messages messages = access.messages();
            notice(ctx, HttpStatus.BAD_REQUEST, messages.text("ref.invalid", messages.checkWords().text(e.rule())));
            return Optional.empty();
        }
        if (slash < 0) {
            ctx.redirect(ctx.path() + "/", HttpStatus.MOVED_PERMANENTLY);
            return Optional.empty();
        }
        return Optional.of(new Shown(ref, path.substring(slash)));
    }

    /**
     * The preview catalog of what {@code shown} names, or empty when the request was answered: no such
     * ref (404), too many refs being built (503).
     */
    private Optional<Catalog> catalogOf(Context ctx, Shown shown) {
        if (shown.ref() == null) {
            return Optional.of(access.catalog(PreviewAccess.Viewer.EDITOR));
        }
        try {
            Optional<Catalog> catalog = access.catalogAt(shown.ref());
            if (catalog.isEmpty()) {
                notice(ctx, HttpStatus.NOT_FOUND, access.messages().text("ref.unknown", shown.ref().name()));
            }
            return catalog;
        } catch (RejectedExecutionException e) {
            ctx.header("Retry-After", "5");
            notice(ctx, HttpStatus.SERVICE_UNAVAILABLE, access.messages().text("ref.busy"));
            return Optional.empty();
        }
    }

    /**
     * A request of a per-article link's holder: the article's page at the link's ref, the site's
     * assets, and media files the page shows; any other page of the preview, and any other ref, stay
     * closed to it.
     */
    private void byLink(Context ctx, PreviewToken.Link link, Shown shown) {
        String path = shown.path();
        String page = articlePath(link.slug());
        if (!Objects.equals(link.ref(), shown.ref())) {
            form(ctx, HttpStatus.FORBIDDEN, access.messages().text("link.oneArticle", link.slug()), previewedPath(ctx));
            return;
        }
        Optional<Catalog> catalog = catalogOf(ctx, shown);
        if (catalog.isEmpty()) {
            return;
        }
        boolean allowed = path.equals(page) || path.equals(page + "index.html") || isAsset(path)
                || path.startsWith("/media/") && access.pages().file(catalog.get(), shown.root(), shown.refName(),
                        page.substring(1) + "index.html")
                .map(html -> new String(html, StandardCharsets.UTF_8).contains("\"" + shown.root() + path))
                .orElse(false);
        if (allowed) {
            serve(ctx, catalog.get(), shown);
        } else {
            form(ctx, HttpStatus.FORBIDDEN, access.messages().text("link.oneArticle", link.slug()), previewedPath(ctx));
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

    private void serve(Context ctx, Catalog catalog, Shown shown) {
        ctx.header(GraphQlHandler.REVISION_HEADER, catalog.revision());
        // the baked files are named by the decoded path, as a static host looks them up
        String path = shown.path().replaceFirst("^/", "");
        String file = path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
        PreviewPages pages = access.pages();
        // a ref's media files are its own (a photo its branch adds), else the work tree's
        Optional<byte[]> bytes = shown.ref() != null && file.startsWith("media/")
                ? access.mediaAt(shown.ref(), file) : Optional.empty();
        if (bytes.isEmpty()) {
            bytes = pages.file(catalog, shown.root(), shown.refName(), file);
        }
        if (bytes.isPresent()) {
            ctx.contentType(contentType(file)).result(bytes.get());
        } else if (!lastSegment(path).contains(".")
                && pages.file(catalog, shown.root(), shown.refName(), path + "/index.html").isPresent()) {
            ctx.redirect(ctx.path() + "/", HttpStatus.MOVED_PERMANENTLY);
        } else {
            ctx.status(HttpStatus.NOT_FOUND);
            pages.file(catalog, shown.root(), shown.refName(), "404.html").ifPresentOrElse(
                    notFound -> ctx.contentType(contentType("404.html")).result(notFound),
                    () -> ctx.result("no such page in the preview"));
        }
    }

    /** The path a preview URL shows: {@code /preview/articles/x/} shows {@code /articles/x/}. */
    private static String previewedPath(Context ctx) {
        String path = URI.create(ctx.path()).getPath().substring(Preview.ROOT.length());
        return path.isEmpty() ? "/" : path;
    }

    /** The page to enter the token, which comes back to {@code path} once the token is taken. */
    private void form(Context ctx, HttpStatus status, String message, String path) {
        Messages messages = access.messages();
        htmlPage(ctx, status, message, """
                <form method="post" action="%s">
                <label>%s <input type="password" name="token" autocomplete="current-password" required></label>
                <input type="hidden" name="path" value="%s">
                <button type="submit">%s</button>
                </form>
                """.formatted(Preview.ROOT, Entities.escape(messages.text("form.token")),
                Entities.escape(sitePath(path)), Entities.escape(messages.text("form.enter"))));
    }

    /** A page that tells an editor something and asks nothing. */
    private void notice(Context ctx, HttpStatus status, String message) {
        htmlPage(ctx, status, message, "");
    }

    private void htmlPage(Context ctx, HttpStatus status, String message, String form) {
        Messages messages = access.messages();
        String title = Entities.escape(messages.text("title"));
        ctx.status(status).contentType("text/html; charset=utf-8").result("""
                <!doctype html>
                <html lang="%s">
                <head><meta charset="utf-8"><meta name="robots" content="noindex"><title>%s</title></head>
                <body>
                <h1>%s</h1>
                <p>%s</p>
                %s</body>
                </html>
                """.formatted(messages.text("lang"), title, title, Entities.escape(message), form));
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
