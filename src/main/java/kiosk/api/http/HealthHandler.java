package kiosk.api.http;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import kiosk.catalog.Catalog;
import kiosk.catalog.CatalogHolder;

/** {@code GET /health}: that the server is up, and which snapshot it serves. */
final class HealthHandler {

    private final CatalogHolder catalogs;

    HealthHandler(CatalogHolder catalogs) {
        this.catalogs = catalogs;
    }

    void handle(Context ctx) {
        Catalog catalog = catalogs.get();
        Map<String, Object> health = new LinkedHashMap<>();
        health.put("status", "up");
        health.put("revision", catalog.revision());
        health.put("articles", catalog.articles().size());
        ctx.header("Cache-Control", "no-store");
        ctx.json(health);
    }
}
