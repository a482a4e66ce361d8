import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Draws the sample magazine's placeholder images for series, special editions and sponsors the way its
 * issue covers were drawn: a diagonal gradient with translucent shapes and a faint horizon, covers with
 * the red KIOSK band; the articles' lead photos as landscapes at camera-like width (a sky, a sun, ridges
 * fading into haze, a skyline or a shore, film grain), the site's sharing image and logo; written by
 * ImageIO (JFIF JPEG, PNG for logos). Each image has its own seed, so a run draws the same pictures again.
 * Run from the repository's root: {@code java scripts/SampleImages.java content/media}
 */
public final class SampleImages {

    private static final Color BAND = new Color(0xB3, 0x14, 0x1C);

    public static void main(String[] args) throws IOException {
        Path media = Path.of(args.length > 0 ? args[0] : "content/media");
        write(media.resolve("series/nihon-saihakken.jpg"), photo(1200, 675, 1201, new Color(0x7FB8D8), new Color(0x2E5E4E)));
        write(media.resolve("series/kurashi-no-mirai.jpg"), photo(1200, 675, 1202, new Color(0xF2D3A2), new Color(0x8A5A3C)));
        write(media.resolve("2026/ine-funaya-bay.jpg"), photo(1200, 675, 1203, new Color(0x9CC9E8), new Color(0x1F4E79)));
        write(media.resolve("2026/shiiba-yakihata.jpg"), photo(1200, 675, 1204, new Color(0xC9B458), new Color(0x4B3A26)));
        write(media.resolve("2026/insulated-house.jpg"), photo(1200, 675, 1205, new Color(0xF5E6C8), new Color(0xA0522D)));
        write(media.resolve("specials/saihakken-umibe.jpg"),
                cover(900, 1200, 1206, new Color(0x8FD3E8), new Color(0x13506B), "別冊", "海辺の町をゆく"));
        write(media.resolve("specials/handotai-no-subete-2027.jpg"),
                cover(900, 1200, 1207, new Color(0x8E9AAF), new Color(0x1B1F3B), "MOOK", "半導体のすべて"));
        write(media.resolve("sponsors/hidamari-juken.png"), logo(360, 120, new Color(0xE8912D), "ひだまり住研"));
        write(media.resolve("sponsors/midorino-chaho.png"), logo(360, 120, new Color(0x4C8C3A), "みどり野茶舗"));
        // lead photos at 1600 px: news search and discovery ask for sharing images of 1200 px and more
        String[] leads = {"film-festival-carpet", "boj-headquarters", "climax-series-walkoff", "ai-agent-office",
                "japan-series-champions", "kyoto-bus-stop", "us-midterm-polling", "j-league-night-match",
                "chitose-industrial-park", "typhoon-shibuya", "spaceguard-telescope", "lunar-rover-test",
                "kumamoto-chip-plant", "election-night-hq", "h3-launch-tanegashima", "shibuya-halloween",
                "shenzhen-skyline", "inzai-data-center", "eu-commission-brussels", "beijing-commerce-ministry",
                "campaign-first-speech", "ueno-ukiyoe-exhibition", "kyoto-autumn-crowd", "osaka-evacuation-drill",
                "us-capitol-autumn", "ine-funaya-bay", "shiiba-yakihata", "insulated-house"};
        for (int i = 0; i < leads.length; i++) {
            write(media.resolve("2026/" + leads[i] + ".jpg"), landscape(1600, 900, 2600 + i));
        }
        BufferedImage share = landscape(1200, 630, 2700);
        Graphics2D g = graphics(share);
        g.setColor(BAND);
        g.fillRect(0, 630 - 150, 1200, 150);
        g.setColor(Color.WHITE);
        g.setFont(new Font("Noto Sans CJK JP", Font.BOLD, 76));
        g.drawString("週刊キオスク", 56, 630 - 48);
        g.dispose();
        write(media.resolve("site/share.jpg"), share);
        write(media.resolve("site/logo.png"), wordmark(600, 60));
    }

    /**
     * A landscape as a camera would take it: a sky graded from zenith to horizon, a sun, ridges fading
     * into the haze, a skyline with lit windows or a shore, and film grain (which also gives the JPEG a
     * photo's weight).
     */
    private static BufferedImage landscape(int width, int height, long seed) {
        Random random = new Random(seed);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = graphics(image);
        float hue = random.nextFloat();
        boolean dusk = random.nextBoolean();
        Color zenith = Color.getHSBColor(dusk ? 0.62f + hue * 0.1f : 0.55f + hue * 0.08f, 0.55f, dusk ? 0.35f : 0.75f);
        Color horizon = Color.getHSBColor(dusk ? 0.05f + hue * 0.06f : 0.52f, dusk ? 0.55f : 0.18f, 0.98f);
        int horizonY = height * (55 + random.nextInt(15)) / 100;
        g.setPaint(new GradientPaint(0, 0, zenith, 0, horizonY, horizon));
        g.fillRect(0, 0, width, horizonY + 2);
        float sunX = width * (0.15f + random.nextFloat() * 0.7f);
        float sunY = horizonY * (dusk ? 0.85f : 0.3f + random.nextFloat() * 0.3f);
        for (int r = height / 4; r > 0; r -= 4) {
            float glow = 1f - (float) r / (height / 4f);
            g.setColor(new Color(1f, dusk ? 0.75f : 0.97f, dusk ? 0.45f : 0.85f, Math.min(1f, glow * glow * 0.25f)));
            g.fill(new Ellipse2D.Float(sunX - r, sunY - r, 2 * r, 2 * r));
        }
        for (int layer = 0; layer < 3; layer++) {
            float haze = 0.65f - layer * 0.25f;
            Color ridge = blend(Color.getHSBColor(0.3f + hue * 0.2f, 0.35f, 0.25f + layer * 0.05f), horizon, haze);
            g.setColor(ridge);
            g.fill(ridge(width, horizonY - (2 - layer) * height / 14, height / (5 + layer * 2), random, height));
        }
        if (random.nextBoolean()) {
            skyline(g, width, height, horizonY, random, dusk);
        } else {
            Color water = blend(zenith, Color.BLACK, 0.25f);
            g.setPaint(new GradientPaint(0, horizonY, blend(horizon, water, 0.4f), 0, height, water));
            g.fillRect(0, horizonY, width, height - horizonY);
            g.setColor(new Color(255, 255, 255, 50));
            for (int i = 0; i < 90; i++) {
                int y = horizonY + random.nextInt(height - horizonY);
                int length = 20 + random.nextInt(width / 8);
                int x = (int) sunX - length / 2 + (int) (random.nextGaussian() * width / 10);
                g.fillRect(x, y, length, 2);
            }
        }
        g.dispose();
        grain(image, random, 4);
        return image;
    }

    private static Polygon ridge(int width, int baseY, int amplitude, Random random, int height) {
        int steps = 64;
        double[] heights = new double[steps + 1];
        double value = random.nextDouble();
        for (int i = 0; i <= steps; i++) {
            value = Math.max(0, Math.min(1, value + random.nextGaussian() * 0.12));
            heights[i] = value;
        }
        Polygon polygon = new Polygon();
        polygon.addPoint(0, height);
        for (int i = 0; i <= steps; i++) {
            polygon.addPoint(i * width / steps, baseY - (int) (heights[i] * amplitude));
        }
        polygon.addPoint(width, height);
        return polygon;
    }

    private static void skyline(Graphics2D g, int width, int height, int horizonY, Random random, boolean dusk) {
        int x = 0;
        while (x < width) {
            int w = 40 + random.nextInt(110);
            int h = height / 10 + random.nextInt(height / 3);
            int shade = 30 + random.nextInt(40);
            g.setColor(new Color(shade, shade + 4, shade + 12));
            g.fillRect(x, horizonY - h, w, height - horizonY + h);
            g.setColor(dusk ? new Color(255, 214, 140, 200) : new Color(200, 220, 235, 90));
            for (int wy = horizonY - h + 10; wy < height - 12; wy += 18) {
                for (int wx = x + 6; wx < x + w - 10; wx += 14) {
                    if (random.nextInt(3) > 0) {
                        g.fillRect(wx, wy, 7, 9);
                    }
                }
            }
            x += w + random.nextInt(12);
        }
    }

    private static void grain(BufferedImage image, Random random, int strength) {
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int noise = (int) (random.nextGaussian() * strength);
                int r = clamp((rgb >> 16 & 0xFF) + noise);
                int gr = clamp((rgb >> 8 & 0xFF) + noise);
                int b = clamp((rgb & 0xFF) + noise);
                image.setRGB(x, y, r << 16 | gr << 8 | b);
            }
        }
    }

    private static int clamp(int value) {
        return Math.max(0, Math.min(255, value));
    }

    private static Color blend(Color a, Color b, float t) {
        return new Color((int) (a.getRed() * (1 - t) + b.getRed() * t), (int) (a.getGreen() * (1 - t) + b.getGreen() * t),
                (int) (a.getBlue() * (1 - t) + b.getBlue() * t));
    }

    /** The magazine's wordmark for structured data: the red KIOSK band's colour on transparent ground. */
    private static BufferedImage wordmark(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = graphics(image);
        g.setColor(BAND);
        g.fillRect(0, 0, height * 2, height);
        g.setColor(Color.WHITE);
        g.setFont(new Font("DejaVu Sans", Font.BOLD, 30));
        g.drawString("KIOSK", 8, 41);
        g.setColor(BAND);
        g.setFont(new Font("Noto Sans CJK JP", Font.BOLD, 40));
        g.drawString("週刊キオスク", height * 2 + 16, 46);
        g.dispose();
        return image;
    }

    /** A gradient with translucent circles, triangles and rounded rectangles, and a faint horizon. */
    private static BufferedImage photo(int width, int height, long seed, Color from, Color to) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = graphics(image);
        Random random = new Random(seed);
        g.setPaint(new GradientPaint(0, 0, from, width, height, to));
        g.fillRect(0, 0, width, height);
        for (int i = 0; i < 6; i++) {
            g.setColor(new Color(random.nextInt(200) + 40, random.nextInt(200) + 40, random.nextInt(200) + 40, 110));
            int size = height / 5 + random.nextInt(height / 2);
            int x = random.nextInt(width) - size / 3;
            int y = random.nextInt(height) - size / 3;
            switch (random.nextInt(3)) {
                case 0 -> g.fill(new Ellipse2D.Double(x, y, size, size));
                case 1 -> g.fill(new Polygon(new int[] {x, x + size / 2, x + size}, new int[] {y + size, y, y + size}, 3));
                default -> g.fill(new RoundRectangle2D.Double(x, y, size * 1.5, size, 24, 24));
            }
        }
        g.setColor(new Color(255, 255, 255, 60));
        g.setStroke(new BasicStroke(6));
        g.drawLine(0, height * 2 / 3, width, height * 2 / 3);
        g.dispose();
        return image;
    }

    /** A special edition's cover: the photo style under the red KIOSK band, with its kind and title. */
    private static BufferedImage cover(int width, int height, long seed, Color from, Color to, String kind, String title) {
        BufferedImage image = photo(width, height, seed, from, to);
        Graphics2D g = graphics(image);
        g.setColor(BAND);
        g.fillRect(0, 0, width, 150);
        g.setColor(Color.WHITE);
        g.setFont(new Font("DejaVu Sans", Font.BOLD, 84));
        g.drawString("KIOSK", 42, 112);
        g.setFont(new Font("Noto Sans CJK JP", Font.BOLD, 60));
        g.drawString(kind, width - 42 - g.getFontMetrics().stringWidth(kind), 104);
        g.setFont(new Font("Noto Sans CJK JP", Font.BOLD, 92));
        g.setColor(new Color(0, 0, 0, 90));
        g.drawString(title, 48, height - 148);
        g.setColor(Color.WHITE);
        g.drawString(title, 44, height - 152);
        g.dispose();
        return image;
    }

    /** A sponsor's logo: a coloured mark and the name on white. */
    private static BufferedImage logo(int width, int height, Color color, String name) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = graphics(image);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(color);
        g.fill(new Ellipse2D.Double(16, 24, 72, 72));
        g.setColor(Color.WHITE);
        g.fill(new Ellipse2D.Double(34, 42, 36, 36));
        g.setColor(color.darker());
        g.setFont(new Font("Noto Sans CJK JP", Font.BOLD, 40));
        g.drawString(name, 104, 76);
        g.dispose();
        return image;
    }

    private static Graphics2D graphics(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        return g;
    }

    private static void write(Path file, BufferedImage image) throws IOException {
        Files.createDirectories(file.getParent());
        String format = file.toString().endsWith(".png") ? "png" : "jpg";
        if (!ImageIO.write(image, format, file.toFile())) {
            throw new IOException("no ImageIO writer for " + format);
        }
        System.out.println(file + " " + image.getWidth() + "x" + image.getHeight());
    }
}
