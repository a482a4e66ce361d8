package kiosk.site.templates;

/**
 * A print issue as lists and its own page show it.
 *
 * @param onSale     the sale date, or null
 * @param cover      the cover's image, or null
 * @param coverStory the cover feature's article, or null when none is published
 */
public record IssueCard(String title, String url, int number, Moment date, Moment onSale, String summary,
                        String coverTitle, Picture cover, Card coverStory) {
}
