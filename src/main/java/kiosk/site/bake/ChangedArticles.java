package kiosk.site.bake;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import kiosk.catalog.Catalog;
import kiosk.catalog.SlugChanges;
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
     * The pages of the published articles the catalog's change set names as added or changed since the
     * previous plan's catalog, or none when there are more than {@link #MOST} or the previous plan is not
     * of that catalog (the update that follows then finds every changed page).
     * The previous plan must have been made under the catalog's site configuration.
     */
    static List<Page> pages(Catalog catalog, PagePlan previous) {
        PreviousArticles before = PreviousArticles.of(catalog, previous);
        SlugChanges articles = catalog.changes().articles();
        if (!before.any() || articles.added().size() + articles.changed().size() > MOST) {
            return List.of();
        }
        List<Article> changed = Stream.concat(articles.added().stream(), articles.changed().stream())
                .map(catalog::article).flatMap(Optional::stream).toList();
        Set<Article> shown = new LinkedHashSet<>(changed);
        changed.forEach(article -> shown.addAll(ArticlePages.relatedShown(article, catalog)));
        Views views = new Views(catalog, shown, before);
        return changed.stream()
                .map(article -> new Page(Location.of(article.url()).file(), ArticlePages.TEMPLATE,
                        ArticlePages.planned(article, catalog, views, null).page()))
                .toList();
    }
}
