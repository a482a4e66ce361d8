package kiosk.image;

import kiosk.content.files.Exif;

/**
 * EXIF orientation (TIFF tag 274): how a camera held sideways says the stored pixels must be turned to
 * be seen upright. Browsers apply it to an {@code <img>} of the original, but variants are written
 * without metadata, so the pixels are turned here.
 */
final class Orientation {

    static final int UPRIGHT = Exif.UPRIGHT;

    private Orientation() {
    }

    /**
     * Where the stored pixel ({@code x}, {@code y}) of a {@code width x height} image goes in the upright one,
     * as an index into its pixels row by row.
     *
     * @param value the tag's value, 1 to 8; anything else is taken as upright
     */
    static int index(int value, int x, int y, int width, int height) {
        int uprightWidth = Exif.turnsSideways(value) ? height : width;
        return switch (value) {
            case 2 -> y * uprightWidth + width - 1 - x;
            case 3 -> (height - 1 - y) * uprightWidth + width - 1 - x;
            case 4 -> (height - 1 - y) * uprightWidth + x;
            case 5 -> x * uprightWidth + y;
            case 6 -> x * uprightWidth + height - 1 - y;
            case 7 -> (width - 1 - x) * uprightWidth + height - 1 - y;
            case 8 -> (width - 1 - x) * uprightWidth + y;
            default -> y * uprightWidth + x;
        };
    }
}
