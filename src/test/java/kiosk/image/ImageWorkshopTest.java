package kiosk.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import kiosk.content.files.SafeFolder;
import kiosk.testing.Eventually;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageWorkshopTest {

    @TempDir
    Path temp;

    @Test
    void request_returnsBeforeAnyImageIsRead_andPublishesWhenDone() throws Exception {
        Path file = Files.createDirectories(temp.resolve("content/media")).resolve("photo.jpg");
        Files.write(file, TestImages.jpeg(TestImages.halves(900, 600, Color.RED, Color.BLUE), false));
        ImageSource source = new ImageSource("/media/photo.jpg", new SafeFolder(temp.resolve("content"), "content"), file);
        CountDownLatch listed = new CountDownLatch(1);
        CountDownLatch mayList = new CountDownLatch(1);
        AtomicInteger changes = new AtomicInteger();
        try (ImageWorkshop workshop = new ImageWorkshop(temp.resolve("cache"))) {
            // the caller (a reload) is never held up: listing and processing happen on the workshop's thread
            workshop.request(() -> {
                listed.countDown();
                await(mayList);
                return List.of(source);
            }, List.of(320, 640), changes::incrementAndGet);

            assertThat(listed.await(30, TimeUnit.SECONDS)).isTrue();
            assertThat(workshop.current().of("/media/photo.jpg")).isEmpty();
            mayList.countDown();

            Eventually.within(Duration.ofSeconds(60), () -> workshop.current().of("/media/photo.jpg").isPresent());
            assertThat(workshop.current().of("/media/photo.jpg").orElseThrow().in(ImageFormat.WEBP))
                    .extracting(Variant::width).containsExactly(320, 640, 900);
            // the renditions are published before the listener runs
            Eventually.within(Duration.ofSeconds(10), () -> changes.get() == 1);

            // the same sources again: nothing new, so no rebuild (which would ask again, for ever)
            workshop.request(() -> List.of(source), List.of(320, 640), changes::incrementAndGet);
            CountDownLatch earlierRunsDone = new CountDownLatch(1);
            workshop.request(() -> {
                earlierRunsDone.countDown(); // one thread: every earlier run has finished, its listener included
                return List.of();
            }, List.of(320, 640), () -> { });
            assertThat(earlierRunsDone.await(60, TimeUnit.SECONDS)).isTrue();
            assertThat(changes.get()).isEqualTo(1);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
