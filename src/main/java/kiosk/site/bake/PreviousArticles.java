package kiosk.site.bake;

import java.util.Map;
import java.util.Set;
import kiosk.catalog.Catalog;
import kiosk.catalog.ChangeSet;
import kiosk.content.Article;

/**
 * What the previous plan made of each article, and which articles changed since, as the catalog's
 * {@link ChangeSet} says: an update takes an unchanged article's card and page from the previous plan
 * rather than building them again. Only a plan made of the catalog the change set starts from can be
 * taken from (after a failed re-bake it is older); from another, or after a change of everything, nothing
 * is taken.
 *
 * @param bySlug  what the previous plan made of each article
 * @param changed the articles added, changed or removed since
 */
record PreviousArticles(Map<String, PlannedArticle> bySlug, Set<String> changed) {

    static final PreviousArticles NONE = new PreviousArticles(Map.of(), Set.of());

    /** @param previous the last bake's plan, or null */
    static PreviousArticles of(Catalog catalog, PagePlan previous) {
        ChangeSet changes = catalog.changes();
        // the change set names the articles whose images' variants changed: the others' pages stay as they were
        boolean inStep = previous != null && !changes.everything() && previous.config().equals(catalog.site())
                && previous.revision().equals(changes.since());
        return inStep ? new PreviousArticles(previous.articles(), changes.articles().touched()) : NONE;
    }

    /** Whether there is a previous plan to take from. */
    boolean any() {
        return !bySlug.isEmpty();
    }

    /** What the previous plan made of {@code article} when it has not changed since, else null. */
    PlannedArticle unchanged(Article article) {
        return changed.contains(article.slug()) ? null : bySlug.get(article.slug());
    }
}
