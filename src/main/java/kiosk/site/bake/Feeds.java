package kiosk.site.bake;

import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import kiosk.catalog.Catalog;
import kiosk.catalog.CatalogBuilder;
import kiosk.content.Article;
import kiosk.content.Author;
import kiosk.content.Section;
import kiosk.content.Series;
import kiosk.content.TopicCollection;
import kiosk.site.templates.Feed;

/**
 * Atom feeds: the whole site's at {@code /feed.xml}, and one beside each section, series and topic
 * collection page ({@code /sections/<slug>/feed.xml}, {@code /series/<slug>/feed.xml},
 * {@code /collections/<slug>/feed.xml}), newest first.
 */
final class Feeds {

    static final String SITE_FEED_URL = "/feed.xml";
    /** Entries per feed: a week's worth for a weekly, and what feed readers poll comfortably. */
    static final int ENTRIES = 20;

    private Feeds() {
    }

    static String sectionFeedUrl(Section section) {
        return feedUrl(section.url());
    }

    /** The feed that belongs to the page at {@code pageUrl}. */
    static String feedUrl(String pageUrl) {
        return pageUrl + "feed.xml";
    }

    static void addTo(PlanBuilder plan, Catalog catalog, Views views) {
        String title = views.site().title();
        plan.file(SITE_FEED_URL.substring(1), "feed.ftl",
                feed(title, views.site().description(), SITE_FEED_URL, "/", catalog.articles(), catalog, views));
        for (Section section : catalog.sections()) {
            add(plan, section.name() + " | " + title, section.description(), section.url(),
                    catalog.articlesInSection(section.slug()), catalog, views);
        }
        for (Series series : catalog.series()) {
            add(plan, series.title() + " | " + title, series.description(), series.url(),
                    newestFirst(catalog.articlesInSeries(series.slug())), catalog, views);
        }
        for (TopicCollection collection : catalog.collections()) {
            add(plan, collection.title() + " | " + title, collection.description(), collection.url(),
                    newestFirst(catalog.articlesInCollection(collection.slug())), catalog, views);
        }
    }

    /** The feed of the page at {@code pageUrl}. */
    private static void add(PlanBuilder plan, String title, String subtitle, String pageUrl, List<Article> articles,
                            Catalog catalog, Views views) {
        String url = feedUrl(pageUrl);
        plan.file(url.substring(1), "feed.ftl", feed(title, subtitle, url, pageUrl, articles, catalog, views));
    }

    private static List<Article> newestFirst(List<Article> articles) {
        return articles.stream().sorted(CatalogBuilder.NEWEST_FIRST).toList();
    }

    private static Feed feed(String title, String subtitle, String url, String alternate, List<Article> articles,
                             Catalog catalog, Views views) {
        List<Article> latest = articles.subList(0, Math.min(ENTRIES, articles.size()));
        String updated = latest.stream().map(Views::lastModified)
                .max(Comparator.comparing(time -> time.toInstant()))
                .map(views.dates()::iso)
                .orElseGet(() -> views.dates().iso(catalog.asOf().atOffset(ZoneOffset.UTC)));
        return new Feed(title, subtitle, views.absolute(url), views.absolute(alternate), updated,
                views.site().copyright(), latest.stream().map(article -> entry(article, views)).toList());
    }

    private static Feed.Entry entry(Article article, Views views) {
        return new Feed.Entry(article.title(), views.absolute(article.url()), views.dates().iso(article.date()),
                views.dates().iso(Views.lastModified(article)), article.summary(),
                article.authors().stream().map(Author::name).toList(), article.section().name(), article.isSponsored());
    }
}
