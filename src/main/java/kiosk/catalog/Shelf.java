package kiosk.catalog;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import kiosk.content.Article;

/**
 * Things a catalog shows once they hold a visible article (series, topic collections), in order, each
 * with its articles.
 *
 * @param <T> what is shelved
 */
final class Shelf<T> {

    private final List<T> items;
    private final Map<String, T> bySlug = new HashMap<>();
    private final Map<String, List<Article>> articles;

    /**
     * @param all      everything of the kind, shown or not
     * @param articles each one's visible articles, by slug; those without any are left out
     * @param order    the order of what is shown; it ends on the slug
     */
    Shelf(List<T> all, Function<T, String> slug, Map<String, List<Article>> articles, Comparator<T> order) {
        this.articles = Map.copyOf(articles);
        this.items = all.stream().filter(item -> articles.containsKey(slug.apply(item)))
                .sorted(order.thenComparing(slug)).toList();
        items.forEach(item -> bySlug.put(slug.apply(item), item));
    }

    List<T> items() {
        return items;
    }

    Optional<T> item(String slug) {
        return Optional.ofNullable(bySlug.get(slug));
    }

    /** The visible articles of the one with this slug; empty when it is not shown. */
    List<Article> articles(String slug) {
        return articles.getOrDefault(slug, List.of());
    }
}
