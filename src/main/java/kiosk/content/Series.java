package kiosk.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A numbered series of articles, such as 「日本再発見」, from {@code series/<slug>.yaml}. Articles join it
 * from their front matter ({@link SeriesPart}); the catalog orders them.
 *
 * @param image   the series' image, or null
 * @param seasons in number order; empty for a series that runs in one go
 * @param sponsor the partner that pays for the series, or null: a sponsored series makes every part sponsored
 */
public record Series(String slug, String title, String description, Image image, List<Season> seasons,
                     Sponsor sponsor) {

    public Series {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(title, "title");
        description = Objects.requireNonNullElse(description, "");
        seasons = List.copyOf(seasons);
    }

    public Optional<Season> season(int number) {
        return seasons.stream().filter(season -> season.number() == number).findFirst();
    }

    /** Running on {@code day}: its last season has not ended (a series without seasons always runs). */
    public boolean runningOn(LocalDate day) {
        return seasons.isEmpty() || seasons.get(seasons.size() - 1).end() == null
                || !day.isAfter(seasons.get(seasons.size() - 1).end());
    }

    public String url() {
        return "/series/" + slug + "/";
    }
}
