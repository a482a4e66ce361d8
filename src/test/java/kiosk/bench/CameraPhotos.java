package kiosk.bench;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Writes camera-size JPEGs for the image benchmark: 4000 x 3000 (12 MP, a phone or compact camera), quality
 * 92, each a different sky, shapes and sensor noise, so encoders meet photo-like detail rather than flat colour.
 * Existing files are kept, so a second run reuses the corpus.
 *
 * <p>Usage: {@code CameraPhotos <folder> <count> [width height]}
 */
public final class CameraPhotos {

    private CameraPhotos() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Files.createDirectories(Path.of(args[0]));
        int count = Integer.parseInt(args[1]);
        int width = args.length > 2 ? Integer.parseInt(args[2]) : 4000;
        int height = args.length > 3 ? Integer.parseInt(args[3]) : 3000;
        for (int i = 0; i < count; i++) {
            Path file = folder.resolve(String.format("photo-%04d.jpg", i));
            if (!Files.exists(file)) {
                write(photo(width, height, i), file);
            }
        }
    }

    private static BufferedImage photo(int width, int height, long seed) {
        Random random = new Random(seed);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, Color.getHSBColor(random.nextFloat(), 0.5f, 0.8f), width, height,
                Color.getHSBColor(random.nextFloat(), 0.6f, 0.3f)));
        g.fillRect(0, 0, width, height);
        for (int i = 0; i < 40; i++) {
            g.setColor(new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256), 90));
            int size = height / 20 + random.nextInt(height / 3);
            g.fill(new Ellipse2D.Double(random.nextInt(width), random.nextInt(height), size, size * 0.7));
        }
        g.dispose();
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        for (int p = 0; p < pixels.length; p++) {
            int noise = (int) (random.nextGaussian() * 5);
            int rgb = pixels[p];
            pixels[p] = clamp((rgb >> 16 & 0xFF) + noise) << 16 | clamp((rgb >> 8 & 0xFF) + noise) << 8
                    | clamp((rgb & 0xFF) + noise);
        }
        return image;
    }

    private static int clamp(int value) {
        return Math.max(0, Math.min(255, value));
    }

    private static void write(BufferedImage image, Path file) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.92f);
        try (ImageOutputStream output = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(output);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
    }
}
