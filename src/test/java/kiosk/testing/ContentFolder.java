package kiosk.testing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import kiosk.content.load.ContentLoader;
import kiosk.content.load.LoadResult;

/**
 * A small content folder written by a test: a valid base (two sections, two authors, one issue) to
 * which the test adds or overwrites files.
 */
public final class ContentFolder {

    /** A good archetype (content/archetypes/*.md): every placeholder, and text to write in the form check knows. */
    public static final String ARCHETYPE = """
            ---
            title: {{title}}
            date: {{date}}
            section: {{section}}
            authors: [{{author}}]
            summary: （ここに要約を書く）
            draft: true
            ---
            （ここに本文を書く）
            """;

    private final Path root;

    private ContentFolder(Path root) {
        this.root = root;
    }

    /** A folder under {@code parent} (a JUnit {@code @TempDir}) with the valid base files. */
    public static ContentFolder create(Path parent) {
        ContentFolder folder = new ContentFolder(parent.resolve("content"));
        folder.write("sections.yaml", """
                - slug: world
                  name: ワールド
                  weight: 10
                - slug: business
                  name: ビジネス
                  weight: 20
                """);
        folder.write("authors.yaml", """
                - slug: sato
                  name: 佐藤 美咲
                  section: world
                - slug: wire
                  name: 東西通信
                  agency: true
                """);
        return folder.issueCover("");
    }

    /** {@code issues/2026-11-24.yaml}, the issue every folder has, its cover's picture {@code image} (none when empty). */
    public ContentFolder issueCover(String image) {
        return write("issues/2026-11-24.yaml", """
                number: 3412
                title: 2026年11月24日号
                date: 2026-11-24
                onSale: 2026-11-17
                cover:
                  title: 半導体の地政学
                """ + (image.isEmpty() ? "" : "  image: " + image + "\n"));
    }

    public Path root() {
        return root;
    }

    public ContentFolder write(String relativePath, String text) {
        return writeBytes(relativePath, text.getBytes(StandardCharsets.UTF_8));
    }

    public ContentFolder writeBytes(String relativePath, byte[] bytes) {
        Path file = root.resolve(relativePath);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Makes {@code relativePath} a symbolic link to {@code target} (absolute, or relative to the link's folder). */
    public ContentFolder link(String relativePath, String target) {
        Path link = root.resolve(relativePath);
        try {
            Files.createDirectories(link.getParent());
            Files.deleteIfExists(link);
            Files.createSymbolicLink(link, Path.of(target));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** A 4 x 3 pixel PNG image. */
    public static byte[] png() {
        return image("png");
    }

    /** A 4 x 3 pixel JPEG image. */
    public static byte[] jpeg() {
        return image("jpg");
    }

    /** A black JPEG photo of the given size. */
    public static byte[] jpeg(int width, int height) {
        return image("jpg", width, height);
    }

    private static byte[] image(String format) {
        return image(format, 4, 3);
    }

    private static byte[] image(String format, int width, int height) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), format, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Writes {@code articles/<slug>.md} with the given front matter lines and body. */
    public ContentFolder article(String slug, String frontMatter, String body) {
        return write("articles/" + slug + ".md", "---\n" + frontMatter.strip() + "\n---\n" + body);
    }

    /** A valid published article whose lead photo is {@code src} ({@code /media/...}), its image mapping on lines 7 to 10. */
    public ContentFolder articleWithPhoto(String slug, String src) {
        return articleWithImage(slug, "  src: " + src + "\n  alt: 写真\n  credit: 撮影・佐藤\n");
    }

    /** A valid published article whose {@code image:} mapping (from line 7) holds {@code imageLines}, indented. */
    public ContentFolder articleWithImage(String slug, String imageLines) {
        return article(slug, """
                title: 写真つき
                date: 2026-11-22T09:00:00+09:00
                section: world
                authors: [sato]
                summary: 要約。
                image:
                """ + imageLines, "本文。\n");
    }

    /** A valid published article in section world by sato, dated {@code date}. */
    public ContentFolder article(String slug, String date) {
        return articleWith(slug, date, "");
    }

    /** The same with more front matter lines, such as {@code series: {slug: x, part: 1}}. */
    public ContentFolder articleWith(String slug, String date, String moreFrontMatter) {
        return article(slug, """
                title: 記事 %s
                date: %s
                section: world
                authors: [sato]
                tags: [外交]
                summary: 要約。
                %s
                """.formatted(slug, date, moreFrontMatter), "本文です。\n");
    }

    /** A valid published article in section business by the agency wire, without tags: it shares no list with the others. */
    public ContentFolder articleInBusiness(String slug) {
        return article(slug, """
                title: 別の記事
                date: 2026-11-19T09:00:00+09:00
                section: business
                authors: [wire]
                summary: 要約。
                """, "まったく別の話。\n");
    }

    /** {@code series/<slug>.yaml}: 日本再発見 in two seasons, 海辺の町へ and 山あいの暮らし. */
    public ContentFolder seriesInTwoSeasons(String slug) {
        return write("series/" + slug + ".yaml", """
                title: 日本再発見
                seasons:
                  - {number: 1, title: 海辺の町へ}
                  - {number: 2, title: 山あいの暮らし}
                """);
    }

    /** {@code specials/<slug>.yaml}: a valid 別冊 at 1,320 yen on sale from {@code onSale}, with more lines. */
    public ContentFolder special(String slug, String onSale, String moreLines) {
        return write("specials/" + slug + ".yaml", """
                title: 別冊 日本の城
                kind: bessatsu
                cover: {src: https://img.example.jp/shiro.jpg, alt: 表紙}
                onSale: %s
                price: 1320
                isbn: 978-3-16-148410-0
                %s
                """.formatted(onSale, moreLines));
    }

    public LoadResult load() {
        return ContentLoader.load(root);
    }
}
