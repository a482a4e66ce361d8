package kiosk.image;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Arrays;
import kiosk.content.files.Exif;

/**
 * The first step from a decoded file to its variants, in one pass and one new buffer: the image shrunk by a
 * whole factor (each output pixel the mean of its {@code factor x factor} block, alpha weighted; a factor of
 * 1 copies), turned upright, as {@code TYPE_INT_RGB} or {@code _ARGB} in sRGB. Averaging keeps what picking
 * every n-th pixel (ImageIO's source subsampling) would fold into moiré and grain, at a fraction of the cost
 * of a Lanczos pass over all the camera's pixels, and the result (a quarter of the pixels for a factor of 2)
 * is what the rest of the pipeline holds and resamples.
 */
final class BoxShrink {

    private BoxShrink() {
    }

    /**
     * @param image  any type ImageIO reads; its colours are taken through its colour model ({@link
     *               BufferedImage#getRGB}), which must be sRGB or grey
     * @param factor      1 or more; the last block of a row or column may be narrower
     * @param orientation the EXIF orientation to turn it by ({@link Orientation})
     */
    static BufferedImage shrink(BufferedImage image, int factor, int orientation) {
        int width = image.getWidth();
        int height = image.getHeight();
        int outWidth = (width + factor - 1) / factor;
        int outHeight = (height + factor - 1) / factor;
        boolean alpha = image.getColorModel().hasAlpha();
        boolean swaps = Exif.turnsSideways(orientation);
        BufferedImage out = new BufferedImage(swaps ? outHeight : outWidth, swaps ? outWidth : outHeight,
                alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        int[] pixels = ((DataBufferInt) out.getRaster().getDataBuffer()).getData();
        int[] row = new int[width];
        boolean rgbSamples = isEightBitRgb(image);
        int[] samples = rgbSamples ? new int[width * 3] : null;
        // per output column: alpha, and red, green, blue weighted by alpha; and how many pixels were added
        long[] sums = new long[outWidth * 4];
        int[] counts = new int[outWidth];
        for (int outY = 0; outY < outHeight; outY++) {
            Arrays.fill(sums, 0);
            Arrays.fill(counts, 0);
            for (int y = outY * factor; y < Math.min(height, (outY + 1) * factor); y++) {
                if (rgbSamples) {
                    // what a JPEG decodes to: read the samples, without a colour model's call per pixel
                    image.getRaster().getPixels(0, y, width, 1, samples);
                    for (int x = 0; x < width; x++) {
                        row[x] = 0xFF000000 | samples[x * 3] << 16 | samples[x * 3 + 1] << 8 | samples[x * 3 + 2];
                    }
                } else {
                    image.getRGB(0, y, width, 1, row, 0, width);
                }
                for (int x = 0; x < width; x++) {
                    int pixel = row[x];
                    int a = pixel >>> 24;
                    int column = x / factor;
                    sums[column * 4] += a;
                    sums[column * 4 + 1] += (long) (pixel >> 16 & 0xFF) * a;
                    sums[column * 4 + 2] += (long) (pixel >> 8 & 0xFF) * a;
                    sums[column * 4 + 3] += (long) (pixel & 0xFF) * a;
                    counts[column]++;
                }
            }
            for (int column = 0; column < outWidth; column++) {
                long a = sums[column * 4];
                int mean = a == 0 ? 0 : (int) ((a + counts[column] / 2) / counts[column]) << 24
                        | channel(sums[column * 4 + 1], a) << 16 | channel(sums[column * 4 + 2], a) << 8
                        | channel(sums[column * 4 + 3], a);
                pixels[Orientation.index(orientation, column, outY, outWidth, outHeight)] = alpha ? mean : mean | 0xFF000000;
            }
        }
        return out;
    }

    /** Opaque sRGB with 8 bits in each of three bands, red, green and blue (TYPE_3BYTE_BGR, TYPE_INT_RGB). */
    private static boolean isEightBitRgb(BufferedImage image) {
        int[] sizes = image.getSampleModel().getSampleSize();
        return image.getColorModel().getColorSpace().isCS_sRGB() && !image.getColorModel().hasAlpha()
                && sizes.length == 3 && sizes[0] == 8 && sizes[1] == 8 && sizes[2] == 8;
    }

    private static int channel(long weighted, long alpha) {
        return (int) ((weighted + alpha / 2) / alpha);
    }
}
