package kiosk.api.graphql;

import java.util.List;
import kiosk.ranking.Period;
import kiosk.ranking.RankedArticle;

/**
 * The most read articles as of now, for {@code Query.ranking}. The server's wiring implements it with
 * {@link kiosk.ranking.Ranking} and its clock; the API only asks, so it needs no store, clock or cache.
 */
@FunctionalInterface
public interface Rankings {

    /** For a server that counts no views. */
    Rankings NONE = (period, first, section) -> List.of();

    /**
     * The {@code first} most read published articles of {@code period} ending now, in {@code section}
     * (a section slug) or in all when it is null.
     */
    List<RankedArticle> ranking(Period period, int first, String section);
}
