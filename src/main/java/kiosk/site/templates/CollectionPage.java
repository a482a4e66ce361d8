package kiosk.site.templates;

import java.util.List;

/**
 * One page of a topic collection: the articles its editor chose, then those its rule adds.
 *
 * @param image the collection's image, or null
 * @param feed  the collection's Atom feed
 */
public record CollectionPage(Head head, String title, String description, Picture image, List<Card> cards,
                             Pagination pagination, Link feed) {

    public CollectionPage {
        cards = List.copyOf(cards);
    }
}
