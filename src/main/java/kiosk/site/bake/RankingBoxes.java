package kiosk.site.bake;

import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import kiosk.catalog.Catalog;
import kiosk.site.templates.DateFormats;
import kiosk.site.templates.Headline;
import kiosk.site.templates.RankingBox;

/** Builds the ranking box of one render from the current standings and the catalog being baked. */
final class RankingBoxes {

    /** Places shown per window: a side column's worth. */
    static final int PLACES = 5;

    private RankingBoxes() {
    }

    /** The box of {@code standings}, or an empty one (filled by the site's script) when there are none. */
    static RankingBox of(MostRead.Standings standings, Catalog catalog) {
        if (standings == null) {
            return new RankingBox(null, Arrays.stream(MostRead.Window.values())
                    .map(window -> new RankingBox.RankingList(window.name(), List.of())).toList());
        }
        List<RankingBox.RankingList> lists = Arrays.stream(MostRead.Window.values())
                .map(window -> new RankingBox.RankingList(window.name(),
                        links(standings.slugs().getOrDefault(window, List.of()), catalog)))
                .toList();
        return new RankingBox(new DateFormats(catalog.site().timeZone())
                .dateTime(standings.asOf().atOffset(ZoneOffset.UTC)), lists);
    }

    /** The articles this catalog publishes, at most {@link #PLACES}: counts may name an article since withdrawn. */
    private static List<Headline> links(List<String> slugs, Catalog catalog) {
        return slugs.stream().map(catalog::article).flatMap(Optional::stream).limit(PLACES)
                .map(article -> new Headline(article.title(), article.url(), Views.sponsorName(article))).toList();
    }
}
