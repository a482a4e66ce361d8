package kiosk.site.templates;

import java.util.List;

/** Every topic collection with a published article, pinned ones first. */
public record CollectionIndexPage(Head head, List<CollectionCard> collections) {

    public CollectionIndexPage {
        collections = List.copyOf(collections);
    }
}
