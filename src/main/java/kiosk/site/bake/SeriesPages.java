package kiosk.site.bake;

import java.util.ArrayList;
import java.util.List;
import kiosk.catalog.Catalog;
import kiosk.catalog.CatalogBuilder;
import kiosk.content.Article;
import kiosk.content.Season;
import kiosk.content.Series;
import kiosk.content.SeriesPart;
import kiosk.site.templates.Link;
import kiosk.site.templates.SeriesCard;
import kiosk.site.templates.SeriesIndexPage;
import kiosk.site.templates.SeriesPage;

/**
 * One page per series with a published part at {@code /series/<slug>/}: its seasons as chapters and
 * their parts in order; and the index of all of them at {@code /series/}.
 */
final class SeriesPages {

    static final String INDEX_URL = "/series/";

    private SeriesPages() {
    }

    static void addTo(PlanBuilder plan, Catalog catalog, Views views) {
        List<SeriesCard> cards = new ArrayList<>();
        for (Series series : catalog.series()) {
            List<Article> parts = catalog.articlesInSeries(series.slug());
            Article latest = parts.stream().min(CatalogBuilder.NEWEST_FIRST).orElseThrow();
            boolean running = series.runningOn(catalog.today());
            Link feed = new Link(series.title(), Feeds.feedUrl(series.url()));
            SeriesPage page = new SeriesPage(views.head(series.title(), series.description(), series.url(), feed,
                    series.image(), JsonLd.series(series, parts, views)), series.title(), series.description(),
                    views.pictures().of(series.image()), series.sponsor(), running, chapters(series, parts, views), feed);
            plan.html(Location.of(series.url()), "series.ftl", page, Views.lastModified(parts));
            cards.add(new SeriesCard(series.title(), series.url(), series.description(),
                    views.pictures().of(series.image()), series.sponsor() == null ? null : series.sponsor().name(), running, parts.size(), Views.link(latest)));
        }
        plan.html(Location.of(INDEX_URL), "series-index.ftl",
                new SeriesIndexPage(views.head("連載", "", INDEX_URL, null), cards), null);
    }

    /** The seasons that have a published part, in order; a series without seasons is one chapter. */
    private static List<SeriesPage.Chapter> chapters(Series series, List<Article> parts, Views views) {
        if (series.seasons().isEmpty()) {
            return List.of(new SeriesPage.Chapter(null, "", parts(parts, views)));
        }
        List<SeriesPage.Chapter> chapters = new ArrayList<>();
        for (Season season : series.seasons()) {
            List<Article> inSeason = parts.stream().filter(part -> part.series().season() == season.number()).toList();
            if (!inSeason.isEmpty()) {
                chapters.add(new SeriesPage.Chapter(seasonName(season), period(season, views), parts(inSeason, views)));
            }
        }
        return chapters;
    }

    private static List<SeriesPage.Part> parts(List<Article> parts, Views views) {
        return parts.stream().map(part -> new SeriesPage.Part(partName(part.series()), views.card(part))).toList();
    }

    /** 「2026年10月1日〜2026年10月31日」, 「2026年11月1日〜」, or empty without dates. */
    private static String period(Season season, Views views) {
        if (season.start() == null && season.end() == null) {
            return "";
        }
        return (season.start() == null ? "" : views.dates().date(season.start()).display()) + "〜"
                + (season.end() == null ? "" : views.dates().date(season.end()).display());
    }

    /** 「シーズン2　山あいの暮らし」. */
    static String seasonName(Season season) {
        return "シーズン" + season.number() + "　" + season.title();
    }

    /** 「第3回」. */
    static String partName(SeriesPart part) {
        return "第" + part.part() + "回";
    }
}
