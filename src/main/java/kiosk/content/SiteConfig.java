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
 * @param imageWidths the widths in pixels image variants are produced at ({@code images: widths:}), ascending
 * @param image      the sharing image of pages that have none of their own, or null
 * @param logo       the publisher's logo (structured data, the site's header), or null
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
        List<URI> webhooks,
        List<Integer> imageWidths,
        Image image,
        Image logo) {

    public static final String DEFAULT_LANGUAGE = "ja";
    public static final ZoneId DEFAULT_TIME_ZONE = ZoneId.of("Asia/Tokyo");
    public static final int DEFAULT_PAGE_SIZE = 10;
    /** Phones, tablets, laptops and large screens, at 1x and 2x. */
    public static final List<Integer> DEFAULT_IMAGE_WIDTHS = List.of(320, 640, 960, 1280, 1920);

    public SiteConfig {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(timeZone, "timeZone");
        webhooks = List.copyOf(webhooks);
        if (!baseUrl.toString().endsWith("/")) {
            baseUrl = URI.create(baseUrl + "/");
        }
        imageWidths = List.copyOf(imageWidths).stream().sorted().distinct().toList();
        if (imageWidths.isEmpty() || imageWidths.get(0) < 1) {
            throw new IllegalArgumentException("image widths must be positive: " + imageWidths);
        }
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be positive: " + pageSize);
        }
    }

    /** The settings used when {@code content/site.yaml} is absent. */
    public static SiteConfig defaults() {
        return new SiteConfig("Kiosk", URI.create("http://localhost:7070/"), DEFAULT_LANGUAGE,
                DEFAULT_TIME_ZONE, "", "", DEFAULT_PAGE_SIZE, null, null, List.of(),
                DEFAULT_IMAGE_WIDTHS, null, null);
    }

    /** The absolute URL of a site path such as {@code /articles/x/}. */
    public String absoluteUrl(String path) {
        return baseUrl.resolve(path.startsWith("/") ? path.substring(1) : path).toString();
    }
}
