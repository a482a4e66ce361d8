package kiosk.site.templates;


/**
 * A series in the index of series.
 *
 * @param image   the series' image, or null
 * @param sponsor who pays for a sponsored series, labelled 「PR」; null otherwise
 * @param parts   how many parts are published
 * @param latest  the newest published part
 */
public record SeriesCard(String title, String url, String description, Picture image, String sponsor, boolean running,
                         int parts, Link latest) {
}
