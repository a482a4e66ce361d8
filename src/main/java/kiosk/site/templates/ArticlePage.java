package kiosk.site.templates;

import java.util.List;
import kiosk.content.Sponsor;

/**
 * One article.
 *
 * @param updated  the last update, or null
 * @param dateline where it was reported from, or null
 * @param source   the wire agency it came from, or null
 * @param image    the lead photo, or null
 * @param bodyHtml sanitised when the content was loaded, so templates insert it unescaped
 * @param issue    the print issue it ran in, or null
 * @param related  「あわせて読みたい」, best first
 * @param series   where it stands in its series, or null
 * @param sponsor  who paid for it, or null for the magazine's own: the page then says 「PR」 and names them
 * @param promos   what the magazine promotes beside every article
 */
public record ArticlePage(Head head, String title, String summary, Link section, Moment published, Moment updated,
                          String dateline, List<Link> authors, String source, Picture image, String bodyHtml,
                          int readingMinutes, List<Link> tags, Link issue, List<Card> related, boolean breaking,
                          SeriesBox series, Sponsor sponsor, Promos promos) {

    public ArticlePage {
        authors = List.copyOf(authors);
        tags = List.copyOf(tags);
        related = List.copyOf(related);
    }
}
