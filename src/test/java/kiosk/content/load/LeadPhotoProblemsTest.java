package kiosk.content.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import kiosk.content.Image;
import kiosk.content.check.Problem;
import kiosk.testing.ContentFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What check says of lead photos: each problem at its line, every one in one run. */
class LeadPhotoProblemsTest {

    @TempDir
    Path temp;

    @Test
    void load_leadPhotoUnder1200Pixels_warnsAtItsSource() throws IOException {
        var result = ContentFolder.create(temp).writeBytes("media/small.jpg", ContentFolder.jpeg(960, 540))
                .articleWithImage("small", "  src: /media/small.jpg\n  alt: 写真\n  credit: 撮影・佐藤\n")
                .load();

        assertThat(result.problems()).extracting(Problem::format).singleElement().satisfies(line -> assertThat(line)
                .startsWith("articles/small.md:8:8: warning: the lead photo is 960 px wide: sharing and news search"
                        + " ask for at least 1200 px"));
        assertThat(result.content().articles()).hasSize(1);
    }

    @Test
    void load_leadPhotoOf1200Pixels_isFine() throws IOException {
        var result = ContentFolder.create(temp).writeBytes("media/large.jpg", ContentFolder.jpeg(1200, 800))
                .articleWithImage("large", "  src: /media/large.jpg\n  alt: 写真\n  credit: 撮影・佐藤\n  focus: 0.3,0.4\n")
                .load();

        assertThat(result.problems()).isEmpty();
        assertThat(result.content().articles().get(0).image().focus()).isEqualTo(new Image.Focus(0.3, 0.4));
    }

    @Test
    void load_undecodableImage_isAnErrorAtItsSource() throws IOException {
        byte[] truncated = Arrays.copyOf(ContentFolder.jpeg(1600, 900), 40); // a JPEG's signature, then nothing a reader can use
        var result = ContentFolder.create(temp).writeBytes("media/broken.jpg", truncated)
                .articleWithImage("broken", "  src: /media/broken.jpg\n  alt: 写真\n  credit: 撮影・佐藤\n")
                .load();

        assertThat(result.problems()).extracting(Problem::format).singleElement().satisfies(line -> assertThat(line)
                .startsWith("articles/broken.md:8:8: error: the image /media/broken.jpg cannot be decoded:"));
        assertThat(result.content().articles()).isEmpty();
    }

    @Test
    void load_leadPhotoWithoutAltOrCredit_errorForAltWarningForCredit() throws IOException {
        var result = ContentFolder.create(temp).writeBytes("media/photo.jpg", ContentFolder.jpeg(1600, 900))
                .articleWithImage("bare", "  src: /media/photo.jpg\n")
                .load();

        assertThat(result.problems()).extracting(problem -> problem.format().lines().findFirst().orElseThrow())
                .containsExactly("articles/bare.md:8:3: error: the lead photo has no 'alt' text",
                        "articles/bare.md:8:3: warning: the lead photo has no 'credit'");
    }

    @Test
    void load_badFocus_isAnErrorAtItsLine() throws IOException {
        var result = ContentFolder.create(temp).writeBytes("media/photo.jpg", ContentFolder.jpeg(1600, 900))
                .articleWithImage("focus", "  src: /media/photo.jpg\n  alt: 写真\n  credit: 撮影・佐藤\n  focus: 1.3,left\n")
                .load();

        assertThat(result.problems()).extracting(Problem::format).singleElement().satisfies(line -> assertThat(line)
                .startsWith("articles/focus.md:11:10: error: 'focus' must be two fractions from 0 to 1"));
    }
}
