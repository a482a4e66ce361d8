package kiosk.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.stream.Stream;
import kiosk.catalog.Catalog;
import kiosk.catalog.CatalogBuilder;
import kiosk.content.git.RefName;
import kiosk.content.load.ContentLoader;
import kiosk.live.RefCatalogs;
import kiosk.testing.Commits;
import org.eclipse.jgit.api.Git;

/**
 * What a branch preview costs: building a ref's snapshot from git's objects (cold, then after one
 * article changed on the branch), a request for a ref whose snapshot is kept, and the heap a kept
 * snapshot holds. The baseline in the same run is loading the same content from the folder and
 * building its preview catalog, as a reload does.
 *
 * <p>Usage: {@code RefPreviewBenchmark <contentDir> [rounds]}: the folder is committed into a new
 * repository around it (its {@code .git} is made once, next to nothing else).
 */
public final class RefPreviewBenchmark {

    private RefPreviewBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]).toAbsolutePath();
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        try (Git git = Files.isDirectory(folder.resolve(".git")) ? Git.open(folder.toFile())
                : Git.init().setDirectory(folder.toFile()).setInitialBranch("main").call()) {
            if (git.getRepository().resolve("main") == null) {
                Commits.all(git, "the corpus");
            }
            Path article;
            try (Stream<Path> files = Files.walk(folder.resolve("articles"))) {
                article = files.filter(file -> file.toString().endsWith(".md")).sorted().findFirst().orElseThrow();
            }
            for (int round = 1; round <= rounds; round++) {
                long start = System.nanoTime();
                new CatalogBuilder().preview(ContentLoader.load(folder).content(), Instant.now());
                long baseline = System.nanoTime() - start;

                String branch = "bench-" + System.currentTimeMillis() + "-" + round;
                try (RefCatalogs refs = RefCatalogs.open(folder, new CatalogBuilder(), Clock.systemUTC(),
                        RefCatalogs.SNAPSHOTS, 10).orElseThrow()) {
                    start = System.nanoTime();
                    Catalog cold = refs.at(new RefName("main")).orElseThrow();
                    long coldBuild = System.nanoTime() - start;

                    git.branchCreate().setName(branch).call();
                    git.checkout().setName(branch).call();
                    Files.writeString(article, Files.readString(article) + "\n追記 " + round + "。\n");
                    Commits.all(git, "one article changed");
                    git.checkout().setName("main").call();
                    start = System.nanoTime();
                    refs.at(new RefName(branch)).orElseThrow();
                    long movedBuild = System.nanoTime() - start;

                    int asks = 1000;
                    start = System.nanoTime();
                    for (int i = 0; i < asks; i++) {
                        refs.at(new RefName("main")).orElseThrow();
                    }
                    long kept = (System.nanoTime() - start) / asks;

                    System.out.printf("round %d: %d articles | baseline (folder load + preview catalog) %d ms |"
                                    + " ref snapshot cold %d ms (%.2fx baseline) | after one article changed on a branch"
                                    + " %d ms (%.2fx) | kept snapshot, per request %.1f µs%n",
                            round, cold.articles().size(), baseline / 1_000_000, coldBuild / 1_000_000,
                            (double) coldBuild / baseline, movedBuild / 1_000_000, (double) movedBuild / baseline,
                            kept / 1000.0);
                }
            }
        }
        System.gc();
        long empty = usedHeapAfterGc();
        Catalog one = new CatalogBuilder().preview(ContentLoader.load(folder).content(), Instant.now());
        long withOne = usedHeapAfterGc();
        // the snapshot is used after the measurement, so the collector cannot take it before
        System.out.printf("one preview snapshot holds %d MB of heap (%d articles): the most 4 kept ref snapshots"
                + " hold about 4x that%n", (withOne - empty) >> 20, one.articles().size());
    }

    private static long usedHeapAfterGc() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
