package kiosk.api.graphql;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import kiosk.catalog.Catalog;
import kiosk.content.Article;

/**
 * The structured bodies of recently asked articles. A tree is read from the article's sanitised
 * HTML when first asked for (about 0.1 ms for a long article), not when loading: most clients never
 * ask, and the snapshot stays as small as it was. Keys are the article records themselves, compared
 * by identity, so an edited article, which is a new record, gets a new tree.
 */
final class BodyTrees {

    /** Trees kept: a few pages of long articles, a few megabytes. */
    private static final int MAX_TREES = 1_000;

    private final Cache<Article, BodyTree> trees = Caffeine.newBuilder().weakKeys().maximumSize(MAX_TREES).build();

    BodyTree of(Article article, Catalog catalog) {
        return trees.get(article, key -> BodyTree.of(key.body().html(), key.url(), catalog.site().baseUrl()));
    }
}
