package kiosk.site.templates;

/**
 * A page's {@code <head>}: title, description, canonical URL, OpenGraph and structured data.
 *
 * @param title     the document title, site name included
 * @param canonical absolute URL of the page
 * @param type      the OpenGraph type: {@code website} or {@code article}
 * @param image     absolute URL of the sharing image, or null
 * @param jsonLd    JSON-LD to embed as is (already safe inside a script element), or null
 * @param feed      the Atom feed that belongs to this page, or null for the site's feed only
 * @param preload   the image seen first (an article's lead photo), which the browser fetches before it
 *                  lays the page out, or null
 */
public record Head(String title, String description, String canonical, String type, String image, String jsonLd,
                   Link feed, Picture preload) {
}
