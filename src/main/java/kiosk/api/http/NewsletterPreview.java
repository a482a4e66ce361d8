package kiosk.api.http;

import java.time.LocalDate;
import kiosk.catalog.Catalog;
import kiosk.newsletter.mail.RenderedMail;

/** An edition of the newsletter as the preview catalog would make it, for editors holding the preview token. */
@FunctionalInterface
public interface NewsletterPreview {

    /** @throws IllegalArgumentException when the edition cannot be made (the message says why: an editor's note with errors...) */
    RenderedMail render(Catalog catalog, LocalDate edition);
}
