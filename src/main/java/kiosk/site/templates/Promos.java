package kiosk.site.templates;

import java.util.List;

/**
 * The promotions of the home page and every article's side column. They hold titles, links and
 * images only, nothing that changes with each new article, so that an article's page is rendered
 * again only when what it promotes does.
 *
 * @param collections pinned topic collections
 * @param series      running series, the one with the newest part first
 * @param specials    special editions on sale: 「好評発売中」
 */
public record Promos(List<Promo> collections, List<Promo> series, List<Promo> specials) {

    public Promos {
        collections = List.copyOf(collections);
        series = List.copyOf(series);
        specials = List.copyOf(specials);
    }
}
