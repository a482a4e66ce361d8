package kiosk.site.bake;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kiosk.catalog.Catalog;
import kiosk.content.Article;

/**
 * The pages of the few articles an edit changed, planned alone so that an update can write them before
 * planning the whole site: the editor waits for the article's own page, and planning and comparing all
 * 13,332 pages of 10,000 articles to find the list pages that changed takes longer than everything
 * else an edit costs. The models are what the full plan makes of these articles (the same code, the
 * same previous plan to reuse from), so the update that follows renders the same bytes and writes
 * nothing twice.
 */
final class ChangedArticles {

    /**
     * More changed articles than this (a git pull) wait for the update: each is rendered twice, and
     * nobody waits for one of hundreds in particular.
     */
    static final int MOST = 8;

    private ChangedArticles() {
    }

    /**
     * The pages of the published articles that differ from those the previous plan was made of, or
     * none when there are more than {@link #MOST}.
     * The previous plan must have been made under the catalog's site configuration.
     */
    static List<Page> pages(Catalog catalog, PagePlan previous) {
        Map<String, PlannedArticle> before = previous.articles();
        List<Article> changed = new ArrayList<>();
        for (Article article : catalog.articles()) {
            PlannedArticle planned = before.get(article.slug());
            // a reload keeps unchanged articles' instances: the identity check decides almost all
            if (planned == null || planned.article() != article && !planned.article().equals(article)) {
                if (changed.size() == MOST) {
                    return List.of();
                }
                changed.add(article);
            }
        }
        Set<Article> shown = new LinkedHashSet<>(changed);
        changed.forEach(article -> shown.addAll(ArticlePages.relatedShown(article, catalog)));
        Views views = new Views(catalog, shown, before);
        return changed.stream()
                .map(article -> new Page(Location.of(article.url()).file(), ArticlePages.TEMPLATE,
                        ArticlePages.planned(article, catalog, views, before.get(article.slug())).page()))
                .toList();
    }
}
