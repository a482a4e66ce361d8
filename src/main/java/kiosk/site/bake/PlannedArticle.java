package kiosk.site.bake;

import kiosk.content.Article;
import kiosk.site.templates.ArticlePage;
import kiosk.site.templates.Card;

/**
 * What a plan made of one article. The next plan reuses the card and the page of an article its
 * catalog's change set does not name (see {@link PreviousArticles}) instead of building them again:
 * most articles are unchanged by an edit, and their pages' models (JSON-LD included) are most of a
 * plan's work. Reused, they are the same instances, so comparing the two plans' pages is fast.
 *
 * @param page the article's page model
 */
record PlannedArticle(Article article, Card card, ArticlePage page) {
}
