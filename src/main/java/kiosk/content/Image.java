package kiosk.content;

import java.util.Objects;

/**
 * A photo with its caption and credit.
 *
 * @param width  pixels, or 0 when unknown (not a local raster image)
 * @param height pixels, or 0 when unknown
 */
public record Image(String src, String alt, String caption, String credit, int width, int height) {

    public Image {
        Objects.requireNonNull(src, "src");
        alt = Objects.requireNonNullElse(alt, "");
        caption = Objects.requireNonNullElse(caption, "");
        credit = Objects.requireNonNullElse(credit, "");
    }
}
