package kiosk.image;

import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFEntry;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFWriter;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Images made in the test (and by the image benchmark's {@code CameraPhotos}), as cameras and agencies send
 * them: no binary fixtures in the repository.
 */
public final class TestImages {

    private TestImages() {
    }

    /** Left half {@code left}, right half {@code right}. */
    static BufferedImage halves(int width, int height, Color left, Color right) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(left);
        graphics.fillRect(0, 0, width / 2, height);
        graphics.setColor(right);
        graphics.fillRect(width / 2, 0, width - width / 2, height);
        graphics.dispose();
        return image;
    }

    static byte[] jpeg(BufferedImage image, boolean progressive) throws IOException {
        return jpeg(image, progressive, 0.95f);
    }

    public static byte[] jpeg(BufferedImage image, boolean progressive, float quality) throws IOException {
        ImageWriter writer = jdkJpegWriter();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(quality);
        param.setProgressiveMode(progressive ? ImageWriteParam.MODE_DEFAULT : ImageWriteParam.MODE_DISABLED);
        return write(writer, new IIOImage(image, null, null), param);
    }

    /**
     * A four-channel JPEG, as print agencies send: every pixel the same ink values, 0 to 255 each, in
     * Adobe's inverted convention (255 = no ink) that Photoshop writes.
     */
    static byte[] cmykJpeg(int width, int height, int cyan, int magenta, int yellow, int black) throws IOException {
        BufferedImage ink = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = ink.createGraphics();
        graphics.setColor(new Color(cyan, magenta, yellow));
        graphics.fillRect(0, 0, width, height);
        graphics.dispose();
        return cmykJpeg(ink, black, 0.75f);
    }

    /**
     * The same for a picture: {@code inks}' red, green and blue channels are the cyan, magenta and yellow ink,
     * {@code black} the black ink everywhere (0 to 255).
     */
    public static byte[] cmykJpeg(BufferedImage inks, int black, float quality) throws IOException {
        WritableRaster raster = java.awt.image.Raster.createInterleavedRaster(java.awt.image.DataBuffer.TYPE_BYTE,
                inks.getWidth(), inks.getHeight(), 4, null);
        int[] ink = new int[4];
        for (int y = 0; y < inks.getHeight(); y++) {
            for (int x = 0; x < inks.getWidth(); x++) {
                int rgb = inks.getRGB(x, y);
                ink[0] = 255 - (rgb >> 16 & 0xFF);
                ink[1] = 255 - (rgb >> 8 & 0xFF);
                ink[2] = 255 - (rgb & 0xFF);
                ink[3] = 255 - black;
                raster.setPixel(x, y, ink);
            }
        }
        ImageWriter writer = jdkJpegWriter();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(quality);
        byte[] plain = write(writer, new IIOImage(raster, null, null), param);
        // Adobe's APP14 segment, transform 0: the four channels are CMYK (not YCCK, not RGB with alpha)
        byte[] adobe = {(byte) 0xFF, (byte) 0xEE, 0, 14, 'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0, 0};
        return insertAfterStart(plain, adobe);
    }

    private static byte[] insertAfterStart(byte[] jpeg, byte[] segment) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2); // SOI
        out.writeBytes(segment);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** The JPEG with an EXIF segment saying how it must be turned (TIFF tag 274). */
    public static byte[] withExifOrientation(byte[] jpeg, int orientation) throws IOException {
        return withExif(jpeg, List.of(new TIFFEntry(TIFF.TAG_ORIENTATION, TIFF.TYPE_SHORT, (short) orientation)));
    }

    /** The JPEG with an EXIF segment of these TIFF entries (orientation, camera, artist, copyright ...). */
    public static byte[] withExif(byte[] jpeg, List<Entry> entries) throws IOException {
        ByteArrayOutputStream tiff = new ByteArrayOutputStream();
        try (ImageOutputStream output = new MemoryCacheImageOutputStream(tiff)) {
            new TIFFWriter().write(entries, output);
        }
        byte[] exif = concat("Exif\0\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII), tiff.toByteArray());
        byte[] header = {(byte) 0xFF, (byte) 0xE1, (byte) ((exif.length + 2) >> 8), (byte) ((exif.length + 2) & 0xFF)};
        return insertAfterStart(jpeg, concat(header, exif));
    }

    /**
     * The renditions the workshop would publish for {@code src} once done: a 1600 x 900 photo with a JPEG and
     * a WebP variant 640 px wide, both standing in as {@code file}.
     */
    public static Renditions oneDone(String src, java.nio.file.Path file) {
        String stem = src.substring(src.lastIndexOf('/') + 1, src.lastIndexOf('.'));
        return new Renditions(java.util.Map.of(src, new Rendition(1600, 900, "#204060", List.of(
                new Variant(640, 360, ImageFormat.JPEG, "/img/" + stem + "-640.0123456789.jpg", file),
                new Variant(640, 360, ImageFormat.WEBP, "/img/" + stem + "-640.0123456789.webp", file)))));
    }

    static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] all = java.util.Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }

    /** The JDK's own writer: TwelveMonkeys' may come first in ImageIO's order, and the test should not rely on it. */
    private static ImageWriter jdkJpegWriter() {
        java.util.Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
        ImageWriter chosen = null;
        while (writers.hasNext()) {
            ImageWriter writer = writers.next();
            if (writer.getClass().getName().startsWith("com.sun.")) {
                return writer;
            }
            chosen = writer;
        }
        return chosen;
    }

    private static byte[] write(ImageWriter writer, IIOImage image, ImageWriteParam param) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream output = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(output);
            writer.write(null, image, param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
