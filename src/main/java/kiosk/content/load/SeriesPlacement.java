package kiosk.content.load;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import kiosk.content.Season;
import kiosk.content.Series;
import kiosk.content.SeriesPart;
import kiosk.content.check.Problems;

/**
 * Checks where articles say they stand in their series: the season must be one the series lists, a
 * part number is used once per season, and parts should be dated in their order. An unknown series is
 * the linker's to report.
 */
final class SeriesPlacement {

    private SeriesPlacement() {
    }

    /**
     * @param articles in file path order: of two articles claiming one part, the second is reported
     * @return the paths of the articles whose place is wrong (reported as errors)
     */
    static Set<String> check(List<RawArticle> articles, Map<String, Series> series,
                             Function<String, Problems> problemsOf) {
        Set<String> misplaced = new HashSet<>();
        Map<String, RawArticle> byPart = new HashMap<>();
        Map<String, List<RawArticle>> bySeason = new LinkedHashMap<>();
        for (RawArticle raw : articles) {
            RawArticle.InSeries place = raw.series();
            Series joined = place == null ? null : series.get(place.slug().value());
            if (joined == null) {
                continue;
            }
            Problems problems = problemsOf.apply(raw.path());
            if (!seasonExists(place, joined, problems)) {
                misplaced.add(raw.path());
                continue;
            }
            int season = seasonOf(place);
            String key = joined.slug() + "/" + season + "/" + place.part().value();
            RawArticle earlier = byPart.putIfAbsent(key, raw);
            if (earlier != null) {
                problems.error(place.part().line(), place.part().column(), "part " + place.part().value()
                        + (joined.seasons().isEmpty() ? "" : " of season " + season) + " of the series '"
                        + joined.slug() + "' is already " + earlier.path(), "give each part of a season its own number");
                misplaced.add(raw.path());
                continue;
            }
            bySeason.computeIfAbsent(joined.slug() + "/" + season, unused -> new ArrayList<>()).add(raw);
        }
        bySeason.values().forEach(parts -> warnAboutDates(parts, problemsOf));
        return misplaced;
    }

    /** The article's place, once checked. */
    static SeriesPart part(RawArticle.InSeries place, Series series) {
        return new SeriesPart(series, seasonOf(place), place.part().value());
    }

    private static int seasonOf(RawArticle.InSeries place) {
        return place.season() == null ? 1 : place.season().value();
    }

    private static boolean seasonExists(RawArticle.InSeries place, Series series, Problems problems) {
        String file = "series/" + series.slug() + ".yaml";
        Located<Integer> season = place.season();
        if (series.seasons().isEmpty()) {
            if (season != null && season.value() != 1) {
                problems.error(season.line(), season.column(), "the series '" + series.slug() + "' has no seasons",
                        "remove 'season', or list the seasons in " + file);
                return false;
            }
            return true;
        }
        String listed = series.seasons().stream().map(Season::number).map(String::valueOf).collect(Collectors.joining(", "));
        if (season == null) {
            problems.error(place.slug().line(), place.slug().column(), "missing 'season': the series '" + series.slug()
                    + "' has seasons " + listed, "add the season, e.g. series: {slug: " + series.slug() + ", season: "
                    + series.seasons().get(series.seasons().size() - 1).number() + ", part: " + place.part().value() + "}");
            return false;
        }
        if (series.season(season.value()).isEmpty()) {
            problems.error(season.line(), season.column(), "the series '" + series.slug() + "' has no season "
                    + season.value(), "its seasons are " + listed + "; add the season to " + file + " first");
            return false;
        }
        return true;
    }

    /** Readers go through a season by part number: a part dated before the one it follows is probably a mistake. */
    private static void warnAboutDates(List<RawArticle> parts, Function<String, Problems> problemsOf) {
        List<RawArticle> ordered = parts.stream()
                .sorted(Comparator.comparingInt((RawArticle raw) -> raw.series().part().value())).toList();
        for (int i = 1; i < ordered.size(); i++) {
            RawArticle before = ordered.get(i - 1);
            RawArticle after = ordered.get(i);
            if (after.date().isBefore(before.date())) {
                Located<Integer> part = after.series().part();
                problemsOf.apply(after.path()).warning(part.line(), part.column(), "part " + part.value()
                        + " is dated before part " + before.series().part().value() + " (" + before.path() + ")",
                        "parts are read in number order: check the dates or the part numbers");
            }
        }
    }
}
