package kiosk.live;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import kiosk.catalog.Catalog;
import kiosk.catalog.CatalogBuilder;
import kiosk.catalog.CatalogHolder;
import kiosk.content.Content;
import kiosk.content.check.Messages;
import kiosk.content.check.Problem;
import kiosk.content.load.LoadResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the served catalog in step with the content folder and the clock. Reloads run one at a time
 * on one thread; requests that arrive meanwhile coalesce into one more reload. Content with errors
 * is never swapped in: the last good snapshot keeps serving and the errors are reported. Content with
 * errors at start is replaced by what {@link ContentSource#fallback} finds (an earlier commit, or the
 * content without its broken files) until a reload finds none. Scheduled articles are published when
 * their time comes by rebuilding the catalog from the content already loaded, without reading files.
 */
public final class Reloader implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Reloader.class);
    private static final Duration SCHEDULE_CHECK = Duration.ofSeconds(1);

    private final ContentSource source;
    private final CatalogBuilder builder;
    private final Clock clock;
    private final CatalogHolder published;
    private final CatalogHolder preview;
    private final SnapshotListener listener;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "kiosk-reload");
        thread.setDaemon(true);
        return thread;
    });
    /** What changed since the reload last started, while a reload is queued; null when none is. */
    private Changes pending;
    private final Object pendingLock = new Object();
    private final AtomicReference<ReloadStatus> status;
    private volatile Content lastGood;
    /** The folder {@code lastGood} was read from. */
    private volatile Path servingFolder;
    /** What serves instead of the content folder and why, until a reload of the folder succeeds; else null. */
    private volatile String fallback;
    /** The language of the log lines, or null for the site's. */
    private final String language;

    /**
     * Loads the content once, synchronously. When it has errors, serves its {@link ContentSource#fallback}
     * and says so in the status.
     *
     * @throws ContentErrorsException when there is nothing to serve at all: the content folder does not exist
     */
    public static Reloader start(ContentSource source, CatalogBuilder builder, Clock clock, boolean withPreview,
                                 SnapshotListener listener) {
        return start(source, builder, clock, withPreview, listener, null);
    }

    /**
     * As {@link #start(ContentSource, CatalogBuilder, Clock, boolean, SnapshotListener)}, logging in
     * {@code language} ({@code ja}, {@code en}; null for the site's): editors read the reload lines.
     */
    public static Reloader start(ContentSource source, CatalogBuilder builder, Clock clock, boolean withPreview,
                                 SnapshotListener listener, String language) {
        Instant started = clock.instant();
        LoadResult first = source.load();
        Fallback fallback = first.hasErrors() ? source.fallback(first) : null;
        if (fallback != null) {
            Messages messages = messages(language, first.content());
            LOG.warn("{}{}{}", messages.text("reload.errorsAtStart", first.errorCount(), fallback.reason()),
                    System.lineSeparator(), formatted(first.problems(), messages));
        }
        return new Reloader(source, builder, clock, first, fallback, withPreview, listener,
                Duration.between(started, clock.instant()), language);
    }

    private Reloader(ContentSource source, CatalogBuilder builder, Clock clock, LoadResult first, Fallback fallback,
                     boolean withPreview, SnapshotListener listener, Duration took, String language) {
        this.language = language;
        this.source = source;
        this.builder = builder;
        this.clock = clock;
        this.listener = listener;
        this.lastGood = fallback == null ? first.content() : fallback.content();
        this.servingFolder = fallback == null ? source.folder() : fallback.folder();
        this.fallback = fallback == null ? null : fallback.reason();
        Instant now = clock.instant();
        this.published = new CatalogHolder(builder.published(lastGood, now));
        this.preview = withPreview ? new CatalogHolder(builder.preview(lastGood, now)) : null;
        this.status = new AtomicReference<>(statusOf(fallback == null, first.problems(), took, null));
        worker.scheduleWithFixedDelay(this::publishDue, SCHEDULE_CHECK.toMillis(), SCHEDULE_CHECK.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** The catalog readers see. */
    public CatalogHolder published() {
        return published;
    }

    /** The catalog editors preview (drafts and scheduled articles included), when enabled. */
    public Optional<CatalogHolder> preview() {
        return Optional.ofNullable(preview);
    }

    public ReloadStatus status() {
        return status.get();
    }

    /**
     * The folder the content now serving was read from: the content folder, or the folder a fallback
     * revision was written to. The site copies media from there.
     */
    public Path servingFolder() {
        return servingFolder;
    }

    /** Asks for a reload soon, of whatever changed; any number of calls before it starts make one reload. */
    public void requestReload() {
        requestReload(Changes.unknown());
    }

    /** Asks for a reload soon that reads what {@code changes} names; calls before it starts add up. */
    public void requestReload(Changes changes) {
        synchronized (pendingLock) {
            boolean queued = pending != null;
            pending = queued ? pending.and(changes) : changes;
            if (queued) {
                return;
            }
        }
        worker.execute(() -> {
            Changes changed;
            synchronized (pendingLock) {
                changed = pending;
                pending = null;
            }
            reload(changed);
        });
    }

    /**
     * Builds the catalogs again from the content being served, without reading it: for what the builder
     * adds that is not content (image variants produced in the background). Runs after any reload in progress.
     */
    public void rebuild() {
        worker.execute(() -> {
            try {
                swapIn(lastGood);
            } catch (RuntimeException e) {
                LOG.error("rebuilding the catalogs of {} failed", published.get().revision(), e);
            }
        });
    }

    /** Reloads now on the caller's thread, after any reload in progress; for tests and commands. */
    public ReloadStatus reloadAndWait() {
        try {
            return worker.submit(() -> reload(Changes.unknown())).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reloading", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("reload failed", e.getCause());
        }
    }

    private ReloadStatus reload(Changes changes) {
        Instant started = clock.instant();
        LoadResult result;
        try {
            result = source.load(changes);
        } catch (RuntimeException e) {
            LOG.error("reload failed; still serving {}", published.get().revision(), e);
            // the exception's message may name server paths: the log has it, the status only its kind
            return record(false, List.of(), started, "the last reload failed (" + e.getClass().getSimpleName()
                    + ", see the server's log): still serving revision " + published.get().revision());
        }
        Duration took = Duration.between(started, clock.instant());
        if (result.hasErrors()) {
            Messages messages = messages(language, result.content());
            LOG.warn("{}{}{}", messages.text("reload.errors", result.errorCount(), published.get().revision()),
                    System.lineSeparator(), formatted(result.problems(), messages));
            return record(false, result.problems(), started, null);
        }
        lastGood = result.content();
        servingFolder = source.folder();
        fallback = null;
        swapIn(lastGood);
        ReloadStatus done = record(true, result.problems(), started, null);
        LOG.info("{}", messages().text("reload.done", done.revision(), done.articles(), took.toMillis()));
        return done;
    }

    /** Publishes scheduled articles whose time has come, from the content already loaded. */
    private void publishDue() {
        try {
            Optional<Instant> due = published.get().nextScheduled();
            if (due.isPresent() && !due.get().isAfter(clock.instant())) {
                LOG.info("{}", messages().text("reload.scheduled", due.get().atZone(lastGood.site().timeZone())
                        .toOffsetDateTime().toString()));
                swapIn(lastGood);
            }
        } catch (RuntimeException e) {
            LOG.error("scheduled publishing failed", e);
        }
    }

    /**
     * Builds the next catalogs from the current ones, so only what the change touched is recomputed.
     * The listener (the site's re-bake) runs before the preview catalog is built: readers' pages come
     * first, editors' preview a moment later.
     */
    private void swapIn(Content content) {
        Instant now = clock.instant();
        long started = System.nanoTime();
        Catalog next = builder.published(content, now, published.get());
        long built = System.nanoTime();
        published.swap(next, previous -> {
            try {
                listener.swapped(previous, next);
            } catch (RuntimeException e) {
                LOG.error("a listener failed after swapping in {}", next.revision(), e);
            }
        });
        long listened = System.nanoTime();
        if (preview != null) {
            preview.swap(builder.preview(content, now, preview.get()));
        }
        LOG.debug("{}: catalog {} ms, listener {} ms, preview catalog {} ms", next.revision(),
                (built - started) / 1_000_000, (listened - built) / 1_000_000,
                (System.nanoTime() - listened) / 1_000_000);
    }

    /** @param failure why the reload failed when it was not for the content's errors, else null */
    private ReloadStatus record(boolean ok, List<Problem> problems, Instant started, String failure) {
        ReloadStatus next = statusOf(ok, problems, Duration.between(started, clock.instant()), failure);
        status.set(next);
        return next;
    }

    private ReloadStatus statusOf(boolean ok, List<Problem> problems, Duration took, String failure) {
        Catalog serving = published.get();
        List<String> reasons = new ArrayList<>();
        String instead = fallback;
        if (instead != null) {
            reasons.add(instead); // it says the content has errors
        }
        if (failure != null) {
            reasons.add(failure);
        } else if (!ok && instead == null) {
            reasons.add("the last reload found " + ReloadStatus.count(problems.stream().filter(Problem::isError).count(),
                    "error") + ": still serving revision " + serving.revision());
        }
        return new ReloadStatus(clock.instant(), ok, serving.revision(), serving.articles().size(), problems, took,
                reasons);
    }

    /** The editors' language: the one asked for, else the site's of the content serving. */
    public Messages messages() {
        return messages(language, lastGood);
    }

    private static Messages messages(String language, Content content) {
        return Messages.forLanguage(language != null ? language : content.site().language());
    }

    private static String formatted(List<Problem> problems, Messages messages) {
        return String.join(System.lineSeparator(), problems.stream().map(problem -> problem.format(messages)).toList());
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
