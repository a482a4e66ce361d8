package kiosk.site.templates;

import java.util.List;

/**
 * One page of a section's, tag's or author's articles, newest first.
 *
 * @param kind    {@code section}, {@code tag} or {@code author}: templates label it and style by it
 * @param current the navigation entry to mark as current, or null
 */
public record ListPage(Head head, String kind, String title, String description, String current, List<Card> cards,
                       Pagination pagination) {

    public ListPage {
        cards = List.copyOf(cards);
    }
}
