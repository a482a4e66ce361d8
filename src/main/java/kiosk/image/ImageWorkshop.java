package kiosk.image;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Produces variants in the background for a server: a text edit is served without waiting for any
 * image (pages show the original file until the variants exist), and once a run has produced new
 * renditions, {@code whenChanged} runs so the catalogs and pages can take them. A long run (the first
 * start on a magazine's archive) publishes what it has every {@link #PUBLISH_EVERY}, so pages gain
 * their variants as they come. A request made while a run is in progress ends it at its next batch
 * (what is done is published) and starts one with the latest sources, the newest files first: the photo
 * an editor has just added does not wait behind the archive.
 */
public final class ImageWorkshop implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ImageWorkshop.class);
    static final Duration PUBLISH_EVERY = Duration.ofSeconds(10);
    /** Sources processed between two looks at the clock. */
    private static final int BATCH = 8;

    private final Path cache;
    private final AtomicReference<Renditions> current = new AtomicReference<>(Renditions.none());
    private final AtomicReference<Request> pending = new AtomicReference<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "kiosk-image-workshop");
        thread.setDaemon(true);
        return thread;
    });
    /** Kept while the widths stay the same: it remembers the digests of files it has read. */
    private ImagePipeline pipeline;

    private record Request(Supplier<List<ImageSource>> sources, List<Integer> widths, Runnable whenChanged) {
    }

    /** @param cache where variants are kept between runs and restarts */
    public ImageWorkshop(Path cache) {
        this.cache = Objects.requireNonNull(cache, "cache");
    }

    /** The renditions produced by the last run: what catalogs built now carry. */
    public Renditions current() {
        return current.get();
    }

    /**
     * Asks for the renditions of {@code sources} (asked on the workshop's thread, so listing them costs the
     * caller nothing) at {@code widths}.
     *
     * @param whenChanged runs on the workshop's thread when the run's renditions differ from the last
     */
    public void request(Supplier<List<ImageSource>> sources, List<Integer> widths, Runnable whenChanged) {
        if (pending.getAndSet(new Request(sources, List.copyOf(widths), whenChanged)) == null) {
            worker.execute(this::runPending);
        }
    }

    private void runPending() {
        Request request = pending.getAndSet(null);
        if (request == null) {
            return;
        }
        try {
            if (pipeline == null || !pipeline.widths().equals(ImagePipeline.withShareWidth(request.widths()))) {
                // half the cores: the server answers requests and reloads content with the rest
                pipeline = new ImagePipeline(cache, request.widths(),
                        Math.max(1, Runtime.getRuntime().availableProcessors() / 2));
            }
            long started = System.nanoTime();
            long published = started;
            List<ImageSource> sources = newestFirst(request.sources().get());
            Map<String, Rendition> done = new HashMap<>();
            int processed = 0;
            for (int from = 0; from < sources.size() || from == 0; from += BATCH) {
                ImagePipeline.Result result = pipeline.process(sources.subList(from, Math.min(sources.size(), from + BATCH)));
                result.failures().forEach((src, reason) -> LOG.warn("{}: no variants: {}", src, reason));
                sources.subList(from, Math.min(sources.size(), from + BATCH)).forEach(source ->
                        result.renditions().of(source.src()).ifPresent(rendition -> done.put(source.src(), rendition)));
                processed += result.processed();
                boolean last = from + BATCH >= sources.size();
                if (!last && pending.get() != null) {
                    // a newer request is queued: publish what is done, and let its run take over
                    current.set(new Renditions(merged(done)));
                    request.whenChanged().run();
                    return;
                }
                if (last || System.nanoTime() - published > PUBLISH_EVERY.toNanos()) {
                    published = System.nanoTime();
                    Renditions next = new Renditions(last ? done : merged(done));
                    if (!next.equals(current.getAndSet(next))) {
                        LOG.info("images: {} of {} ready ({} processed) in {} ms", done.size(), sources.size(),
                                processed, (published - started) / 1_000_000);
                        request.whenChanged().run();
                    }
                }
            }
        } catch (RuntimeException e) {
            if (Thread.currentThread().isInterrupted()) {
                // close() interrupts a run in progress when the server stops: nothing failed
                LOG.info("images: stopped with the server; the variants made so far are kept for its next start");
            } else {
                LOG.error("image processing failed; pages keep the images they have", e);
            }
        }
    }

    private static List<ImageSource> newestFirst(List<ImageSource> sources) {
        Map<ImageSource, Long> modified = new HashMap<>();
        for (ImageSource source : sources) {
            try {
                modified.put(source, Files.getLastModifiedTime(source.file()).toMillis());
            } catch (IOException e) {
                modified.put(source, 0L); // the pipeline reports it
            }
        }
        return sources.stream().sorted(Comparator.comparing((ImageSource source) -> modified.get(source))
                .reversed().thenComparing(ImageSource::src)).toList();
    }

    /** Mid-run: what is done so far, and the last run's renditions of what is not (yet) redone. */
    private Map<String, Rendition> merged(Map<String, Rendition> done) {
        Map<String, Rendition> merged = new HashMap<>();
        current.get().all().forEach((src, rendition) -> merged.put(src, rendition));
        merged.putAll(done);
        return merged;
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
