package kiosk.site.bake;

import java.util.List;
import kiosk.catalog.Catalog;
import kiosk.content.TopicCollection;
import kiosk.site.templates.CollectionCard;
import kiosk.site.templates.CollectionIndexPage;
import kiosk.site.templates.CollectionPage;
import kiosk.site.templates.Link;

/**
 * Each topic collection with a published article at {@code /collections/<slug>/} (later pages at
 * {@code .../page/<n>/}), its articles in the collection's order; and the index at {@code /collections/}.
 */
final class CollectionPages {

    static final String INDEX_URL = "/collections/";

    private CollectionPages() {
    }

    static void addTo(PlanBuilder plan, Catalog catalog, Views views) {
        for (TopicCollection collection : catalog.collections()) {
            Link feed = new Link(collection.title(), Feeds.feedUrl(collection.url()));
            String jsonLd = JsonLd.collection(collection, views);
            ListPages.paginate(plan, views, Location.of(collection.url()), catalog.articlesInCollection(collection.slug()),
                    "collection.ftl", (number, cards, pagination, location) -> new CollectionPage(
                            views.head(ListPages.pageTitle(collection.title(), number), collection.description(),
                                    location.url(), feed, collection.image(), number == 1 ? jsonLd : null),
                            collection.title(), collection.description(), views.pictures().of(collection.image()), cards,
                            pagination, feed));
        }
        List<CollectionCard> cards = catalog.collections().stream()
                .map(collection -> new CollectionCard(collection.title(), collection.url(), collection.description(),
                        views.pictures().of(collection.image()), collection.pinned(), catalog.articlesInCollection(collection.slug()).size()))
                .toList();
        plan.html(Location.of(INDEX_URL), "collections.ftl",
                new CollectionIndexPage(views.head("まとめ", "", INDEX_URL, null), cards), null);
    }
}
