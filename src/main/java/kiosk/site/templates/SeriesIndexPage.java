package kiosk.site.templates;

import java.util.List;

/** Every series with a published part, the one with the newest part first. */
public record SeriesIndexPage(Head head, List<SeriesCard> series) {

    public SeriesIndexPage {
        series = List.copyOf(series);
    }
}
