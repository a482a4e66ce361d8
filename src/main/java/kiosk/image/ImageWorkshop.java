package kiosk.image;

import java.nio.file.Path;
import java.util.List;
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
 * renditions, {@code whenChanged} runs so the catalogs and pages can take them. Requests made while a
 * run is in progress are folded into one next run with the latest sources.
 */
public final class ImageWorkshop implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ImageWorkshop.class);

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
            ImagePipeline.Result result = pipeline.process(request.sources().get());
            result.failures().forEach((src, reason) -> LOG.warn("{}: no variants: {}", src, reason));
            if (!result.renditions().equals(current.getAndSet(result.renditions()))) {
                LOG.info("images: {} processed, {} from the cache in {} ms", result.processed(), result.reused(),
                        (System.nanoTime() - started) / 1_000_000);
                request.whenChanged().run();
            }
        } catch (RuntimeException e) {
            LOG.error("image processing failed; pages keep the images they have", e);
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
