package kiosk.site.templates;

import java.util.List;
import kiosk.content.Sponsor;

/**
 * A series: its seasons as chapters, each with its published parts in order.
 *
 * @param image   the series' image, or null
 * @param sponsor who pays for a sponsored series, or null: the page then says 「PR」 and names them
 * @param running whether the series still runs
 * @param feed    the series' Atom feed
 */
public record SeriesPage(Head head, String title, String description, Picture image, Sponsor sponsor, boolean running,
                         List<Chapter> chapters, Link feed) {

    public SeriesPage {
        chapters = List.copyOf(chapters);
    }

    /**
     * One season, or the whole of a series without seasons.
     *
     * @param heading 「シーズン2 山あいの暮らし」, or null in a series without seasons
     * @param period  its dates as readers read them (「2026年11月1日〜」), or empty
     * @param parts   its published parts in order
     */
    public record Chapter(String heading, String period, List<Part> parts) {

        public Chapter {
            parts = List.copyOf(parts);
        }
    }

    /** A part: its number (「第3回」) and its card. */
    public record Part(String label, Card card) {
    }
}
