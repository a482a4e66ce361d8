package kiosk.catalog;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kiosk.content.Article;
import kiosk.content.TopicCollection;

/**
 * The topic collections a catalog shows, each with its visible articles: the chosen ones in the
 * editor's order, then those its rule adds, newest first. A collection is shown once it has an article.
 */
final class CollectionShelf {

    private final List<TopicCollection> collections;
    private final Map<String, TopicCollection> bySlug = new HashMap<>();
    private final Map<String, List<Article>> articles = new HashMap<>();
    private final Map<String, List<TopicCollection>> byArticle = new HashMap<>();

    /** @param visible the catalog's visible articles, newest first, by slug too */
    CollectionShelf(List<TopicCollection> all, List<Article> visible, Map<String, Article> visibleBySlug, ZoneId zone) {
        Map<String, Article> newest = new HashMap<>();
        for (TopicCollection collection : all) {
            Set<Article> members = new LinkedHashSet<>();
            collection.articleSlugs().stream().map(visibleBySlug::get).filter(article -> article != null)
                    .forEach(members::add);
            if (collection.rule() != null) {
                visible.stream().filter(article -> collection.rule().matches(article, zone)).forEach(members::add);
            }
            if (!members.isEmpty()) {
                List<Article> list = List.copyOf(members);
                articles.put(collection.slug(), list);
                newest.put(collection.slug(), list.stream().min(CatalogBuilder.NEWEST_FIRST).orElseThrow());
                list.forEach(article -> byArticle.computeIfAbsent(article.slug(), unused -> new ArrayList<>())
                        .add(collection));
            }
        }
        this.collections = all.stream().filter(collection -> articles.containsKey(collection.slug()))
                .sorted(Comparator.comparing((TopicCollection collection) -> !collection.pinned())
                        .thenComparing(collection -> newest.get(collection.slug()), CatalogBuilder.NEWEST_FIRST)
                        .thenComparing(TopicCollection::slug))
                .toList();
        collections.forEach(shown -> bySlug.put(shown.slug(), shown));
    }

    /** Pinned collections first, then the one with the newest article first. */
    List<TopicCollection> collections() {
        return collections;
    }

    Optional<TopicCollection> collection(String slug) {
        return Optional.ofNullable(bySlug.get(slug));
    }

    List<Article> articles(String slug) {
        return articles.getOrDefault(slug, List.of());
    }

    /** The collections an article is in, in the order collections are listed. */
    List<TopicCollection> collectionsOf(String articleSlug) {
        return byArticle.getOrDefault(articleSlug, List.of()).stream()
                .sorted(Comparator.comparingInt(collections::indexOf)).toList();
    }
}
