package kiosk.image;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** Images made in the test, as cameras and agencies send them: no binary fixtures in the repository. */
final class TestImages {

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
        ImageWriter writer = jdkJpegWriter();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.95f);
        param.setProgressiveMode(progressive ? ImageWriteParam.MODE_DEFAULT : ImageWriteParam.MODE_DISABLED);
        return write(writer, new IIOImage(image, null, null), param);
    }

    /**
     * A four-channel JPEG, as print agencies send: every pixel the same ink values, 0 to 255 each, in
     * Adobe's inverted convention (255 = no ink) that Photoshop writes.
     */
    static byte[] cmykJpeg(int width, int height, int cyan, int magenta, int yellow, int black) throws IOException {
        WritableRaster raster = java.awt.image.Raster.createInterleavedRaster(java.awt.image.DataBuffer.TYPE_BYTE,
                width, height, 4, null);
        int[] ink = {255 - cyan, 255 - magenta, 255 - yellow, 255 - black};
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                raster.setPixel(x, y, ink);
            }
        }
        ImageWriter writer = jdkJpegWriter();
        byte[] plain = write(writer, new IIOImage(raster, null, null), writer.getDefaultWriteParam());
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
    static byte[] withExifOrientation(byte[] jpeg, int orientation) {
        ByteBuffer tiff = ByteBuffer.allocate(26);
        tiff.put(new byte[] {'M', 'M', 0, 42}).putInt(8); // big-endian header, first directory at 8
        tiff.putShort((short) 1); // one entry
        tiff.putShort((short) 274).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        tiff.putInt(0); // no next directory
        byte[] exif = concat("Exif\0\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII), tiff.array());
        byte[] header = {(byte) 0xFF, (byte) 0xE1, (byte) ((exif.length + 2) >> 8), (byte) ((exif.length + 2) & 0xFF)};
        return insertAfterStart(jpeg, concat(header, exif));
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
