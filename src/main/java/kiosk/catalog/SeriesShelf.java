package kiosk.catalog;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import kiosk.content.Article;
import kiosk.content.Series;
import kiosk.content.SeriesPart;

/**
 * The series a catalog shows, the one with the newest part first, with their visible parts in reading
 * order (by season, then part). A series is shown once one of its parts is; a scheduled or draft part
 * is simply not among the parts, so previous and next links skip it until it is published.
 */
final class SeriesShelf extends Shelf<Series> {

    /** Each part's position in its series' reading order. */
    private final Map<String, Integer> positions = new HashMap<>();

    /** @param articles the catalog's visible articles */
    SeriesShelf(List<Series> all, List<Article> articles) {
        super(all, Series::slug, inReadingOrder(articles), (left, right) -> 0);
        for (Series series : shown()) {
            List<Article> parts = articles(series.slug());
            for (int i = 0; i < parts.size(); i++) {
                positions.put(parts.get(i).slug(), i);
            }
        }
    }

    private static Map<String, List<Article>> inReadingOrder(List<Article> articles) {
        return articles.stream().filter(article -> article.series() != null)
                .sorted(Comparator.comparing(Article::series, SeriesPart.READING_ORDER))
                .collect(Collectors.groupingBy(article -> article.series().series().slug()));
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
        List<Article> parts = articles(article.series().series().slug());
        int at = position + step;
        return at < 0 || at >= parts.size() ? Optional.empty() : Optional.of(parts.get(at));
    }
}
