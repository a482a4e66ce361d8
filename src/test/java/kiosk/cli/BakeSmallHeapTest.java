package kiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import kiosk.testing.ContentFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kiosk bake} in a JVM whose heap cannot hold a big camera file decoded: the photo that does not fit is
 * published as it is, with a message saying what it needs, and the bake goes on. Before, the photo's
 * OutOfMemoryError failed the whole bake with a stack trace, and the other photos had no variants.
 */
class BakeSmallHeapTest {

    /** Bakes of this content take 40-60 MB of heap; the big photo's pixels alone take 144 MB (3 bytes each). */
    private static final String HEAP = "-Xmx128m";

    @TempDir
    Path temp;

    @Test
    void bake_photoTooBigForTheHeap_publishedAsItIs_theOthersProcessed() throws Exception {
        ContentFolder content = ContentFolder.create(temp)
                .writeBytes("media/huge.jpg", ContentFolder.jpeg(8000, 6000))
                .writeBytes("media/small.jpg", ContentFolder.jpeg(1600, 1000))
                .articleWithPhoto("huge-photo", "/media/huge.jpg")
                .articleWithPhoto("small-photo", "/media/small.jpg");
        Path site = temp.resolve("public");
        Path log = temp.resolve("bake.log");

        int exit = bakeInAChildJvm(content.root(), site, log);

        String output = Files.readString(log);
        assertThat(exit).as("the bake's exit status; its output:%n%s", output).isZero();
        assertThat(output).doesNotContain("OutOfMemoryError")
                .contains("images: 1 processed")
                .contains("/media/huge.jpg: published without variants: 8000x6000 pixels need about")
                .contains("give Kiosk a larger heap (KIOSK_JAVA_OPTS=-Xmx");
        try (Stream<Path> variants = Files.list(site.resolve("img"))) {
            assertThat(variants.map(path -> path.getFileName().toString()))
                    .anyMatch(name -> name.startsWith("small-320."))
                    .noneMatch(name -> name.startsWith("huge-"));
        }
        assertThat(site.resolve("media/huge.jpg")).as("the photo as it is").exists();
    }

    private int bakeInAChildJvm(Path content, Path site, Path log) throws IOException, InterruptedException {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP,
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "bake", "--lang", "en",
                "--content", content.toString(), "--site", "site", "--out", site.toString(),
                "--data", temp.resolve("data").toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!child.waitFor(120, TimeUnit.SECONDS)) {
            child.destroyForcibly();
            throw new IllegalStateException("the bake did not end within 2 minutes: " + Files.readString(log));
        }
        return child.exitValue();
    }
}
