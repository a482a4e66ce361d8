package kiosk.catalog;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import kiosk.content.Article;
import kiosk.content.TopicCollection;

/**
 * The topic collections a catalog shows, each with its visible articles: the chosen ones in the
 * editor's order, then those its rule adds, newest first. A collection is shown once it has an article.
 */
final class CollectionShelf {

    private final Shelf<TopicCollection> shelf;
    private final Map<String, List<TopicCollection>> byArticle = new HashMap<>();

    /** @param visible the catalog's visible articles, newest first, by slug too */
    CollectionShelf(List<TopicCollection> all, List<Article> visible, Map<String, Article> visibleBySlug, ZoneId zone) {
        Map<String, List<Article>> articles = new HashMap<>();
        Map<String, Article> newest = new HashMap<>();
        for (TopicCollection collection : all) {
            Set<Article> members = new LinkedHashSet<>();
            collection.articleSlugs().stream().map(visibleBySlug::get).filter(Objects::nonNull).forEach(members::add);
            if (collection.rule() != null) {
                visible.stream().filter(article -> collection.rule().matches(article, zone)).forEach(members::add);
            }
            if (!members.isEmpty()) {
                List<Article> list = List.copyOf(members);
                articles.put(collection.slug(), list);
                newest.put(collection.slug(), list.stream().min(CatalogBuilder.NEWEST_FIRST).orElseThrow());
            }
        }
        this.shelf = new Shelf<>(all, TopicCollection::slug, articles,
                Comparator.comparing((TopicCollection collection) -> !collection.pinned())
                        .thenComparing(collection -> newest.get(collection.slug()), CatalogBuilder.NEWEST_FIRST));
        // in shelf order, so an article's collections come in the order collections are listed
        for (TopicCollection collection : shelf.items()) {
            shelf.articles(collection.slug()).forEach(article -> byArticle
                    .computeIfAbsent(article.slug(), unused -> new ArrayList<>()).add(collection));
        }
    }

    /** Pinned collections first, then the one with the newest article first. */
    List<TopicCollection> collections() {
        return shelf.items();
    }

    Optional<TopicCollection> collection(String slug) {
        return shelf.item(slug);
    }

    List<Article> articles(String slug) {
        return shelf.articles(slug);
    }

    /** The collections an article is in, in the order collections are listed. */
    List<TopicCollection> collectionsOf(String articleSlug) {
        return byArticle.getOrDefault(articleSlug, List.of());
    }
}
