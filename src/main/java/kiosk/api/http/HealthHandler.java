package kiosk.api.http;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import kiosk.api.graphql.ContentStatus;
import kiosk.catalog.Catalog;
import kiosk.catalog.CatalogHolder;
import kiosk.content.check.Problem;

/**
 * {@code GET /health}: that the server is up, whether it is {@code ok} or {@code degraded} (serving
 * older content than the folder holds, or unable to follow it) and which revision it serves; always
 * 200, since a degraded server still serves. What is wrong names draft files and values, so an editor
 * sending the preview token (header or cookie) sees it, as {@code kiosk check} prints it; nobody else.
 * A server that serves a site says whether it is {@code ready} or still {@code baking} its first bake
 * ({@code site}): the API answers meanwhile, the site's pages answer 503.
 */
final class HealthHandler {

    private final CatalogHolder catalogs;
    private final Supplier<ContentStatus> status;
    private final PreviewAccess access;
    /** Whether the site folder holds a complete site, or null when no site is served. */
    private final BooleanSupplier siteBaked;

    HealthHandler(CatalogHolder catalogs, Supplier<ContentStatus> status, PreviewAccess access,
                  BooleanSupplier siteBaked) {
        this.catalogs = catalogs;
        this.status = status;
        this.access = access;
        this.siteBaked = siteBaked;
    }

    void handle(Context ctx) {
        PreviewAccess.Viewer viewer = access.viewer(ctx);
        if (viewer == PreviewAccess.Viewer.REFUSED || viewer == PreviewAccess.Viewer.THROTTLED) {
            PreviewAccess.Refusal refusal = access.refusal(viewer);
            refusal.retryAfter(ctx);
            ctx.header("Cache-Control", "no-store");
            ctx.status(refusal.status()).json(Map.of("error", refusal.message()));
            return;
        }
        Catalog catalog = catalogs.get();
        ContentStatus reload = status.get();
        Map<String, Object> health = new LinkedHashMap<>();
        health.put("status", reload.degraded() ? "degraded" : "ok");
        health.put("revision", catalog.revision());
        if (siteBaked != null) {
            health.put("site", siteBaked.getAsBoolean() ? "ready" : "baking");
        }
        if (viewer == PreviewAccess.Viewer.EDITOR) {
            health.put("articles", catalog.articles().size());
            health.put("lastReload", reload.lastReload() == null ? null : reload.lastReload().toString());
            health.put("lastReloadOk", reload.ok());
            health.put("problems", reload.problems().stream().map(Problem::format).toList());
            health.put("reasons", reload.reasons());
        }
        ctx.header("Cache-Control", viewer == PreviewAccess.Viewer.EDITOR ? PreviewAccess.NO_STORE : "no-store");
        ctx.json(health);
    }
}
