package kiosk.content;

import java.util.Objects;

/**
 * A photo with its caption and credit.
 *
 * @param width  pixels upright (EXIF orientation applied), from the file's header; 0 when unknown (not a
 *               local raster image)
 * @param height pixels, or 0 when unknown
 * @param focus  the point crops keep in view, or null for the centre
 */
public record Image(String src, String alt, String caption, String credit, int width, int height, Focus focus) {

    public Image {
        Objects.requireNonNull(src, "src");
        alt = Objects.requireNonNullElse(alt, "");
        caption = Objects.requireNonNullElse(caption, "");
        credit = Objects.requireNonNullElse(credit, "");
    }

    /** An image crops keep centred. */
    public Image(String src, String alt, String caption, String credit, int width, int height) {
        this(src, alt, caption, credit, width, height, null);
    }

    /** The same image described by {@code alt} (a cover, named after its issue where it is shown). */
    public Image withAlt(String alt) {
        return new Image(src, alt, caption, credit, width, height, focus);
    }

    /**
     * Where the subject is ({@code image.focus: 0.3,0.4}), as fractions of the width from the left and of
     * the height from the top: a crop to another aspect ratio keeps this point in view.
     */
    public record Focus(double x, double y) {

        public Focus {
            if (!(x >= 0 && x <= 1 && y >= 0 && y <= 1)) {
                throw new IllegalArgumentException("focus must be within 0..1: " + x + "," + y);
            }
        }
    }
}
