package kiosk.content.load;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kiosk.content.Image;
import kiosk.content.Season;
import kiosk.content.Series;
import kiosk.content.Sponsor;
import kiosk.content.check.Problems;

/** Reads a series file, {@code series/<slug>.yaml}. */
final class SeriesReader {

    static final List<String> KEYS = List.of("slug", "title", "description", "image", "seasons", "sponsor");
    static final List<String> SEASON_KEYS = List.of("number", "title", "start", "end");

    private final ImageReader images;
    private final SponsorReader sponsors;

    SeriesReader(ImageReader images) {
        this.images = images;
        this.sponsors = new SponsorReader(images);
    }

    /** @return the series, or null when the file has errors (all reported) */
    Series read(String text, String fileSlug, Problems problems, NamedFile.Claims claims) {
        return NamedFile.read(text, fileSlug, problems, "series", KEYS, "nihon-saihakken.yaml", claims, (fields, slug) -> {
            String title = fields.requiredText("title");
            String description = fields.text("description");
            Image image = images.read(fields, "image");
            List<Season> seasons = seasons(fields);
            Sponsor sponsor = sponsors.read(fields, "sponsor", "name");
            return () -> new Series(slug, title, description, image, seasons, sponsor);
        });
    }

    /** The seasons in number order; numbers are positive and unique, and a season ends after it starts. */
    private static List<Season> seasons(Fields fields) {
        Problems problems = fields.problems();
        List<Season> seasons = new ArrayList<>();
        Map<Integer, Integer> lineOfNumber = new HashMap<>();
        for (Fields season : fields.mappings("seasons", "season", SEASON_KEYS)) {
            Located<Integer> number = season.locatedInteger("number", true);
            String title = season.requiredText("title");
            LocalDate start = season.date("start", false);
            LocalDate end = season.date("end", false);
            if (number != null && number.value() < 1) {
                problems.error(number.line(), number.column(), "a season's 'number' must be 1 or more, but is "
                        + number.value(), "number the seasons 1, 2, 3...");
                continue;
            }
            if (number != null) {
                Integer earlier = lineOfNumber.putIfAbsent(number.value(), number.line());
                if (earlier != null) {
                    problems.error(number.line(), number.column(), "duplicate season number " + number.value(),
                            "season " + number.value() + " is already listed on line " + earlier);
                }
            }
            if (start != null && end != null && end.isBefore(start)) {
                problems.error(season.line(), season.column(), "the season ends (" + end + ") before it starts ("
                        + start + ")", "check 'start' and 'end'");
            }
            if (number != null && title != null) {
                seasons.add(new Season(number.value(), title, start, end));
            }
        }
        seasons.sort(Comparator.comparingInt(Season::number));
        return seasons;
    }
}
