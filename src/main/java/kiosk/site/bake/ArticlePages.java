package kiosk.site.bake;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import kiosk.catalog.Catalog;
import kiosk.content.Article;
import kiosk.content.SeriesPart;
import kiosk.site.templates.ArticlePage;
import kiosk.site.templates.Card;
import kiosk.site.templates.Head;
import kiosk.site.templates.Link;
import kiosk.site.templates.Picture;
import kiosk.site.templates.SeriesBox;

/** One page per published article, at {@code /articles/<slug>/}. */
final class ArticlePages {

    /** How many related articles an article page links to (「あわせて読みたい」). */
    static final int RELATED_LINKS = 5;
    static final String TEMPLATE = "article.ftl";

    private ArticlePages() {
    }

    /**
     * Builds the models in parallel (JSON-LD and cards are the work), reusing the previous plan's for an
     * unchanged article whose related cards are the same, then adds them in catalog order.
     *
     * @param previous what the previous plan made of each article
     * @return what this plan made of each article, by slug
     */
    static Map<String, PlannedArticle> addTo(PlanBuilder plan, Catalog catalog, Views views,
                                             PreviousArticles previous) {
        List<PlannedArticle> planned = catalog.articles().parallelStream()
                .map(article -> planned(article, catalog, views, previous.unchanged(article))).toList();
        Map<String, PlannedArticle> bySlug = new HashMap<>();
        for (PlannedArticle article : planned) {
            plan.html(Location.of(article.article().url()), TEMPLATE, article.page(),
                    Views.lastModified(article.article()));
            bySlug.put(article.article().slug(), article);
        }
        return bySlug;
    }

    /**
     * What a plan makes of one article; {@code views} must hold the cards of it and of {@link #relatedShown}.
     * The previous plan's page is kept when the article is unchanged and what its page shows of the rest
     * of the catalog (related articles, neighbouring parts, promotions) is the same.
     *
     * @param before what the previous plan made of the article when the change set does not name it, or null
     */
    static PlannedArticle planned(Article article, Catalog catalog, Views views, PlannedArticle before) {
        List<Card> related = views.cards(relatedShown(article, catalog));
        SeriesBox series = seriesBox(article, catalog);
        ArticlePage page = before != null && before.page().related().equals(related)
                && Objects.equals(before.page().series(), series) && before.page().promos().equals(views.promos())
                ? before.page() : page(article, views, related, series);
        return new PlannedArticle(article, views.card(article), page);
    }

    /** The related articles the page links to. */
    static List<Article> relatedShown(Article article, Catalog catalog) {
        List<Article> related = catalog.related(article.slug());
        return related.subList(0, Math.min(RELATED_LINKS, related.size()));
    }

    /** 「連載 日本再発見 シーズン2 山あいの暮らし 第3回」 and the published parts either side; null outside a series. */
    static SeriesBox seriesBox(Article article, Catalog catalog) {
        SeriesPart part = article.series();
        if (part == null) {
            return null;
        }
        String season = part.seasonInSeries().map(SeriesPages::seasonName).orElse(null);
        return new SeriesBox(new Link(part.series().title(), part.series().url()), season, SeriesPages.partName(part),
                catalog.previousPart(article).map(Views::link).orElse(null),
                catalog.nextPart(article).map(Views::link).orElse(null));
    }

    private static ArticlePage page(Article article, Views views, List<Card> related, SeriesBox series) {
        Picture lead = views.pictures().of(article.image());
        Head head = new Head(article.title() + " | " + views.site().title(), article.summary(),
                views.absolute(article.url()), "article", views.shareImage(article.image()),
                JsonLd.newsArticle(article, views), null, lead);
        return new ArticlePage(head, article.title(), article.summary(), Views.link(article.section()),
                views.dates().dateTime(article.date()),
                article.updated() == null ? null : views.dates().dateTime(article.updated()),
                article.dateline(), article.authors().stream().map(Views::link).toList(), article.source(),
                lead, views.pictures().inBody(article.body().html()), article.body().readingTimeMinutes(),
                article.tags().stream().map(Views::link).toList(),
                article.issue() == null ? null : Views.link(article.issue()),
                related, article.breaking(), series, article.sponsor(), views.promos());
    }
}
