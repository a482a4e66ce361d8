package kiosk.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class DecodeBudgetTest {

    private static final long MB = 1024 * 1024;

    @Test
    void needed_countsThePixelsAsRead_theirSrgbCopy_andTheShrunkCopy() {
        // a 4000 x 3000 sRGB JPEG for 1920 px variants: 36 MB as read, shrunk by 2 into 12 MB
        assertThat(DecodeBudget.needed(4000, 3000, 3, false, 2)).isEqualTo(48_000_000L);
        // an agency's CMYK file of the same size: 4 bytes as read, 4 in sRGB
        assertThat(DecodeBudget.needed(4000, 3000, 4, true, 2)).isEqualTo(108_000_000L);
    }

    @Test
    void take_moreThanTheWholeBudget_refusedSayingWhatItNeedsAndHow() {
        DecodeBudget budget = new DecodeBudget(64 * MB);

        assertThatThrownBy(() -> budget.take(156 * MB, 8000, 6000))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith("8000x6000 pixels need about 156 MB of memory to decode, more than the 64 MB")
                .hasMessageContaining("publish it smaller, or give Kiosk a larger heap (KIOSK_JAVA_OPTS=-Xmx");
    }

    @Test
    @Timeout(30)
    void take_waitsWhileOthersHoldTooMuch_andGoesOnOnceTheyGiveItBack() throws Exception {
        DecodeBudget budget = new DecodeBudget(100 * MB);
        DecodeBudget.Share first = budget.take(60 * MB, 4000, 3000);

        CompletableFuture<DecodeBudget.Share> second = CompletableFuture.supplyAsync(() -> {
            try {
                return budget.take(60 * MB, 4000, 3000);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });

        assertThatThrownBy(() -> second.get(300, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);
        first.close();
        second.get(20, TimeUnit.SECONDS).close();
    }

    @Test
    void decode_imageTooBigForTheBudget_failsBeforeReadingItsPixels() throws IOException {
        byte[] photo = TestImages.jpeg(TestImages.halves(2000, 1500, Color.RED, Color.BLUE), false);

        assertThatThrownBy(() -> ImageDecoder.decode(photo, 1920, new DecodeBudget(MB)))
                .isInstanceOf(IOException.class).hasMessageStartingWith("2000x1500 pixels need about ");
        assertThat(ImageDecoder.decode(photo, 1920, new DecodeBudget(64 * MB)).image().getWidth()).isEqualTo(2000);
    }
}
