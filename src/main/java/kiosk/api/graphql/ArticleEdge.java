package kiosk.api.graphql;

import kiosk.content.Article;

/**
 * An article and its cursor, as the schema's {@code ArticleEdge}.
 *
 * @param searchQuery the query of the search that found the article, for its snippet; null outside search
 */
record ArticleEdge(String cursor, Article node, String searchQuery) {
}
