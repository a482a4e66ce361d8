package kiosk.image;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorConvertOp;
import java.awt.image.ColorModel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import kiosk.content.files.Exif;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Decodes a source image with the ImageIO readers on the class path: TwelveMonkeys' JPEG reader
 * (CMYK and YCCK files from agencies, progressive JPEGs, broken camera files, ICC profiles), the JDK's
 * PNG and GIF readers, webp-imageio's WebP reader. Applies EXIF orientation and converts to sRGB.
 */
final class ImageDecoder {

    /** Larger images are refused before decoding: a small file can declare a huge canvas (a "decompression bomb"). */
    static final long MAX_PIXELS = 100_000_000L;

    private ImageDecoder() {
    }

    /**
     * Decodes {@code bytes} no larger than needed for variants up to {@code widest} pixels wide: a camera file
     * at least twice as wide is shrunk by the largest whole factor that keeps it at least {@code widest} wide
     * ({@link BoxShrink}) before anything else, so a 4000 x 3000 photo for 1920 px variants is held as 2000 x
     * 1500 (12 MB of pixels instead of the 48 MB of the sRGB copy, and a quarter of the resampling work).
     * The decoding takes its share of the heap's {@link DecodeBudget} first.
     *
     * @throws IOException when the bytes are not an image Kiosk can read, or it needs more memory than images
     *                     may take (the message says why)
     */
    static Decoded decode(byte[] bytes, int widest) throws IOException {
        return decode(bytes, widest, DecodeBudget.HEAP);
    }

    static Decoded decode(byte[] bytes, int widest, DecodeBudget budget) throws IOException {
        Exif exif = Exif.of(bytes);
        boolean swaps = exif.turnsSideways();
        try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw new IOException("no reader knows this format");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                int storedWidth = reader.getWidth(0);
                int storedHeight = reader.getHeight(0);
                if ((long) storedWidth * storedHeight > MAX_PIXELS) {
                    throw new IOException(storedWidth + "x" + storedHeight + " pixels is more than the "
                            + MAX_PIXELS / 1_000_000 + " megapixels Kiosk decodes");
                }
                int width = swaps ? storedHeight : storedWidth;
                int height = swaps ? storedWidth : storedHeight;
                int factor = Math.max(1, width / Math.max(1, widest));
                // the raw type is what read() returns; unknown, it is taken as four bytes a pixel to convert
                ImageTypeSpecifier raw = reader.getRawImageType(0);
                long needed = DecodeBudget.needed(storedWidth, storedHeight,
                        raw == null ? 4 : Math.max(1, (raw.getColorModel().getPixelSize() + 7) / 8),
                        raw == null || !isSrgbOrGrey(raw.getColorModel()), factor);
                try (DecodeBudget.Share share = budget.take(needed, storedWidth, storedHeight)) {
                    BufferedImage read = reader.read(0);
                    BufferedImage srgb = isSrgbOrGrey(read.getColorModel()) ? read : toSrgb(read);
                    return new Decoded(BoxShrink.shrink(srgb, factor, exif.orientation()), width, height,
                            exif.rights());
                }
            } finally {
                reader.dispose();
            }
        } catch (RuntimeException e) {
            // readers throw unchecked exceptions on some broken files
            throw new IOException(e.toString(), e);
        }
    }

    /** An image in another colour space (an agency's CMYK, Adobe RGB) in sRGB, converted through its ICC profile. */
    private static BufferedImage toSrgb(BufferedImage image) {
        BufferedImage srgb = new BufferedImage(image.getWidth(), image.getHeight(),
                image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        return new ColorConvertOp(image.getColorModel().getColorSpace(), srgb.getColorModel().getColorSpace(), null)
                .filter(image, srgb);
    }

    /** Whether the colour model gives sRGB colours as they are (grey is drawn as sRGB grey). */
    private static boolean isSrgbOrGrey(ColorModel model) {
        ColorSpace space = model.getColorSpace();
        return space.isCS_sRGB() || space.getType() == ColorSpace.TYPE_GRAY;
    }
}
