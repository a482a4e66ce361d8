package kiosk.catalog;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import kiosk.content.Article;
import kiosk.content.TopicCollection;

/**
 * The topic collections a catalog shows, pinned ones first, each with its visible articles: the chosen
 * ones in the editor's order, then those its rule adds, newest first. A collection is shown once it has
 * an article.
 */
final class CollectionShelf extends Shelf<TopicCollection> {

    private final Map<String, List<TopicCollection>> byArticle = new HashMap<>();

    /** @param visible the catalog's visible articles, newest first, by slug too */
    CollectionShelf(List<TopicCollection> all, List<Article> visible, Map<String, Article> visibleBySlug, ZoneId zone) {
        super(all, TopicCollection::slug, members(all, visible, visibleBySlug, zone),
                Comparator.comparing(collection -> !collection.pinned()));
        // in shelf order, so an article's collections come in the order collections are listed
        for (TopicCollection collection : shown()) {
            articles(collection.slug()).forEach(article -> byArticle
                    .computeIfAbsent(article.slug(), unused -> new ArrayList<>()).add(collection));
        }
    }

    private static Map<String, List<Article>> members(List<TopicCollection> all, List<Article> visible,
                                                      Map<String, Article> visibleBySlug, ZoneId zone) {
        Map<String, List<Article>> members = new HashMap<>();
        for (TopicCollection collection : all) {
            Set<Article> chosen = new LinkedHashSet<>();
            collection.articleSlugs().stream().map(visibleBySlug::get).filter(Objects::nonNull).forEach(chosen::add);
            if (collection.rule() != null) {
                visible.stream().filter(article -> collection.rule().matches(article, zone)).forEach(chosen::add);
            }
            if (!chosen.isEmpty()) {
                members.put(collection.slug(), List.copyOf(chosen));
            }
        }
        return members;
    }

    /** The collections an article is in, in the order collections are listed. */
    List<TopicCollection> collectionsOf(String articleSlug) {
        return byArticle.getOrDefault(articleSlug, List.of());
    }
}
