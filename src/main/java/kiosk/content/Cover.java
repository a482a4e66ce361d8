package kiosk.content;

import java.util.Objects;

/**
 * The cover feature of a print issue.
 *
 * @param sectionSlug the feature's section, or null
 * @param articleSlug the cover story, or null when the issue names none
 * @param image       a {@code /media/...} path, or null
 */
public record Cover(String title, String sectionSlug, String articleSlug, String image) {

    public Cover {
        Objects.requireNonNull(title, "title");
    }
}
