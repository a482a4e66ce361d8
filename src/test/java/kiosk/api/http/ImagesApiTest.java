package kiosk.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import kiosk.catalog.CatalogBuilder;
import kiosk.content.files.SafeFolder;
import kiosk.content.load.LoadResult;
import kiosk.image.ImagePipeline;
import kiosk.image.ImageSource;
import kiosk.testing.ContentFolder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One Image type for every image, over HTTP: sizes, variants by format and width, placeholder, body photos. */
class ImagesApiTest {

    private static final Instant NOW = Instant.parse("2026-11-25T03:00:00Z");

    @TempDir
    static Path temp;
    private static TestServer server;

    @BeforeAll
    static void start() throws IOException {
        ContentFolder folder = ContentFolder.create(temp)
                .writeBytes("media/lead.jpg", ContentFolder.jpeg(1600, 900))
                .writeBytes("media/body.jpg", ContentFolder.jpeg(800, 600))
                .writeBytes("media/waiting.jpg", ContentFolder.jpeg(1300, 700))
                .article("photos", """
                        title: 写真の記事
                        date: 2026-11-22T09:00:00+09:00
                        section: world
                        authors: [sato]
                        summary: 要約。
                        image:
                          src: /media/lead.jpg
                          alt: 港の朝
                          credit: 撮影・佐藤
                        """, "前段。\n\n![市場](/media/body.jpg \"朝の市場 | 撮影・鈴木\")\n\n![待ち](/media/waiting.jpg)\n");
        LoadResult result = folder.load();
        assertThat(result.hasErrors()).as("%s", result.problems()).isFalse();
        SafeFolder content = new SafeFolder(folder.root(), "the content folder");
        ImagePipeline.Result images = new ImagePipeline(temp.resolve("cache"), List.of(320, 640)).process(List.of(
                new ImageSource("/media/lead.jpg", content, folder.root().resolve("media/lead.jpg")),
                new ImageSource("/media/body.jpg", content, folder.root().resolve("media/body.jpg"))));
        server = TestServer.start(new CatalogBuilder().withRenditions(images::renditions)
                .published(result.content(), NOW));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonNode article() {
        JsonNode answer = server.graphQl("""
                { article(slug: "photos") {
                    image { src alt credit width height placeholder srcset webp: srcset(format: WEBP)
                            small: url(width: 500) large: url(width: 5000, format: WEBP) }
                    images { src alt caption credit width height srcset url(width: 300) placeholder } } }
                """, Map.of());
        assertThat(answer.get("errors")).as("%s", answer).isNull();
        return answer.at("/data/article");
    }

    @Test
    void leadPhoto_sizeVariantsAndPlaceholder() {
        JsonNode image = article().get("image");
        String base = "http://localhost:7070/img/lead-";

        assertThat(image.get("src").asText()).isEqualTo("http://localhost:7070/media/lead.jpg");
        assertThat(image.get("width").asInt()).isEqualTo(1600);
        assertThat(image.get("height").asInt()).isEqualTo(900);
        assertThat(image.get("placeholder").asText()).isEqualTo("#000000");
        assertThat(image.get("srcset").asText()).matches(Pattern.quote(base) + "320\\.[0-9a-f]{10}\\.jpg 320w, "
                + Pattern.quote(base) + "640\\.[0-9a-f]{10}\\.jpg 640w, " + Pattern.quote(base) + "1200\\.[0-9a-f]{10}\\.jpg 1200w");
        assertThat(image.get("webp").asText()).contains(".webp 320w").doesNotContain(".jpg");
        assertThat(image.get("small").asText()).startsWith(base + "640.").endsWith(".jpg");
        // widths 320 and 640, and 1200 for sharing: the 1600 px original is wider than all, so 1200 is the widest
        assertThat(image.get("large").asText()).startsWith(base + "1200.").endsWith(".webp");
    }

    @Test
    void bodyPhotos_listedInOrder_withCaptionCreditAndVariantsOnceProduced() {
        JsonNode images = article().get("images");

        assertThat(images).hasSize(2);
        assertThat(images.get(0).get("caption").asText()).isEqualTo("朝の市場");
        assertThat(images.get(0).get("credit").asText()).isEqualTo("撮影・鈴木");
        assertThat(images.get(0).get("width").asInt()).isEqualTo(800);
        assertThat(images.get(0).get("url").asText()).startsWith("http://localhost:7070/img/body-320.");
        // not processed (yet): the original, sizes unknown rather than 0
        JsonNode waiting = images.get(1);
        // its size is read from the file's header when the content loads, before any variant exists
        assertThat(waiting.get("width").asInt()).isEqualTo(1300);
        assertThat(waiting.get("height").asInt()).isEqualTo(700);
        assertThat(waiting.get("srcset").isNull()).isTrue();
        assertThat(waiting.get("placeholder").isNull()).isTrue();
        assertThat(waiting.get("url").asText()).isEqualTo("http://localhost:7070/media/waiting.jpg");
    }

    @Test
    void url_widthBelowOne_isABadInputError() {
        JsonNode answer = server.graphQl("{ article(slug: \"photos\") { image { url(width: 0) } } }", Map.of());

        assertThat(answer.at("/errors/0/message").asText()).contains("width must be positive");
    }
}
