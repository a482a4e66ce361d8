package kiosk.image;

import java.awt.image.BufferedImage;

/**
 * A source image decoded for resizing: upright, in sRGB, as {@code TYPE_INT_RGB} or {@code TYPE_INT_ARGB}.
 *
 * @param rights the copyright and credit the source's EXIF named ("© 2026 ... / photographer"), or empty
 */
record Decoded(BufferedImage image, String rights) {
}
