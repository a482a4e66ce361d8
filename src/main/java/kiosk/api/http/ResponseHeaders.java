package kiosk.api.http;

import io.javalin.http.Context;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Set;
import kiosk.content.UrlPaths;

/**
 * The headers every answer carries, set before any handler runs, so pages, static files, API answers
 * and error pages alike have them: browsers must not guess types ({@code nosniff}), nor show the
 * answer in another site's frame ({@code frame-ancestors 'none'}, and {@code X-Frame-Options} for old
 * browsers), and links out send only the origin as referrer (nothing from the preview, whose paths
 * name drafts). Each kind of answer gets the Content-Security-Policy it needs:
 *
 * <ul>
 *   <li>the site: its own scripts, styles and fonts only (no inline script: the baked pages have none,
 *       the JSON-LD block is data), images from anywhere over HTTPS (article bodies may show them),
 *       fetches and beacons to itself and to the API origin of site.yaml's {@code api}, forms posted
 *       to the same;
 *   <li>the API ({@code /graphql}, {@code /health}, {@code /api/...}): nothing, as JSON never renders;
 *   <li>GraphiQL: its own scripts, and the inline styles and {@code data:} fonts and images of its
 *       vendored page and stylesheet.
 * </ul>
 *
 * <p>With CORS on, every answer varies by {@code Origin}, even one to a request without it: a shared
 * cache must not give an answer without CORS headers to a browser on another origin.
 */
final class ResponseHeaders {

    static final String VARY = "Vary";
    private static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";
    private static final String GRAPHIQL_POLICY = "default-src 'self'; script-src 'self';"
            + " style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self';"
            + " object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private final String sitePolicy;
    private final boolean cors;

    /**
     * @param siteApi the API origin the site's pages call (site.yaml's {@code api}), or null for their own
     * @param cors    whether answers carry CORS headers for some origins
     */
    ResponseHeaders(URI siteApi, boolean cors) {
        String api = siteApi == null ? "" : " " + UrlPaths.origin(siteApi);
        this.sitePolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https:;"
                + " connect-src 'self'" + api + "; object-src 'none'; base-uri 'none'; form-action 'self'" + api
                + "; frame-ancestors 'none'";
        this.cors = cors;
    }

    void set(Context ctx) {
        String path = ctx.path();
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", path.startsWith(Preview.ROOT) ? "no-referrer" : "strict-origin-when-cross-origin");
        ctx.header("Content-Security-Policy", api(path) ? API_POLICY
                : path.startsWith("/graphiql") ? GRAPHIQL_POLICY : sitePolicy);
        if (cors) {
            vary(ctx, "Origin");
        }
    }

    static boolean api(String path) {
        return path.equals("/graphql") || path.equals("/health") || path.startsWith("/api/");
    }

    /** Adds {@code header} to the answer's {@code Vary}, keeping what is there (the CORS plugin sets it too). */
    static void vary(Context ctx, String header) {
        Set<String> varied = new LinkedHashSet<>();
        String current = ctx.res().getHeader(VARY);
        if (current != null) {
            for (String name : current.split(",")) {
                if (!name.isBlank()) {
                    varied.add(name.strip());
                }
            }
        }
        varied.add(header);
        ctx.header(VARY, String.join(", ", varied));
    }
}
