package kiosk.api.graphql;

import kiosk.content.Article;

/** An article and its cursor, as the schema's {@code ArticleEdge}. */
record ArticleEdge(String cursor, Article node) {
}
