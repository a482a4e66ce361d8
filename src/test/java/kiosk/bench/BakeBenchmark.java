package kiosk.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.stream.Stream;
import kiosk.catalog.Catalog;
import kiosk.catalog.CatalogBuilder;
import kiosk.content.load.ContentLoader;
import kiosk.content.load.LoadResult;
import kiosk.site.bake.BakeReport;
import kiosk.site.bake.SiteBaker;

/**
 * Bakes a content folder (from {@link CorpusGenerator}) and reports wall time, pages per second and
 * peak heap: a full bake, then, in the same process, an update after one article's title and body
 * changed. Loading the content is timed on its own as the baseline a bake adds to.
 *
 * <p>Usage: {@code BakeBenchmark <contentDir> <siteDir> <outDir> [fullBakes]}
 */
public final class BakeBenchmark {

    private BakeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path content = Path.of(args[0]);
        Path out = Path.of(args[2]);
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        SiteBaker baker = new SiteBaker(Path.of(args[1]), content.resolve("media"), out);
        Catalog catalog = null;
        for (int round = 1; round <= rounds; round++) {
            resetPeaks();
            long loadStart = System.nanoTime();
            catalog = load(content);
            long loadMillis = millisSince(loadStart);
            long cpuStart = cpuMillis();
            BakeReport report = baker.bake(catalog);
            System.out.printf(Locale.ROOT, "full bake %d: %,d articles | load+catalog %,d ms (baseline) | bake %,d ms"
                            + " (%,d ms CPU), %,.0f pages/s | %s | peak heap %,d MB%n",
                    round, catalog.articles().size(), loadMillis, report.duration().toMillis(), cpuMillis() - cpuStart,
                    report.pages() / (report.duration().toNanos() / 1e9), report.summary(), peakHeapMegabytes());
        }
        Path changed = firstArticle(content);
        String original = Files.readString(changed, StandardCharsets.UTF_8);
        try {
            for (int round = 1; round <= rounds; round++) {
                Files.writeString(changed, original.replaceFirst("(?m)^title: ", "title: 【更新" + round + "】")
                        + "\n追記: 内容を更新しました（" + round + "）。\n", StandardCharsets.UTF_8);
                resetPeaks();
                long loadStart = System.nanoTime();
                catalog = load(content);
                long loadMillis = millisSince(loadStart);
                long cpuStart = cpuMillis();
                BakeReport report = baker.update(catalog);
                System.out.printf(Locale.ROOT, "update %d after 1 article changed: load+catalog %,d ms | update %,d ms"
                        + " (%,d ms CPU) | %s | peak heap %,d MB%n", round, loadMillis, report.duration().toMillis(),
                        cpuMillis() - cpuStart, report.summary(), peakHeapMegabytes());
            }
        } finally {
            Files.writeString(changed, original, StandardCharsets.UTF_8);
        }
    }

    private static Catalog load(Path content) {
        LoadResult result = ContentLoader.load(content);
        if (result.hasErrors()) {
            throw new IllegalStateException("the corpus has errors: " + result.problems().get(0));
        }
        return new CatalogBuilder().published(result.content(), Instant.now());
    }

    private static Path firstArticle(Path content) throws Exception {
        try (Stream<Path> files = Files.walk(content.resolve("articles"))) {
            return files.filter(file -> file.toString().endsWith(".md")).sorted().findFirst().orElseThrow();
        }
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** CPU time of the whole process: unlike wall time, barely affected by other work on a shared machine. */
    private static long cpuMillis() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1_000_000;
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeapMegabytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() >> 20;
    }
}
