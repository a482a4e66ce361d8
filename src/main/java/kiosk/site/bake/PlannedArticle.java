package kiosk.site.bake;

import kiosk.content.Article;
import kiosk.site.templates.ArticlePage;
import kiosk.site.templates.Card;

/**
 * What a plan made of one article. The next plan reuses the card and the page of an article equal to
 * this one (under the same site configuration) instead of building them again: most articles are
 * unchanged by an edit, and their pages' models (JSON-LD included) are most of a plan's work. Reused,
 * they are the same instances, so comparing the two plans' pages is mostly identity checks.
 *
 * @param page the article's page model
 */
record PlannedArticle(Article article, Card card, ArticlePage page) {
}
