package kiosk.api.http;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import kiosk.api.graphql.ContentStatus;
import kiosk.catalog.Catalog;
import kiosk.content.check.Problem;
import kiosk.catalog.CatalogHolder;

/** {@code GET /health}: that the server is up, and which snapshot it serves. */
final class HealthHandler {

    private final CatalogHolder catalogs;
    private final Supplier<ContentStatus> status;
    /** Whether the site folder holds a complete site, or null when no site is served. */
    private final BooleanSupplier siteBaked;

    HealthHandler(CatalogHolder catalogs, Supplier<ContentStatus> status, BooleanSupplier siteBaked) {
        this.catalogs = catalogs;
        this.status = status;
        this.siteBaked = siteBaked;
    }

    void handle(Context ctx) {
        Catalog catalog = catalogs.get();
        Map<String, Object> health = new LinkedHashMap<>();
        health.put("status", "up");
        health.put("revision", catalog.revision());
        health.put("articles", catalog.articles().size());
        if (siteBaked != null) {
            health.put("site", siteBaked.getAsBoolean() ? "ready" : "baking");
        }
        ContentStatus reload = status.get();
        if (reload.lastReload() != null) {
            health.put("lastReload", reload.lastReload().toString());
            health.put("lastReloadOk", reload.ok());
            health.put("problems", reload.problems().stream().map(Problem::format).toList());
        }
        ctx.header("Cache-Control", "no-store");
        ctx.json(health);
    }
}
