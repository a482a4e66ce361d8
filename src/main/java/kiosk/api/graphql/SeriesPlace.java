package kiosk.api.graphql;

import kiosk.content.Article;

/**
 * The schema's {@code SeriesPart}: an article's place in its series. It holds the article, whose
 * previous and next parts depend on what the request's catalog publishes.
 */
record SeriesPlace(Article article) {
}
