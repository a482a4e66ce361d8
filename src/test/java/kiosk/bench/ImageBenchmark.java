package kiosk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import kiosk.content.SiteConfig;
import kiosk.content.files.SafeFolder;
import kiosk.image.ImagePipeline;
import kiosk.image.ImageSource;

/**
 * Runs Kiosk's image pipeline over a folder of photos (from {@link CameraPhotos}) into a fresh cache at the
 * default widths and prints seconds per photo; a second run over the same cache shows what a re-bake costs.
 * Peak memory is the process's (the script runs it under {@code /usr/bin/time}).
 *
 * <p>Usage: {@code ImageBenchmark <photoFolder> <cacheFolder> <threads>}
 */
public final class ImageBenchmark {

    private ImageBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path photos = Path.of(args[0]).toAbsolutePath();
        Path cache = Path.of(args[1]);
        int threads = Integer.parseInt(args[2]);
        SafeFolder folder = new SafeFolder(photos.getParent(), "the photo folder");
        List<ImageSource> sources;
        try (Stream<Path> files = Files.list(photos)) {
            sources = files.filter(file -> file.toString().endsWith(".jpg")).sorted()
                    .map(file -> new ImageSource("/media/" + file.getFileName(), folder, file)).toList();
        }
        for (String run : List.of("first", "again")) {
            long started = System.nanoTime();
            ImagePipeline.Result result = new ImagePipeline(cache, SiteConfig.DEFAULT_IMAGE_WIDTHS, threads)
                    .process(sources);
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf(Locale.ROOT, "kiosk %s run: %d photos, %d processed, %d failed, %.1f s, %.3f s per photo"
                            + " (%d threads)%n", run, sources.size(), result.processed(), result.failures().size(), seconds,
                    seconds / sources.size(), threads);
        }
    }
}
