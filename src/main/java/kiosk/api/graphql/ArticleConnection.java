package kiosk.api.graphql;

import java.util.List;
import kiosk.content.Article;

/** A page of articles, as the schema's {@code ArticleConnection}. */
record ArticleConnection(List<ArticleEdge> edges, List<Article> nodes, PageInfo pageInfo, int totalCount) {
}
