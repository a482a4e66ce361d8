package kiosk.newsletter.mail;

import java.util.Objects;

/** A mail's body as its templates rendered it: HTML with inline CSS, and the same as plain text. */
public record RenderedMail(String html, String text) {

    public RenderedMail {
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(text, "text");
    }

    /** The same body with every {@code marker} replaced, in both parts: a recipient's own links. */
    public RenderedMail replace(String marker, String value) {
        return new RenderedMail(html.replace(marker, value), text.replace(marker, value));
    }
}
