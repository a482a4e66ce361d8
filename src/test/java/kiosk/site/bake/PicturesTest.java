package kiosk.site.bake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import kiosk.content.Image;
import kiosk.image.ImageFormat;
import kiosk.image.Rendition;
import kiosk.image.Renditions;
import kiosk.image.Variant;
import kiosk.site.templates.Picture;
import org.junit.jupiter.api.Test;

class PicturesTest {

    private static final Rendition PHOTO = new Rendition(1600, 900, "#336699", List.of(
            variant(640, ImageFormat.JPEG), variant(640, ImageFormat.WEBP),
            variant(1200, ImageFormat.JPEG), variant(1200, ImageFormat.WEBP),
            variant(1600, ImageFormat.JPEG), variant(1600, ImageFormat.WEBP)));
    private final Pictures pictures = new Pictures(new Renditions(Map.of("/media/photo.jpg", PHOTO)));

    private static Variant variant(int width, ImageFormat format) {
        String path = "/img/photo-" + width + ".0123456789." + format.extension();
        return new Variant(width, width * 9 / 16, format, path, Path.of("cache").resolve(path.substring(5)));
    }

    @Test
    void of_imageWithVariants_srcsetsAndTheRenditionsSize() {
        Picture picture = pictures.of(new Image("/media/photo.jpg", "港", "", "", 0, 0, new Image.Focus(0.3, 0.6)));

        assertThat(picture.src()).isEqualTo("/img/photo-1200.0123456789.jpg");
        assertThat(picture.webpSrcset()).isEqualTo("/img/photo-640.0123456789.webp 640w, "
                + "/img/photo-1200.0123456789.webp 1200w, /img/photo-1600.0123456789.webp 1600w");
        assertThat(picture.srcset()).startsWith("/img/photo-640.0123456789.jpg 640w");
        assertThat(picture.width()).isEqualTo(1600);
        assertThat(picture.height()).isEqualTo(900);
        assertThat(picture.crop()).isEqualTo("crop-25-50");
    }

    @Test
    void of_imageNotProcessedYet_theOriginalAlone() {
        Picture picture = pictures.of(new Image("/media/new.jpg", "新", "", "", 800, 600));

        assertThat(picture).isEqualTo(new Picture("/media/new.jpg", "新", "", "", 800, 600, "", "", null));
    }

    @Test
    void share_theVariantAtLeast1200Wide_inTheOriginalFormat() {
        assertThat(pictures.share(new Image("/media/photo.jpg", "港", "", "", 0, 0)))
                .isEqualTo("/img/photo-1200.0123456789.jpg");
        assertThat(pictures.share(new Image("/media/new.jpg", "新", "", "", 0, 0))).isEqualTo("/media/new.jpg");
    }

    @Test
    void inBody_imagesWithVariantsBecomePictures_othersStay() {
        String html = "<figure class=\"body-photo\"><img src=\"/media/photo.jpg\" alt=\"港 &amp; 船\"><figcaption>伊根</figcaption>"
                + "</figure><p><img src=\"/media/new.jpg\" alt=\"新\"></p>";

        String rewritten = pictures.inBody(html);

        assertThat(rewritten).contains("<picture><source type=\"image/webp\" srcset=\"/img/photo-640.0123456789.webp 640w,")
                .contains("<img src=\"/img/photo-1200.0123456789.jpg\" srcset=\"/img/photo-640.0123456789.jpg 640w,")
                .contains(" alt=\"港 &amp; 船\" width=\"1600\" height=\"900\" loading=\"lazy\" decoding=\"async\"></picture>"
                        + "<figcaption>伊根</figcaption>")
                .endsWith("<p><img src=\"/media/new.jpg\" alt=\"新\"></p>");
    }
}
