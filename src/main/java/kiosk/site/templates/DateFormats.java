package kiosk.site.templates;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Formats dates in the site's time zone, the way a Japanese magazine prints them. Content dates
 * carry the offset the editor wrote; readers see them converted to the site's zone.
 */
public final class DateFormats {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu年M月d日 H:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu年M月d日");

    private final ZoneId zone;

    public DateFormats(ZoneId zone) {
        this.zone = zone;
    }

    public Moment dateTime(OffsetDateTime time) {
        OffsetDateTime local = inZone(time);
        return new Moment(local.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), local.format(DATE_TIME));
    }

    public Moment date(LocalDate date) {
        return new Moment(date.toString(), date.format(DATE));
    }

    /** RFC 3339 in the site's zone, for Atom feeds and sitemaps. */
    public String iso(OffsetDateTime time) {
        return inZone(time).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private OffsetDateTime inZone(OffsetDateTime time) {
        return time.atZoneSameInstant(zone).toOffsetDateTime();
    }
}
