package kiosk.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kiosk.content.Article;
import kiosk.content.Series;
import kiosk.content.SeriesPart;

/**
 * The series a catalog shows and their visible parts in reading order. A series is shown once one of
 * its parts is; a scheduled or draft part is simply not among the parts, so previous and next links
 * skip it until it is published.
 */
final class SeriesShelf {

    private final Shelf<Series> shelf;
    /** Each part's position in its series' reading order. */
    private final Map<String, Integer> positions = new HashMap<>();

    /** @param articles the catalog's visible articles, newest first */
    SeriesShelf(List<Series> all, List<Article> articles) {
        Map<String, List<Article>> grouped = new HashMap<>();
        for (Article article : articles) {
            if (article.series() != null) {
                grouped.computeIfAbsent(article.series().series().slug(), unused -> new ArrayList<>()).add(article);
            }
        }
        Map<String, Article> newestPart = new HashMap<>();
        Map<String, List<Article>> parts = new HashMap<>();
        grouped.forEach((slug, list) -> {
            newestPart.put(slug, list.get(0));
            List<Article> ordered = list.stream()
                    .sorted(Comparator.comparing(Article::series, SeriesPart.READING_ORDER)).toList();
            parts.put(slug, ordered);
            for (int i = 0; i < ordered.size(); i++) {
                positions.put(ordered.get(i).slug(), i);
            }
        });
        this.shelf = new Shelf<>(all, Series::slug, parts,
                Comparator.comparing(series -> newestPart.get(series.slug()), CatalogBuilder.NEWEST_FIRST));
    }

    /** The series with a visible part, the one with the newest part first. */
    List<Series> series() {
        return shelf.items();
    }

    Optional<Series> series(String slug) {
        return shelf.item(slug);
    }

    /** A series' visible parts in reading order: by season, then part. */
    List<Article> parts(String slug) {
        return shelf.articles(slug);
    }

    /** The visible part before {@code article} in its series (across seasons), if any. */
    Optional<Article> previous(Article article) {
        return neighbour(article, -1);
    }

    /** The visible part after {@code article} in its series (across seasons), if any. */
    Optional<Article> next(Article article) {
        return neighbour(article, 1);
    }

    private Optional<Article> neighbour(Article article, int step) {
        Integer position = positions.get(article.slug());
        if (position == null || article.series() == null) {
            return Optional.empty();
        }
        List<Article> list = parts(article.series().series().slug());
        int at = position + step;
        return at < 0 || at >= list.size() ? Optional.empty() : Optional.of(list.get(at));
    }
}
