package kiosk.site.bake;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where the baker gets the most read articles each time it renders pages. {@code kiosk serve} adapts
 * its view counts to it; the site knows nothing of how views are counted.
 */
@FunctionalInterface
public interface MostRead {

    /** A ranking's window, ending with the current hour. */
    enum Window { DAY, WEEK, MONTH }

    /**
     * The rankings as of one moment.
     *
     * @param asOf  when they were taken
     * @param slugs per window, the slugs of the most read published articles, most read first
     */
    record Standings(Instant asOf, Map<Window, List<String>> slugs) {

        public Standings {
            Objects.requireNonNull(asOf, "asOf");
            slugs = Map.copyOf(slugs);
        }
    }

    /** The current rankings, at most {@code first} articles in each window. */
    Standings standings(int first);
}
