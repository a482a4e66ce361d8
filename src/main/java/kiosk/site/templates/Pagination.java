package kiosk.site.templates;

import java.util.List;

/**
 * Where a list page sits among its pages.
 *
 * @param previous the previous page's URL, or null on the first
 * @param next     the next page's URL, or null on the last
 * @param steps    the page numbers to offer: first, last and a window around the current page
 */
public record Pagination(int current, int total, String previous, String next, List<Step> steps) {

    public Pagination {
        steps = List.copyOf(steps);
    }

    /** A page number, or a gap ({@code url} null) standing for the numbers left out. */
    public record Step(String label, String url, boolean current) {
    }
}
