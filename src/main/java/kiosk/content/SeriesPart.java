package kiosk.content;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * Where an article stands in its series: part 3 of season 2. Parts are unique within a season.
 *
 * @param season the season's number; 1 in a series without seasons
 */
public record SeriesPart(Series series, int season, int part) {

    /** Reading order within one series: by season, then part. */
    public static final Comparator<SeriesPart> READING_ORDER =
            Comparator.comparingInt(SeriesPart::season).thenComparingInt(SeriesPart::part);

    public SeriesPart {
        Objects.requireNonNull(series, "series");
    }

    /** The season as the series lists it; empty in a series without seasons. */
    public Optional<Season> seasonInSeries() {
        return series.season(season);
    }
}
