package kiosk.site.templates;

import java.util.List;

/**
 * What every page shows around its own content: masthead, section navigation and footer.
 *
 * @param sections     the navigation, in the magazine's order
 * @param issues       the issue archive's URL
 * @param series       the index of series' URL
 * @param collections  the index of topic collections' URL
 * @param specials     the index of special editions' URL
 * @param feed         the site's Atom feed URL
 * @param assetVersion a hash of the assets; templates append it to asset URLs ({@code ?v=...}) so
 *                     browsers never keep a stale stylesheet
 * @param api          where the site's script sends views and asks for rankings: an origin such as
 *                     {@code https://api.example.jp}, empty for the site's own origin, or null for a site
 *                     without the API (no script, no ranking box)
 * @param newsletter   the newsletter's signup form, or null for a site without one (no newsletter in
 *                     site.yaml, or no API to post to)
 * @param liveReload   the path of the live-reload script every page loads ({@code kiosk serve --live-reload}),
 *                     or null: a baked site never has it
 */
public record SiteView(String title, String description, String language, String copyright, List<Link> sections,
                       String issues, String series, String collections, String specials, String feed,
                       String assetVersion, String api, NewsletterForm newsletter, String liveReload) {

    public SiteView {
        sections = List.copyOf(sections);
    }
}
