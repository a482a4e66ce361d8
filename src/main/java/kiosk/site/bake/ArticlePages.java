package kiosk.site.bake;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kiosk.catalog.Catalog;
import kiosk.content.Article;
import kiosk.site.templates.ArticlePage;
import kiosk.site.templates.Card;
import kiosk.site.templates.Head;

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
     * @param previous what the previous plan made of each article, by slug, or empty
     * @return what this plan made of each article, by slug
     */
    static Map<String, PlannedArticle> addTo(PlanBuilder plan, Catalog catalog, Views views,
                                             Map<String, PlannedArticle> previous) {
        List<PlannedArticle> planned = catalog.articles().parallelStream()
                .map(article -> planned(article, catalog, views, previous.get(article.slug()))).toList();
        Map<String, PlannedArticle> bySlug = new HashMap<>();
        for (PlannedArticle article : planned) {
            plan.html(Location.of(article.article().url()), TEMPLATE, article.page(),
                    Views.lastModified(article.article()));
            bySlug.put(article.article().slug(), article);
        }
        return bySlug;
    }

    /** What a plan makes of one article; {@code views} must hold the cards of it and of {@link #relatedShown}. */
    static PlannedArticle planned(Article article, Catalog catalog, Views views, PlannedArticle before) {
        List<Card> related = views.cards(relatedShown(article, catalog));
        ArticlePage page = before != null && before.article().equals(article) && before.page().related().equals(related)
                ? before.page() : page(article, views, related);
        return new PlannedArticle(article, views.card(article), page);
    }

    /** The related articles the page links to. */
    static List<Article> relatedShown(Article article, Catalog catalog) {
        List<Article> related = catalog.related(article.slug());
        return related.subList(0, Math.min(RELATED_LINKS, related.size()));
    }

    private static ArticlePage page(Article article, Views views, List<Card> related) {
        String image = article.image() == null ? null : views.absolute(article.image().src());
        Head head = new Head(article.title() + " | " + views.site().title(), article.summary(),
                views.absolute(article.url()), "article", image, JsonLd.newsArticle(article, views), null);
        return new ArticlePage(head, article.title(), article.summary(), Views.link(article.section()),
                views.dates().dateTime(article.date()),
                article.updated() == null ? null : views.dates().dateTime(article.updated()),
                article.dateline(), article.authors().stream().map(Views::link).toList(), article.source(),
                article.image(), article.body().html(), article.body().readingTimeMinutes(),
                article.tags().stream().map(Views::link).toList(),
                article.issue() == null ? null : Views.link(article.issue()),
                related, article.breaking());
    }
}
