package kiosk.content.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Stream;
import kiosk.content.check.Problem;
import kiosk.testing.ContentFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Only the media a magazine needs are published (JPEG, PNG, GIF, WebP, AVIF, PDF), judged by their
 * first bytes, and no file is read past its size limit.
 */
class MediaFilesTest {

    private static final byte[] SVG = """
            <svg xmlns="http://www.w3.org/2000/svg"><script>fetch('/preview?token='+document.cookie)</script></svg>
            """.getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path temp;

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    static Stream<Arguments> publishable() {
        return Stream.of(
                Arguments.of("photo.jpg", ContentFolder.jpeg()),
                Arguments.of("PHOTO.JPEG", ContentFolder.jpeg()),
                Arguments.of("chart.png", ContentFolder.png()),
                Arguments.of("anim.gif", bytes("GIF89a\u0001\u0000\u0001\u0000\u0000\u0000\u0000;")),
                Arguments.of("photo.webp", bytes("RIFF\u0024\u0000\u0000\u0000WEBPVP8 ")),
                Arguments.of("photo.avif", bytes("\u0000\u0000\u0000\u001cftypavif\u0000\u0000\u0000\u0000avifmif1miaf")),
                Arguments.of("print.pdf", bytes("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("publishable")
    void load_mediaOfAnAllowedTypeNamedAsItIs_isAccepted(String name, byte[] content) {
        LoadResult result = ContentFolder.create(temp).writeBytes("media/" + name, content).load();

        assertThat(result.problems()).isEmpty();
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of("evil.svg", SVG, "media/evil.svg:1:1: error: '.svg' files are not published"),
                Arguments.of("page.html", bytes("<html><script>alert(1)</script></html>"),
                        "media/page.html:1:1: error: '.html' files are not published"),
                Arguments.of("app.js", bytes("alert(1)"), "media/app.js:1:1: error: '.js' files are not published"),
                Arguments.of("README", bytes("text"), "media/README:1:1: error: the file has no extension"),
                Arguments.of("fake.jpg", SVG, "media/fake.jpg:1:1: error: the file does not hold a JPEG image, as its name says"),
                Arguments.of("fake.pdf", bytes("<html>%PDF-1.7"), "media/fake.pdf:1:1: error: the file does not hold a PDF document"),
                Arguments.of("png-named.jpg", ContentFolder.png(),
                        "media/png-named.jpg:1:1: error: the file holds a PNG image, not the JPEG image its name says"),
                Arguments.of("heic.avif", bytes("\u0000\u0000\u0000\u0018ftypheic\u0000\u0000\u0000\u0000mif1heic"),
                        "media/heic.avif:1:1: error: the file does not hold an AVIF image"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void load_mediaOfAnotherTypeOrMisnamed_isAnErrorAtTheFile(String name, byte[] content, String expected) {
        LoadResult result = ContentFolder.create(temp).article("first", "2026-11-20T09:00:00+09:00")
                .writeBytes("media/" + name, content).load();

        assertThat(result.problems()).extracting(Problem::format).singleElement()
                .satisfies(line -> assertThat(line).startsWith(expected));
        assertThat(result.content().articles()).hasSize(1);
    }

    @Test
    void load_refusedMediaUsedAsLeadPhoto_isAnErrorWhereItIsUsedToo() {
        LoadResult result = ContentFolder.create(temp)
                .writeBytes("media/evil.svg", SVG)
                .articleWithPhoto("with-photo", "/media/evil.svg")
                .load();

        assertThat(result.problems()).extracting(Problem::format)
                .anySatisfy(line -> assertThat(line).startsWith("media/evil.svg:1:1: error: '.svg' files are not published"))
                .anySatisfy(line -> assertThat(line).startsWith("articles/with-photo.md:8:8: error: the image /media/evil.svg"
                        + " cannot be published: '.svg' files are not published"));
        assertThat(result.content().articles()).isEmpty();
    }

    @Test
    void load_pdfUsedAsLeadPhoto_isAnError() {
        LoadResult result = ContentFolder.create(temp)
                .writeBytes("media/print.pdf", bytes("%PDF-1.7\n"))
                .articleWithPhoto("with-photo", "/media/print.pdf")
                .load();

        assertThat(result.problems()).extracting(Problem::format).singleElement().satisfies(line -> assertThat(line)
                .startsWith("articles/with-photo.md:8:8: error: /media/print.pdf is a PDF document, not an image"));
    }

    @Test
    void load_hiddenFilesUnderMedia_areIgnored() {
        LoadResult result = ContentFolder.create(temp).writeBytes("media/.DS_Store", bytes("\u0000\u0000\u0000\u0001Bud1"))
                .link("media/.env", "/proc/self/environ").load();

        assertThat(result.problems()).isEmpty();
    }

    @Test
    void load_filesOverTheirLimits_areLocatedErrorsAndNotRead() throws IOException {
        ContentFolder folder = ContentFolder.create(temp).article("first", "2026-11-20T09:00:00+09:00")
                .writeBytes("media/huge.jpg", ContentFolder.jpeg())
                .write("articles/long.md", "---\ntitle: 長い\n---\n" + "あ".repeat(400_000))
                .write("tags.yaml", "- name: " + "タ".repeat(800_000) + "\n  slug: x\n");
        try (RandomAccessFile huge = new RandomAccessFile(folder.root().resolve("media/huge.jpg").toFile(), "rw")) {
            huge.setLength((50L << 20) + 1);
        }

        LoadResult result = folder.load();

        assertThat(result.problems()).extracting(Problem::format)
                .anySatisfy(line -> assertThat(line).startsWith("media/huge.jpg:1:1: error: the file is too large: 50.0 MB,"
                        + " at most 50 MB for this kind of file"))
                .anySatisfy(line -> assertThat(line).startsWith("articles/long.md:1:1: error: the file is too large: 1.1 MB,"
                        + " at most 1 MB"))
                .anySatisfy(line -> assertThat(line).startsWith("tags.yaml:1:1: error: the file is too large: 2.3 MB,"
                        + " at most 2 MB"))
                .hasSize(3);
        assertThat(result.content().articles()).extracting("slug").containsExactly("first");
    }
}
