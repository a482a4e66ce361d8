package kiosk.bench;

import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFEntry;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import kiosk.image.TestImages;

/**
 * Writes camera-size JPEGs for the image benchmark, the same files for the same count on every machine: 4000 x 3000
 * (12 MP, a phone or compact camera) at quality 92 with photo-like detail and edges rather than flat colour (a sky,
 * shapes, a skyline of lit windows, power lines, sensor noise). Each carries EXIF as cameras write it (make, model,
 * time, artist, copyright, orientation); as in an agency's feed, one in eight was shot upright (stored sideways, EXIF
 * orientation 6), one in ten is a progressive JPEG and one in twenty a CMYK JPEG (Adobe's inverted inks). Existing
 * files are kept, so a second run reuses the corpus.
 *
 * <p>Drawing a scene is most of a photo's cost (2-5 s), so the corpus draws {@value #SCENES} scenes, a little larger
 * than a photo, and makes each photo from one of them (photo {@code i} from scene {@code i % SCENES}) as a camera
 * makes a burst: its own framing (a crop at an offset of up to {@value #MARGIN} px from the photo's seed), its own
 * exposure (brightness 0.9-1.1) and its own sensor noise, then encodes it. No two photos share their pixels or their
 * bytes, so no cache keyed by content can find one photo's variants for another, and the encoders see the same kind of
 * detail as with a scene per photo. Scenes are drawn in parallel on all cores (this is set-up, not what is measured).
 *
 * <p>Usage: {@code CameraPhotos <folder> <count> [width height]}
 */
public final class CameraPhotos {

    static final int SCENES = 40;
    static final int MARGIN = 96;

    private CameraPhotos() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Files.createDirectories(Path.of(args[0]));
        int count = Integer.parseInt(args[1]);
        int width = args.length > 2 ? Integer.parseInt(args[2]) : 4000;
        int height = args.length > 3 ? Integer.parseInt(args[3]) : 3000;
        IntStream.range(0, Math.min(SCENES, count)).parallel().forEach(scene -> {
            int[] missing = IntStream.iterate(scene, i -> i < count, i -> i + SCENES)
                    .filter(i -> !Files.exists(file(folder, i))).toArray();
            if (missing.length > 0) {
                BufferedImage drawn = scene(width + MARGIN, height + MARGIN, new Random(scene));
                for (int i : missing) {
                    write(file(folder, i), photo(drawn, width, height, i));
                }
            }
        });
    }

    private static Path file(Path folder, int index) {
        return folder.resolve(String.format("photo-%04d.jpg", index));
    }

    private static void write(Path file, byte[] jpeg) {
        try {
            Path partial = file.resolveSibling(file.getFileName() + ".part");
            Files.write(partial, jpeg);
            Files.move(partial, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] photo(BufferedImage scene, int width, int height, int seed) {
        try {
            BufferedImage image = shot(scene, width, height, new SplittableRandom(seed));
            byte[] jpeg = seed % 20 == 7 ? TestImages.cmykJpeg(image, 10, 0.92f)
                    : TestImages.jpeg(image, seed % 10 == 3, 0.92f);
            List<Entry> exif = List.of(
                    new TIFFEntry(TIFF.TAG_MAKE, "Kiosk Bench"),
                    new TIFFEntry(TIFF.TAG_MODEL, "CameraPhotos " + width + "x" + height),
                    new TIFFEntry(TIFF.TAG_ORIENTATION, TIFF.TYPE_SHORT, (short) (seed % 8 == 5 ? 6 : 1)),
                    new TIFFEntry(TIFF.TAG_DATE_TIME,
                            String.format("2026:03:%02d 10:%02d:00", 1 + seed % 28, seed % 60)),
                    new TIFFEntry(TIFF.TAG_ARTIST, "Bench Photographer " + seed),
                    new TIFFEntry(TIFF.TAG_COPYRIGHT, "© 2026 Kiosk Bench"));
            return TestImages.withExif(jpeg, exif);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The photo's framing of the scene, at its exposure, with its own sensor noise. */
    private static BufferedImage shot(BufferedImage scene, int width, int height, SplittableRandom random) {
        int left = random.nextInt(MARGIN + 1);
        int top = random.nextInt(MARGIN + 1);
        double exposure = 0.9 + random.nextDouble() * 0.2;
        int[] levels = new int[256];
        for (int level = 0; level < 256; level++) {
            levels[level] = clamp((int) Math.round(level * exposure));
        }
        int[] from = ((DataBufferInt) scene.getRaster().getDataBuffer()).getData();
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int[] to = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        long bits = 0;
        int drawsLeft = 0;
        for (int y = 0; y < height; y++) {
            int row = (top + y) * scene.getWidth() + left;
            for (int x = 0; x < width; x++) {
                if (drawsLeft-- == 0) {
                    bits = random.nextLong();
                    drawsLeft = 6;
                }
                // three uniform 0-7 draws a pixel (seven pixels a long): noise of about 4 levels' deviation, as a
                // Gaussian draw a pixel gave at many times the cost; the same on all channels (luma noise)
                int noise = (int) (bits & 7) + (int) (bits >> 3 & 7) + (int) (bits >> 6 & 7) - 10;
                bits >>>= 9;
                int rgb = from[row + x];
                to[y * width + x] = clamp(levels[rgb >> 16 & 0xFF] + noise) << 16
                        | clamp(levels[rgb >> 8 & 0xFF] + noise) << 8 | clamp(levels[rgb & 0xFF] + noise);
            }
        }
        return image;
    }

    private static BufferedImage scene(int width, int height, Random random) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, Color.getHSBColor(random.nextFloat(), 0.5f, 0.8f), width, height,
                Color.getHSBColor(random.nextFloat(), 0.6f, 0.3f)));
        g.fillRect(0, 0, width, height);
        for (int i = 0; i < 40; i++) {
            g.setColor(new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256), 90));
            int size = height / 20 + random.nextInt(height / 3);
            g.fill(new Ellipse2D.Double(random.nextInt(width), random.nextInt(height), size, size * 0.7));
        }
        // a skyline: blocks with rows of windows, the fine edges that make moiré when resized badly
        for (int x = 0; x < width; ) {
            int block = width / 40 + random.nextInt(width / 12);
            int top = height / 3 + random.nextInt(height / 2);
            g.setColor(Color.getHSBColor(random.nextFloat(), 0.15f, 0.2f + random.nextFloat() * 0.3f));
            g.fillRect(x, top, block, height - top);
            g.setColor(new Color(255, 230, 160));
            int step = 12 + random.nextInt(10);
            for (int wy = top + step; wy < height - step; wy += step) {
                for (int wx = x + step / 2; wx < x + block - step; wx += step) {
                    if (random.nextInt(3) > 0) {
                        g.fillRect(wx, wy, step / 2, step / 2);
                    }
                }
            }
            x += block + random.nextInt(width / 60 + 1);
        }
        g.setStroke(new BasicStroke(3));
        g.setColor(new Color(40, 40, 40));
        for (int i = 0; i < 12; i++) {
            g.drawLine(0, height / 4 + random.nextInt(height / 8), width, height / 5 + random.nextInt(height / 6));
        }
        g.dispose();
        return image;
    }

    private static int clamp(int value) {
        return Math.max(0, Math.min(255, value));
    }
}
