package kiosk.content;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A print issue such as 「2026年11月24日号」.
 *
 * @param date   the cover date
 * @param onSale the day it goes on sale, or null
 */
public record Issue(String slug, int number, String title, LocalDate date, LocalDate onSale, String summary,
                    Cover cover) {

    public Issue {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(cover, "cover");
        summary = Objects.requireNonNullElse(summary, "");
    }

    /** The first day readers may see the issue: the sale date, else the cover date. */
    public LocalDate publicFrom() {
        return onSale != null ? onSale : date;
    }

    public String url() {
        return "/issues/" + slug + "/";
    }
}
