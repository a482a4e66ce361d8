package kiosk.content;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One season of a series, such as 「シーズン2 山あいの暮らし」.
 *
 * @param number 1 for the first season
 * @param start  the day the season starts, or null
 * @param end    the day it ends, or null while it runs
 */
public record Season(int number, String title, LocalDate start, LocalDate end) {

    public Season {
        Objects.requireNonNull(title, "title");
    }
}
