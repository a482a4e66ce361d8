package kiosk.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
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
 * default widths and prints seconds per photo, wall and CPU (the whole process's during the run: the pipeline's thread,
 * the JIT compilers and the garbage collector); a second run over the same cache shows what a re-bake costs. Peak
 * memory is the process's (the script runs it under {@code /usr/bin/time}).
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
        OperatingSystemMXBean process = ManagementFactory.getPlatformMXBean(OperatingSystemMXBean.class);
        for (String run : List.of("first", "again")) {
            long started = System.nanoTime();
            long cpuBefore = process.getProcessCpuTime();
            ImagePipeline.Result result = new ImagePipeline(cache, SiteConfig.DEFAULT_IMAGE_WIDTHS, threads)
                    .process(sources);
            double seconds = (System.nanoTime() - started) / 1e9;
            double cpu = (process.getProcessCpuTime() - cpuBefore) / 1e9;
            System.out.printf(Locale.ROOT, "kiosk %s run: %d photos, %d processed, %d failed, %.1f s, %.3f s per photo,"
                            + " %.1f s CPU, %.3f s CPU per photo (%d threads)%n", run, sources.size(), result.processed(),
                    result.failures().size(), seconds, seconds / sources.size(), cpu, cpu / sources.size(), threads);
        }
    }
}
