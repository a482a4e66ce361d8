package kiosk.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class BoxShrinkTest {

    @Test
    void shrink_decodedJpegRaster_eachPixelTheMeanOfItsBlock() {
        // 5 x 2 as a JPEG decodes (three bytes, blue first): black and white columns, and a last one alone
        BufferedImage image = new BufferedImage(5, 2, BufferedImage.TYPE_3BYTE_BGR);
        for (int y = 0; y < 2; y++) {
            image.setRGB(0, y, 0x000000);
            image.setRGB(1, y, 0xFFFFFF);
            image.setRGB(2, y, 0xFF0000);
            image.setRGB(3, y, 0x0000FF);
            image.setRGB(4, y, 0x00FF00);
        }

        BufferedImage shrunk = BoxShrink.shrink(image, 2, Orientation.UPRIGHT);

        assertThat(shrunk.getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
        assertThat(shrunk.getWidth()).isEqualTo(3);
        assertThat(shrunk.getHeight()).isEqualTo(1);
        assertThat(shrunk.getRGB(0, 0)).isEqualTo(0xFF808080);
        assertThat(shrunk.getRGB(1, 0)).isEqualTo(0xFF800080);
        assertThat(shrunk.getRGB(2, 0)).isEqualTo(0xFF00FF00);
    }

    @Test
    void shrink_transparentPixels_addNoColourToTheirBlock() {
        BufferedImage logo = new BufferedImage(2, 2, BufferedImage.TYPE_INT_ARGB);
        logo.setRGB(0, 0, 0xFFFF0000);
        logo.setRGB(1, 0, 0x00000000);
        logo.setRGB(0, 1, 0xFFFF0000);
        logo.setRGB(1, 1, 0x00000000);

        BufferedImage shrunk = BoxShrink.shrink(logo, 2, Orientation.UPRIGHT);

        // half covered, and red where it is: not a darker red
        assertThat(shrunk.getRGB(0, 0)).isEqualTo(0x80FF0000);
    }

    @Test
    void shrink_eachExifOrientation_turnsTheImageUpright() {
        // stored 3 x 2: the corner pixel that belongs at the upright top left is marked for each orientation
        int[][] markedCorner = {{0, 0}, {2, 0}, {2, 1}, {0, 1}, {0, 0}, {0, 1}, {2, 1}, {2, 0}};
        for (int orientation = 1; orientation <= 8; orientation++) {
            BufferedImage stored = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
            int[] corner = markedCorner[orientation - 1];
            stored.setRGB(corner[0], corner[1], 0xFFFFFF);

            BufferedImage upright = BoxShrink.shrink(stored, 1, orientation);

            assertThat(upright.getWidth()).as("orientation %d", orientation).isEqualTo(orientation >= 5 ? 2 : 3);
            assertThat(upright.getRGB(0, 0)).as("orientation %d", orientation).isEqualTo(0xFFFFFFFF);
        }
    }
}
