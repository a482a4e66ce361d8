package kiosk.site.bake;

import java.util.Comparator;
import java.util.List;
import kiosk.catalog.Catalog;
import kiosk.content.Series;
import kiosk.content.TopicCollection;
import kiosk.site.templates.Promo;
import kiosk.site.templates.Promos;

/**
 * What the magazine promotes on its home page and beside every article: pinned topic collections,
 * running series and the special editions on sale. Every article page shows them, so their order must
 * not move with each new article (that would render every page again): collections go in slug order,
 * series by the day they started, newest first, special editions by their on-sale day, newest first.
 */
final class Promotions {

    /** Promotions of each kind: a side column's worth. */
    static final int EACH = 3;

    private Promotions() {
    }

    static Promos of(Catalog catalog, Pictures pictures) {
        List<Promo> collections = catalog.collections().stream().filter(TopicCollection::pinned)
                .sorted(Comparator.comparing(TopicCollection::slug)).limit(EACH)
                .map(collection -> new Promo("まとめ", collection.title(), collection.url(), pictures.of(collection.image()), null))
                .toList();
        List<Promo> series = catalog.runningSeries().stream()
                .sorted(Comparator.comparing((Series running) -> catalog.articlesInSeries(running.slug()).stream()
                                .map(part -> part.date().toInstant()).min(Comparator.naturalOrder()).orElseThrow())
                        .reversed().thenComparing(Series::slug))
                .limit(EACH)
                .map(running -> new Promo("連載", running.title(), running.url(), pictures.of(running.image()),
                        running.sponsor() == null ? null : running.sponsor().name()))
                .toList();
        List<Promo> specials = catalog.specialsOnSale().stream().limit(EACH)
                .map(special -> new Promo(special.kind().label(), special.title(), special.url(), pictures.of(special.cover()), null))
                .toList();
        return new Promos(collections, series, specials);
    }
}
