package kiosk.api.http;

import java.time.LocalDate;
import kiosk.catalog.Catalog;
import kiosk.newsletter.mail.RenderedMail;

/** An edition of the newsletter as the preview catalog would make it, for editors holding the preview token. */
@FunctionalInterface
public interface NewsletterPreview {

    RenderedMail render(Catalog catalog, LocalDate edition);
}
