package kiosk.content;

import java.util.Objects;

/**
 * The cover feature of a print issue.
 *
 * @param sectionSlug the feature's section, or null
 * @param articleSlug the cover story, or null when the issue names none
 * @param image       the cover's picture (a {@code /media/...} path with its size; no alt: pages name it after
 *                    the issue), or null
 */
public record Cover(String title, String sectionSlug, String articleSlug, Image image) {

    public Cover {
        Objects.requireNonNull(title, "title");
    }
}
