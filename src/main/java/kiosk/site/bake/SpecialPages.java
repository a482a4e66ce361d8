package kiosk.site.bake;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import kiosk.catalog.Catalog;
import kiosk.content.SpecialEdition;
import kiosk.site.templates.Link;
import kiosk.site.templates.SpecialCard;
import kiosk.site.templates.SpecialIndexPage;
import kiosk.site.templates.SpecialPage;

/**
 * One page per special edition from its on-sale day at {@code /specials/<slug>/}, 「好評発売中」 while on
 * sale; and the index of all of them at {@code /specials/}.
 */
final class SpecialPages {

    static final String INDEX_URL = "/specials/";

    private SpecialPages() {
    }

    static void addTo(PlanBuilder plan, Catalog catalog, Views views) {
        LocalDate today = catalog.today();
        for (SpecialEdition special : catalog.specials()) {
            List<SpecialPage.ContentsLine> contents = special.contents().stream()
                    .map(entry -> new SpecialPage.ContentsLine(entry.title(), entry.page() == 0 ? null : "p." + entry.page(),
                            entry.articleSlug() == null ? null
                                    : catalog.article(entry.articleSlug()).map(article -> article.url()).orElse(null)))
                    .toList();
            SpecialPage page = new SpecialPage(views.head(special.title(), special.description(), special.url(), null,
                    special.cover(), JsonLd.special(special, today, views)), card(special, today, views),
                    special.offSale() == null ? null : views.dates().date(special.offSale()), special.description(),
                    special.isbn(), special.jan(), contents,
                    special.purchase().stream().map(link -> new Link(link.label(), link.url())).toList());
            plan.html(Location.of(special.url()), "special.ftl", page,
                    special.onSale().atStartOfDay(views.site().timeZone()).toOffsetDateTime());
        }
        plan.html(Location.of(INDEX_URL), "specials.ftl", new SpecialIndexPage(views.head("別冊・MOOK", "", INDEX_URL, null),
                catalog.specials().stream().map(special -> card(special, today, views)).toList()), null);
    }

    static SpecialCard card(SpecialEdition special, LocalDate today, Views views) {
        return new SpecialCard(special.title(), special.url(), special.kind().label(), views.pictures().of(special.cover()),
                views.dates().date(special.onSale()), special.onSaleOn(today), price(special.price()));
    }

    /** 「1,650円（税込）」. */
    static String price(int yen) {
        return String.format(Locale.ROOT, "%,d円（税込）", yen);
    }
}
