package kiosk.site.templates;


/**
 * An article in a list: home page, section, tag, author and issue pages, related links.
 *
 * @param byline  the authors' names, joined
 * @param image   the lead photo, or null
 * @param sponsor who paid for a sponsored article, which every list labels 「PR」; null for the magazine's own
 */
public record Card(String title, String url, String summary, Link section, Moment published, String byline,
                   Picture image, boolean breaking, String sponsor) {
}
