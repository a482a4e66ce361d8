package kiosk.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import java.util.stream.Stream;
import kiosk.ranking.HourRange;
import kiosk.ranking.HourlyCount;
import kiosk.ranking.PublishedArticles;
import kiosk.ranking.Period;
import kiosk.ranking.Ranking;
import kiosk.ranking.SqliteViewStore;
import kiosk.ranking.View;
import kiosk.ranking.ViewRecorder;
import kiosk.ranking.ViewStore;

/**
 * Issue 7's figures for the embedded store, each beside a baseline measured in the same run:
 *
 * <ol>
 *   <li>Recording: N client threads each record a view and wait for its acknowledgement, in a loop;
 *       reported as acknowledged views a second, commits a second and acknowledgement latency. Baselines:
 *       the disk's raw fsync rate (the most single durable commits it allows) and the same loop with a
 *       store that does nothing (the recorder's own ceiling).</li>
 *   <li>Ranking: 10,000 articles with a view count in every hour of a month (7.2 million hourly counts,
 *       the worst case); time to compute each period's ranking uncached, beside a plain SQL scan of the
 *       month's hourly rows (what the day rollup saves), and a cached call.</li>
 * </ol>
 *
 * <p>Usage: {@code ViewStoreBenchmark [dir] [seconds-per-run] [clients,clients,...]}; see
 * bench/ranking-bench.sh.
 */
public final class ViewStoreBenchmark {

    private static final int ARTICLES = 10_000;
    private static final int SECTIONS = 9;
    private static final Duration WARM_UP = Duration.ofSeconds(1);

    private ViewStoreBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/ranking-bench").toAbsolutePath();
        Duration run = Duration.ofSeconds(args.length > 1 ? Integer.parseInt(args[1]) : 5);
        int[] clientCounts = Arrays.stream((args.length > 2 ? args[2] : "1,16,64,256").split(","))
                .mapToInt(Integer::parseInt).toArray();
        deleteRecursively(dir);
        Files.createDirectories(dir);
        System.out.printf("ViewStoreBenchmark: %d cores, Java %s, data in %s, %d s a run%n",
                Runtime.getRuntime().availableProcessors(), Runtime.version(), dir, run.toSeconds());

        System.out.println("\n== Recording (durable acknowledgement) ==");
        System.out.printf("baseline: raw write+fdatasync of 64 bytes, one thread: %,.0f fsyncs/s%n", fsyncRate(dir, run));
        int biggest = Arrays.stream(clientCounts).max().orElseThrow();
        report("baseline: no-op store", biggest, record(NoopStore::new, biggest, Duration.ZERO, run));
        int runNumber = 0;
        for (Duration linger : List.of(ViewRecorder.DEFAULT_LINGER, Duration.ofMillis(2))) {
            for (int clients : clientCounts) {
                Path runDir = dir.resolve("run-" + ++runNumber);
                report("sqlite, linger " + linger.toMillis() + " ms", clients,
                        record(() -> SqliteViewStore.open(runDir), clients, linger, run));
            }
        }

        System.out.println("\n== Ranking over 10,000 articles with a month of hourly counts ==");
        rankingFigures(dir.resolve("ranking"));
    }

    // ---------------------------------------------------------------------------------------------
    // Recording

    private record Result(long views, long commits, Duration elapsed, long[] latencyNanos) {
    }

    private static double fsyncRate(Path dir, Duration run) throws IOException {
        try (FileChannel channel = FileChannel.open(dir.resolve("fsync-probe"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            ByteBuffer record = ByteBuffer.allocate(64);
            long start = System.nanoTime();
            long end = start + run.toNanos();
            long syncs = 0;
            while (System.nanoTime() < end) {
                record.clear();
                channel.write(record, 0); // the same block each time, like a log's tail page
                channel.force(false);
                syncs++;
            }
            return syncs / ((System.nanoTime() - start) / 1e9);
        }
    }

    /** Runs {@code clients} threads recording and waiting for views for a warm-up and then {@code run}. */
    private static Result record(Supplier<ViewStore> opener, int clients, Duration linger, Duration run)
            throws InterruptedException {
        try (CountingStore store = new CountingStore(opener.get());
             ViewRecorder recorder = new ViewRecorder(store, ViewRecorder.DEFAULT_CAPACITY,
                     ViewRecorder.DEFAULT_MAX_BATCH, linger)) {
            long measureFrom = System.nanoTime() + WARM_UP.toNanos();
            long measureTo = measureFrom + run.toNanos();
            LongAdder views = new LongAdder();
            List<long[]> latencies = new ArrayList<>();
            List<Thread> threads = new ArrayList<>();
            for (int client = 0; client < clients; client++) {
                long[] samples = new long[1 << 16];
                latencies.add(samples);
                Thread thread = new Thread(() -> {
                    int sampled = 0;
                    while (true) {
                        long before = System.nanoTime();
                        if (before >= measureTo) {
                            return;
                        }
                        String slug = "article-" + ThreadLocalRandom.current().nextInt(ARTICLES);
                        recorder.record(new View(slug, Instant.now())).join();
                        if (before >= measureFrom) {
                            views.increment();
                            samples[sampled++ & (samples.length - 1)] = System.nanoTime() - before;
                        }
                    }
                }, "client-" + client);
                thread.start();
                threads.add(thread);
            }
            Thread.sleep(WARM_UP.toMillis());
            long commitsBefore = store.commits.sum();
            for (Thread thread : threads) {
                thread.join();
            }
            long commits = store.commits.sum() - commitsBefore;
            long[] all = latencies.stream().flatMapToLong(Arrays::stream).filter(nanos -> nanos > 0).sorted().toArray();
            return new Result(views.sum(), commits, run, all);
        }
    }

    private static void report(String what, int clients, Result result) {
        double seconds = result.elapsed().toNanos() / 1e9;
        System.out.printf("%-36s %4d clients: %,9.0f acknowledged views/s, %,7.0f commits/s (%,.1f views each),"
                        + " ack latency p50 %.2f ms, p99 %.2f ms%n",
                what, clients, result.views() / seconds, result.commits() / seconds,
                (double) result.views() / Math.max(1, result.commits()),
                percentile(result.latencyNanos(), 0.50) / 1e6, percentile(result.latencyNanos(), 0.99) / 1e6);
    }

    private static double percentile(long[] sorted, double fraction) {
        return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))];
    }

    /** Counts commits (calls of {@link #add}) of the store it wraps. */
    private static final class CountingStore implements ViewStore {
        final LongAdder commits = new LongAdder();
        private final ViewStore delegate;

        CountingStore(ViewStore delegate) {
            this.delegate = delegate;
        }

        @Override
        public void add(Collection<HourlyCount> counts) {
            delegate.add(counts);
            commits.increment();
        }

        @Override
        public Map<String, Long> totals(HourRange range) {
            return delegate.totals(range);
        }

        @Override
        public void close() {
            delegate.close();
        }
    }

    /** Stores nothing: what the recorder and the client loop cost on their own. */
    private static final class NoopStore implements ViewStore {
        @Override
        public void add(Collection<HourlyCount> counts) {
        }

        @Override
        public Map<String, Long> totals(HourRange range) {
            return Map.of();
        }

        @Override
        public void close() {
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Ranking

    private static void rankingFigures(Path dir) throws Exception {
        Instant now = Instant.now();
        long nowHour = HourRange.hourOf(now);
        Random random = new Random(42);
        Map<String, String> sections = new HashMap<>();
        for (int article = 0; article < ARTICLES; article++) {
            sections.put("article-" + article, "section-" + article % SECTIONS);
        }
        PublishedArticles published = slug -> Optional.ofNullable(sections.get(slug));
        try (SqliteViewStore store = SqliteViewStore.open(dir)) {
            long loadStart = System.nanoTime();
            for (long hour = nowHour - Period.MONTH.hours() + 1; hour <= nowHour; hour++) {
                List<HourlyCount> counts = new ArrayList<>(ARTICLES);
                for (int article = 0; article < ARTICLES; article++) {
                    counts.add(new HourlyCount("article-" + article, hour, 1 + random.nextInt(100)));
                }
                store.add(counts);
            }
            System.out.printf("loaded %,d hourly counts (%,d articles x %d hours) in %.1f s; file %,d MB%n",
                    (long) ARTICLES * Period.MONTH.hours(), ARTICLES, Period.MONTH.hours(),
                    (System.nanoTime() - loadStart) / 1e9, bytesUnder(dir) >> 20);

            Ranking uncached = new Ranking(store, published, Duration.ZERO);
            HourRange month = HourRange.endingAt(now, Period.MONTH.hours());
            System.out.printf("baseline: SQL sum over the month's hourly rows alone (no rollup): %s%n",
                    timed(() -> hourlyScan(store.file(), month)));
            System.out.printf("store totals for the month (day rollup + edge hours): %s%n", timed(() -> store.totals(month)));
            for (Period period : Period.values()) {
                System.out.printf("ranking %-5s first 10, all sections, uncached: %s%n", period,
                        timed(() -> uncached.ranking(period, 10, null, now)));
            }
            System.out.printf("ranking MONTH first 10, one section, uncached: %s%n",
                    timed(() -> uncached.ranking(Period.MONTH, 10, "section-3", now)));
            Ranking cached = new Ranking(store, published);
            cached.ranking(Period.MONTH, 10, null, now);
            int calls = 100_000;
            long cachedStart = System.nanoTime();
            for (int call = 0; call < calls; call++) {
                cached.ranking(Period.MONTH, 10, "section-" + call % SECTIONS, now);
            }
            System.out.printf("ranking MONTH first 10, cached: %.2f us a call%n",
                    (System.nanoTime() - cachedStart) / 1e3 / calls);
        }
    }

    /** The first of five runs and the median of the other four, in milliseconds. */
    private static String timed(Supplier<?> work) {
        long[] millis = new long[5];
        for (int i = 0; i < millis.length; i++) {
            long start = System.nanoTime();
            work.get();
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        long[] warm = Arrays.copyOfRange(millis, 1, millis.length);
        Arrays.sort(warm);
        return String.format("first %d ms, then median %d ms", millis[0], warm[warm.length / 2]);
    }

    /** The month's sum as if only hourly rows were kept: SQLite's own speed over 7.2 million rows. */
    private static Map<String, Long> hourlyScan(Path file, HourRange range) {
        Map<String, Long> totals = new HashMap<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             PreparedStatement sum = connection.prepareStatement(
                     "SELECT slug, SUM(views) FROM views WHERE span = 'h' AND bucket BETWEEN ? AND ? GROUP BY slug")) {
            sum.setLong(1, range.first());
            sum.setLong(2, range.last());
            try (ResultSet rows = sum.executeQuery()) {
                while (rows.next()) {
                    totals.put(rows.getString(1), rows.getLong(2));
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return totals;
    }

    private static long bytesUnder(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
