package kiosk.content;

import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * Site-wide settings from {@code content/site.yaml}.
 *
 * @param baseUrl always ends with a slash, so relative paths resolve under it
 * @param api     the origin of the Kiosk server whose API the site's script calls (view counts and
 *                rankings), such as {@code https://api.example.jp}, or null when site.yaml names none
 * @param newsletter the newsletter's settings, or null when the magazine has none (no signup form)
 * @param webhooks   endpoints that get a POST with each published snapshot's changes (read at start)
 */
public record SiteConfig(
        String title,
        URI baseUrl,
        String language,
        ZoneId timeZone,
        String description,
        String copyright,
        int pageSize,
        URI api,
        NewsletterConfig newsletter,
        List<URI> webhooks) {

    public static final String DEFAULT_LANGUAGE = "ja";
    public static final ZoneId DEFAULT_TIME_ZONE = ZoneId.of("Asia/Tokyo");
    public static final int DEFAULT_PAGE_SIZE = 10;

    public SiteConfig {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(timeZone, "timeZone");
        webhooks = List.copyOf(webhooks);
        if (!baseUrl.toString().endsWith("/")) {
            baseUrl = URI.create(baseUrl + "/");
        }
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be positive: " + pageSize);
        }
    }

    /** The settings used when {@code content/site.yaml} is absent. */
    public static SiteConfig defaults() {
        return new SiteConfig("Kiosk", URI.create("http://localhost:7070/"), DEFAULT_LANGUAGE,
                DEFAULT_TIME_ZONE, "", "", DEFAULT_PAGE_SIZE, null, null, List.of());
    }

    /** The absolute URL of a site path such as {@code /articles/x/}. */
    public String absoluteUrl(String path) {
        return baseUrl.resolve(path.startsWith("/") ? path.substring(1) : path).toString();
    }
}
