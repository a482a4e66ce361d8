package kiosk.ranking;

import java.util.Objects;

/**
 * One place in a ranking.
 *
 * @param rank  1 for the most viewed; consecutive, ties take the order of their slugs
 * @param views views in the ranking's window
 */
public record RankedArticle(int rank, String slug, long views) {

    public RankedArticle {
        Objects.requireNonNull(slug, "slug");
    }
}
