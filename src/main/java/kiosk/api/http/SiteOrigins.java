package kiosk.api.http;

import io.javalin.http.Context;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kiosk.content.UrlPaths;

/**
 * The origins whose pages are the site's: site.yaml's {@code baseUrl}, the front ends allowed by CORS
 * (not {@code *}: any site may read the API, but only the site's pages count views and post the newsletter
 * signup form), and the server's own (the {@code Host} a request was sent to), where {@code kiosk serve}
 * serves the pages itself.
 */
final class SiteOrigins {

    private final Set<String> origins;

    SiteOrigins(URI baseUrl, List<String> corsOrigins) {
        this.origins = Stream.concat(Stream.of(UrlPaths.origin(baseUrl).toString()),
                        corsOrigins.stream().filter(origin -> !origin.equals("*")))
                .map(SiteOrigins::normalized).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Whether the request comes from a page of the site, by its {@code Origin} header, or its
     * {@code Referer}'s origin when it has none. Browsers send {@code Origin} with every POST (its
     * value is {@code null} from a sandboxed frame or a file); a request with neither header is not a
     * page's, and is not the site's.
     */
    boolean fromSitePage(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin == null) {
            String referer = ctx.header("Referer");
            origin = referer == null ? null : originOf(referer);
        }
        return origin != null && isSiteOrigin(ctx, origin);
    }

    /** Whether {@code origin} (an {@code Origin} header's value) is one of the site's or the server's own. */
    boolean isSiteOrigin(Context ctx, String origin) {
        if (origin.equals("null")) {
            return false;
        }
        String normalized = normalized(origin);
        String host = ctx.host();
        return origins.contains(normalized) || host != null && normalized.endsWith("://" + host.toLowerCase(Locale.ROOT));
    }

    private static String originOf(String url) {
        try {
            URI uri = URI.create(url);
            return uri.getScheme() == null || uri.getRawAuthority() == null ? null : UrlPaths.origin(uri).toString();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** {@code HTTPS://Example.jp:443/} and {@code https://example.jp} are one origin. */
    private static String normalized(String origin) {
        String lower = origin.toLowerCase(Locale.ROOT).replaceFirst("/+$", "");
        return lower.startsWith("https://") ? lower.replaceFirst(":443$", "") : lower.replaceFirst("^(http://.*):80$", "$1");
    }
}
