package kiosk.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;
import kiosk.catalog.Catalog;
import kiosk.catalog.CatalogBuilder;
import kiosk.content.load.ContentLoader;
import kiosk.content.load.LoadResult;

/**
 * Loads a content folder several times and reports load and catalog-build times and the heap the
 * snapshot keeps, then the full-text index's build time and the heap the snapshot keeps with it. The
 * baseline in the same run is reading the same files' bytes alone.
 *
 * <p>Usage: {@code LoadBenchmark <contentDir> [rounds]}
 */
public final class LoadBenchmark {

    private LoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        for (int round = 1; round <= rounds; round++) {
            long readStart = System.nanoTime();
            long bytes = readAllBytes(folder);
            long readMillis = (System.nanoTime() - readStart) / 1_000_000;

            long loadStart = System.nanoTime();
            LoadResult result = ContentLoader.load(folder);
            long loadMillis = (System.nanoTime() - loadStart) / 1_000_000;
            long buildStart = System.nanoTime();
            Catalog catalog = new CatalogBuilder().published(result.content(), Instant.now());
            long buildMillis = (System.nanoTime() - buildStart) / 1_000_000;

            System.gc();
            long retained = usedHeap();
            long searchStart = System.nanoTime();
            catalog.buildSearchIndex();
            long searchMillis = (System.nanoTime() - searchStart) / 1_000_000;
            System.gc();
            long withSearch = usedHeap();
            System.out.printf("round %d: read %d MB of files %d ms (baseline) | load %d ms | catalog %d ms | total %d ms"
                            + " (%.1fx baseline) | %d articles, %d problems | heap after GC %d MB | search index %d ms,"
                            + " heap with it %d MB | peak heap %d MB%n",
                    round, bytes >> 20, readMillis, loadMillis, buildMillis, loadMillis + buildMillis,
                    (double) (loadMillis + buildMillis) / Math.max(1, readMillis), catalog.articles().size(),
                    result.problems().size(), retained >> 20, searchMillis, withSearch >> 20, peakHeap() >> 20);
        }
    }

    private static long readAllBytes(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).parallel().mapToLong(file -> {
                try {
                    return Files.readAllBytes(file).length;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        }
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }
}
