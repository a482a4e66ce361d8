package kiosk.catalog;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import kiosk.content.Article;

/**
 * Things a catalog shows once they hold a visible article (series, topic collections), each with its
 * articles, in order: as {@code first} says, then the one with the newest article first, then by slug.
 *
 * @param <T> what is shelved
 */
class Shelf<T> {

    private final List<T> shown;
    private final Map<String, T> bySlug = new HashMap<>();
    private final Map<String, List<Article>> articles;

    /**
     * @param all      everything of the kind, shown or not
     * @param articles each one's visible articles, by slug; those without any are not shown
     * @param first    what orders the shown ones before their newest article does
     */
    Shelf(List<T> all, Function<T, String> slug, Map<String, List<Article>> articles, Comparator<T> first) {
        this.articles = Map.copyOf(articles);
        Map<String, Article> newest = new HashMap<>();
        articles.forEach((key, list) -> newest.put(key, list.stream().min(CatalogBuilder.NEWEST_FIRST).orElseThrow()));
        this.shown = all.stream().filter(item -> articles.containsKey(slug.apply(item)))
                .sorted(first.thenComparing(item -> newest.get(slug.apply(item)), CatalogBuilder.NEWEST_FIRST)
                        .thenComparing(slug))
                .toList();
        shown.forEach(item -> bySlug.put(slug.apply(item), item));
    }

    /** What is shown, in order. */
    final List<T> shown() {
        return shown;
    }

    final Optional<T> shown(String slug) {
        return Optional.ofNullable(bySlug.get(slug));
    }

    /** The visible articles of the one with this slug; empty when it is not shown. */
    final List<Article> articles(String slug) {
        return articles.getOrDefault(slug, List.of());
    }
}
