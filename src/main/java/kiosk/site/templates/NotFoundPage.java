package kiosk.site.templates;

import java.util.List;

/** The 404 page: an apology and the latest articles to go on with. */
public record NotFoundPage(Head head, List<Card> latest) {

    public NotFoundPage {
        latest = List.copyOf(latest);
    }
}
