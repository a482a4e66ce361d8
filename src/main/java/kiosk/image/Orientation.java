package kiosk.image;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/**
 * EXIF orientation (TIFF tag 274): how a camera held sideways says the stored pixels must be turned to
 * be seen upright. Browsers apply it to an {@code <img>} of the original, but variants are written
 * without metadata, so the pixels are turned here.
 */
final class Orientation {

    static final int UPRIGHT = 1;

    private Orientation() {
    }

    /** Whether the tag's value turns the image a quarter, so that its width is the stored height. */
    static boolean swapsAxes(int value) {
        return value >= 5 && value <= 8;
    }

    /**
     * The image as it is meant to be seen.
     *
     * @param image     of type {@code TYPE_INT_RGB} or {@code TYPE_INT_ARGB}
     * @param value     the tag's value, 1 to 8; anything else is taken as upright
     */
    static BufferedImage apply(BufferedImage image, int value) {
        if (value < 2 || value > 8) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean swaps = swapsAxes(value);
        int outWidth = swaps ? h : w;
        BufferedImage turned = new BufferedImage(outWidth, swaps ? w : h, image.getType());
        int[] from = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        int[] to = ((DataBufferInt) turned.getRaster().getDataBuffer()).getData();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int tx;
                int ty;
                switch (value) {
                    case 2 -> { tx = w - 1 - x; ty = y; }
                    case 3 -> { tx = w - 1 - x; ty = h - 1 - y; }
                    case 4 -> { tx = x; ty = h - 1 - y; }
                    case 5 -> { tx = y; ty = x; }
                    case 6 -> { tx = h - 1 - y; ty = x; }
                    case 7 -> { tx = h - 1 - y; ty = w - 1 - x; }
                    default -> { tx = y; ty = w - 1 - x; }
                }
                to[ty * outWidth + tx] = from[y * w + x];
            }
        }
        return turned;
    }
}
