package kiosk.image;

import java.awt.image.BufferedImage;

/**
 * A source image decoded for resizing: upright, in sRGB, as {@code TYPE_INT_RGB} or {@code TYPE_INT_ARGB};
 * possibly read subsampled, so smaller than the source.
 *
 * @param width  the source's width in pixels, upright (not the decoded image's)
 * @param height the same for its height
 * @param rights the copyright and credit the source's EXIF named ("© 2026 ... / photographer"), or empty
 */
record Decoded(BufferedImage image, int width, int height, String rights) {
}
