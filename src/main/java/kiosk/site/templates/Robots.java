package kiosk.site.templates;

/** {@code robots.txt}: crawlers are welcome and told where the sitemap is. */
public record Robots(String sitemap) {
}
