package kiosk.site.bake;

import java.util.List;
import kiosk.catalog.Catalog;
import kiosk.content.Article;
import kiosk.site.templates.ArticlePage;
import kiosk.site.templates.Head;

/** One page per published article, at {@code /articles/<slug>/}. */
final class ArticlePages {

    /** How many related articles an article page links to (「あわせて読みたい」). */
    static final int RELATED_LINKS = 5;

    private ArticlePages() {
    }

    /** Builds the models in parallel (JSON-LD and cards are the work), then adds them in catalog order. */
    static void addTo(PlanBuilder plan, Catalog catalog, Views views) {
        List<ArticlePage> models = catalog.articles().parallelStream()
                .map(article -> page(article, catalog, views)).toList();
        for (int i = 0; i < models.size(); i++) {
            Article article = catalog.articles().get(i);
            plan.html(Location.of(article.url()), "article.ftl", models.get(i),
                    Views.lastModified(article));
        }
    }

    static ArticlePage page(Article article, Catalog catalog, Views views) {
        String image = article.image() == null ? null : views.absolute(article.image().src());
        Head head = new Head(article.title() + " | " + views.site().title(), article.summary(),
                views.absolute(article.url()), "article", image, JsonLd.newsArticle(article, views), null);
        List<Article> related = catalog.related(article.slug());
        return new ArticlePage(head, article.title(), article.summary(), Views.link(article.section()),
                views.dates().dateTime(article.date()),
                article.updated() == null ? null : views.dates().dateTime(article.updated()),
                article.dateline(), article.authors().stream().map(Views::link).toList(), article.source(),
                article.image(), article.body().html(), article.body().readingTimeMinutes(),
                article.tags().stream().map(Views::link).toList(),
                article.issue() == null ? null : Views.link(article.issue()),
                views.cards(related.subList(0, Math.min(RELATED_LINKS, related.size()))),
                article.breaking());
    }
}
