package kiosk.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import kiosk.content.files.Exif;
import kiosk.content.files.SafeFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImagePipelineTest {

    private static final List<Integer> WIDTHS = List.of(320, 640, 960, 1280, 1920);

    @TempDir
    Path content;
    @TempDir
    Path cache;

    @Test
    void process_cmykJpeg_variantsInSrgbWithTheInkColour() throws IOException {
        // no ink but magenta and yellow: red on paper
        Rendition rendition = processOne("agency.jpg", TestImages.cmykJpeg(800, 600, 0, 255, 255, 0));

        BufferedImage variant = decode(rendition.nearest(640, ImageFormat.JPEG).orElseThrow());
        Color colour = new Color(variant.getRGB(320, 240));
        assertThat(colour.getRed()).isGreaterThan(180);
        assertThat(colour.getGreen()).isLessThan(90);
        assertThat(colour.getBlue()).isLessThan(90);
        assertThat(variant.getColorModel().getNumComponents()).isEqualTo(3);
    }

    @Test
    void process_progressiveJpeg_resizedToEachWidthBelowItsOwn() throws IOException {
        Rendition rendition = processOne("camera.jpg",
                TestImages.jpeg(TestImages.halves(1500, 1000, Color.GREEN, Color.BLUE), true));

        assertThat(rendition.width()).isEqualTo(1500);
        // and 1200, the sharing width, always
        assertThat(rendition.in(ImageFormat.JPEG)).extracting(Variant::width).containsExactly(320, 640, 960, 1200, 1280, 1500);
        assertThat(rendition.in(ImageFormat.WEBP)).extracting(Variant::width).containsExactly(320, 640, 960, 1200, 1280, 1500);
        Variant webp = rendition.nearest(900, ImageFormat.WEBP).orElseThrow();
        assertThat(webp.width()).isEqualTo(960);
        assertThat(webp.height()).isEqualTo(640);
        BufferedImage decoded = decode(webp);
        assertThat(decoded.getWidth()).isEqualTo(960);
        assertThat(new Color(decoded.getRGB(100, 320)).getGreen()).isGreaterThan(200);
        assertThat(new Color(decoded.getRGB(860, 320)).getBlue()).isGreaterThan(200);
    }

    @Test
    void process_smallImage_neverUpscaled() throws IOException {
        Rendition rendition = processOne("small.jpg",
                TestImages.jpeg(TestImages.halves(500, 300, Color.RED, Color.RED), false));

        assertThat(rendition.variants()).extracting(Variant::width).containsOnly(320, 500);
    }

    @Test
    void process_exifOrientation6_variantsTurnedUpright() throws IOException {
        // stored sideways: the camera was turned clockwise, so the photo's top is the stored left side
        byte[] sideways = TestImages.withExifOrientation(
                TestImages.jpeg(TestImages.halves(800, 400, Color.RED, Color.BLUE), false), 6);

        Rendition rendition = processOne("portrait.jpg", sideways);

        assertThat(rendition.width()).isEqualTo(400);
        assertThat(rendition.height()).isEqualTo(800);
        BufferedImage variant = decode(rendition.nearest(320, ImageFormat.JPEG).orElseThrow());
        assertThat(variant.getHeight()).isEqualTo(640);
        assertThat(new Color(variant.getRGB(160, 100)).getRed()).isGreaterThan(200);
        assertThat(new Color(variant.getRGB(160, 540)).getBlue()).isGreaterThan(200);
    }

    @Test
    void decode_photoTwiceTheWidestVariant_shrunkFirstButMeasuredAtFullSize() throws IOException {
        // stored 1300 x 2600 and turned by EXIF 6: upright it is 2600 wide, so half of it is enough for 1200
        byte[] sideways = TestImages.withExifOrientation(
                TestImages.jpeg(TestImages.halves(1300, 2600, Color.RED, Color.BLUE), true), 6);

        Decoded decoded = ImageDecoder.decode(sideways, 1200);

        assertThat(decoded.width()).isEqualTo(2600);
        assertThat(decoded.height()).isEqualTo(1300);
        assertThat(decoded.image().getWidth()).isEqualTo(1300);
        assertThat(decoded.image().getHeight()).isEqualTo(650);
        assertThat(ImageDecoder.decode(sideways, 2600).image().getWidth()).isEqualTo(2600);
        // the top of the upright photo (the stored left half) is red, its bottom blue: averaged blocks keep them
        assertThat(new Color(decoded.image().getRGB(650, 100)).getRed()).isGreaterThan(200);
        assertThat(new Color(decoded.image().getRGB(650, 550)).getBlue()).isGreaterThan(200);
    }

    @Test
    void process_cmykPhotoShrunkFirst_variantsAtTheirWidthsInTheInkColour() throws IOException {
        Rendition rendition = processOne("agency-large.jpg", TestImages.cmykJpeg(4000, 1000, 0, 255, 255, 0));

        assertThat(rendition.width()).isEqualTo(4000);
        assertThat(rendition.height()).isEqualTo(1000);
        assertThat(rendition.in(ImageFormat.JPEG)).extracting(Variant::width).containsExactly(320, 640, 960, 1200, 1280, 1920);
        Variant widest = rendition.nearest(1920, ImageFormat.WEBP).orElseThrow();
        assertThat(widest.height()).isEqualTo(480);
        BufferedImage variant = decode(widest);
        assertThat(variant.getHeight()).isEqualTo(480);
        Color colour = new Color(variant.getRGB(1900, 470));
        assertThat(colour.getRed()).isGreaterThan(180);
        assertThat(colour.getGreen()).isLessThan(90);
    }

    @Test
    void process_pngWithAlpha_transparencyKeptInPngAndWebp() throws IOException {
        BufferedImage logo = new BufferedImage(700, 300, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < 300; y++) {
            for (int x = 0; x < 350; x++) {
                logo.setRGB(x, y, 0xFF00AA00);
            }
        }
        Rendition rendition = processOne("logo.png", TestImages.png(logo));

        assertThat(rendition.originalFormat()).isEqualTo(ImageFormat.PNG);
        for (ImageFormat format : List.of(ImageFormat.PNG, ImageFormat.WEBP)) {
            BufferedImage variant = decode(rendition.nearest(640, format).orElseThrow());
            assertThat(variant.getColorModel().hasAlpha()).as(format.name()).isTrue();
            assertThat(variant.getRGB(600, 150) >>> 24).as(format + " transparent half").isZero();
            assertThat(variant.getRGB(40, 150)).as(format + " opaque half").isEqualTo(0xFF00AA00);
        }
    }

    @Test
    void process_secondRunOnTheSameCache_processesNothing() throws IOException {
        List<ImageSource> sources = List.of(
                source("a.jpg", TestImages.jpeg(TestImages.halves(1400, 900, Color.RED, Color.BLUE), false)),
                source("b.png", TestImages.png(TestImages.halves(700, 700, Color.WHITE, Color.BLACK))));

        ImagePipeline.Result first = new ImagePipeline(cache, WIDTHS).process(sources);
        // a new pipeline, as the next `kiosk bake` makes: what it knows comes from the cache folder
        ImagePipeline.Result second = new ImagePipeline(cache, WIDTHS).process(sources);

        assertThat(first.processed()).isEqualTo(2);
        assertThat(second.processed()).isZero();
        assertThat(second.reused()).isEqualTo(2);
        assertThat(second.renditions()).isEqualTo(first.renditions());
    }

    @Test
    void process_changedWidths_processesAgain() throws IOException {
        List<ImageSource> sources = List.of(
                source("a.jpg", TestImages.jpeg(TestImages.halves(1400, 900, Color.RED, Color.BLUE), false)));
        new ImagePipeline(cache, WIDTHS).process(sources);

        ImagePipeline.Result other = new ImagePipeline(cache, List.of(400, 800)).process(sources);

        assertThat(other.processed()).isEqualTo(1);
        assertThat(other.renditions().of("/media/a.jpg").orElseThrow().in(ImageFormat.WEBP))
                .extracting(Variant::width).containsExactly(400, 800, 1200);
    }

    @Test
    void process_variantNames_carryTheirContentHash() throws IOException {
        Rendition rendition = processOne("Photo 1.jpg",
                TestImages.jpeg(TestImages.halves(700, 400, Color.RED, Color.BLUE), false));

        for (Variant variant : rendition.variants()) {
            String hash = ImagePipeline.sha256(Files.readAllBytes(variant.file())).substring(0, 10);
            assertThat(variant.path()).matches("/img/photo-1-\\d+\\." + hash + "\\.(jpg|webp)");
        }
    }

    @Test
    void process_undecodableImage_failsThatOneAlone() throws IOException {
        byte[] broken = new byte[2000];
        broken[0] = (byte) 0xFF;
        broken[1] = (byte) 0xD8;
        broken[2] = (byte) 0xFF;
        List<ImageSource> sources = List.of(source("broken.jpg", broken),
                source("fine.jpg", TestImages.jpeg(TestImages.halves(400, 300, Color.RED, Color.BLUE), false)));

        ImagePipeline.Result result = new ImagePipeline(cache, WIDTHS).process(sources);

        assertThat(result.failures()).containsOnlyKeys("/media/broken.jpg");
        assertThat(result.renditions().of("/media/fine.jpg")).isPresent();
        assertThat(result.renditions().of("/media/broken.jpg")).isEmpty();
    }

    @Test
    void process_variants_carryNoCameraMetadataButTheRights() throws IOException {
        byte[] withExif = TestImages.withExifOrientation(
                TestImages.jpeg(TestImages.halves(700, 400, Color.RED, Color.BLUE), false), 1);

        Rendition rendition = processOne("meta.jpg", withExif);

        for (Variant variant : rendition.in(ImageFormat.JPEG)) {
            assertThat(Exif.of(Files.readAllBytes(variant.file()))).isEqualTo(Exif.NONE);
        }
    }

    private Rendition processOne(String name, byte[] bytes) throws IOException {
        ImagePipeline.Result result = new ImagePipeline(cache, WIDTHS).process(List.of(source(name, bytes)));
        assertThat(result.failures()).isEmpty();
        return result.renditions().of("/media/" + name).orElseThrow();
    }

    private ImageSource source(String name, byte[] bytes) throws IOException {
        Path file = Files.createDirectories(content.resolve("media")).resolve(name);
        Files.write(file, bytes);
        return new ImageSource("/media/" + name, new SafeFolder(content, "the content folder"), file);
    }

    private static BufferedImage decode(Variant variant) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(Files.readAllBytes(variant.file())));
        assertThat(image).as(variant.path()).isNotNull();
        return image;
    }
}
