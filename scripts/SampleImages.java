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
 * photos and issue covers were drawn: a diagonal gradient with translucent shapes and a faint horizon,
 * covers with the red KIOSK band; written by ImageIO (JFIF JPEG, PNG for logos). Each image has its own
 * seed, so a run draws the same pictures again. Run from the repository's root:
 * {@code java scripts/SampleImages.java content/media}
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
