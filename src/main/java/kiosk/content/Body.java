package kiosk.content;

import java.util.List;
import java.util.Objects;

/**
 * An article body rendered once from Markdown.
 *
 * @param html sanitised HTML, safe to serve
 * @param text the same as plain text, for excerpts, search and related articles
 * @param images the images in the body, in order (their size unknown: 0)
 */
public record Body(String html, String text, List<Image> images) {

    /** Characters a Japanese reader reads in a minute, a common newsroom rule of thumb. */
    private static final int CHARACTERS_PER_MINUTE = 500;

    public Body {
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(text, "text");
        images = List.copyOf(images);
    }

    /** A body without images. */
    public Body(String html, String text) {
        this(html, text, List.of());
    }

    public int readingTimeMinutes() {
        int characters = text.codePointCount(0, text.length());
        return Math.max(1, (characters + CHARACTERS_PER_MINUTE - 1) / CHARACTERS_PER_MINUTE);
    }

    /** The first {@code max} characters of the text, cut at a code point boundary, with an ellipsis. */
    public String excerpt(int max) {
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max)) + "…";
    }
}
