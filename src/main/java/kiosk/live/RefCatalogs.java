package kiosk.live;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import kiosk.catalog.Catalog;
import kiosk.catalog.CatalogBuilder;
import kiosk.content.Content;
import kiosk.content.Limits;
import kiosk.content.files.RefusedFileException;
import kiosk.content.git.ContentRepository;
import kiosk.content.git.GitTree;
import kiosk.content.git.RefName;
import kiosk.content.load.ArticleCache;
import kiosk.content.load.ContentLoader;
import kiosk.content.load.LoadResult;
import org.eclipse.jgit.lib.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The preview catalogs of the content at other git refs than the work tree's (a pull request's branch,
 * a tag, a commit), read from git's objects with no checkout and built when first asked for. A ref is
 * resolved to its commit on every request (a lookup in the ref database), and snapshots are kept by
 * commit: a branch that moved gets a new snapshot at the next request, one that did not is served from
 * memory, until an article it shows as scheduled goes out (then it is built again, as of then).
 *
 * <p>Bounds, as one snapshot holds a whole catalog: at most a given number are kept (Caffeine's
 * size eviction drops the least used first) and none stays more than {@link #IDLE} unasked; at most
 * {@link #BUILDS} build at once, and of the snapshots asked for at once (building or queued) at most
 * as many as the server says: a request beyond that is refused ({@link RejectedExecutionException})
 * rather than queued without end. Requests for a commit
 * being built wait for that one build. Articles are parsed through one {@link ArticleCache}, which
 * knows a file by its blob id, so the next commit of a branch re-parses only the files it changed.
 */
public final class RefCatalogs implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RefCatalogs.class);
    /** Snapshots kept by default; each is about the size of the served preview catalog. */
    public static final int SNAPSHOTS = 4;
    /** Builds at once: each keeps a core busy for a moment, and the server has requests to answer. */
    public static final int BUILDS = 2;
    public static final Duration IDLE = Duration.ofMinutes(30);

    private final ContentRepository repository;
    private final CatalogBuilder builder;
    private final Clock clock;
    private final ArticleCache articles = new ArticleCache();
    private final ThreadPoolExecutor builds;
    private final AsyncCache<ObjectId, Catalog> snapshots;
    /** The trees media files are read from, by commit: listing a commit's tree walks all of it. */
    private final Cache<ObjectId, GitTree> trees;

    private RefCatalogs(ContentRepository repository, CatalogBuilder builder, Clock clock, int kept, int maxAsked) {
        this.repository = repository;
        this.builder = builder;
        this.clock = clock;
        int threads = Math.min(BUILDS, maxAsked);
        int waiting = maxAsked - threads;
        this.builds = new ThreadPoolExecutor(threads, threads, 1, TimeUnit.MINUTES,
                waiting > 0 ? new ArrayBlockingQueue<>(waiting) : new SynchronousQueue<>(), runnable -> {
                    Thread thread = new Thread(runnable, "kiosk-ref-build");
                    thread.setDaemon(true);
                    return thread;
                });
        this.builds.allowCoreThreadTimeOut(true);
        this.snapshots = Caffeine.newBuilder().maximumSize(kept).expireAfterAccess(IDLE).buildAsync();
        this.trees = Caffeine.newBuilder().maximumSize(kept).expireAfterAccess(IDLE).build();
    }

    /**
     * The refs of the repository around {@code contentFolder}, or empty when it is not in a git work tree.
     *
     * @param kept     how many snapshots are kept ({@link #SNAPSHOTS} by default)
     * @param maxAsked how many snapshots may be building or waiting to at once
     */
    public static Optional<RefCatalogs> open(Path contentFolder, CatalogBuilder builder, Clock clock, int kept,
                                             int maxAsked) {
        try {
            return ContentRepository.open(contentFolder)
                    .map(repository -> new RefCatalogs(repository, builder, clock, kept, maxAsked));
        } catch (IOException e) {
            LOG.warn("no previews of git refs: cannot open the repository of {}: {}", contentFolder, e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * The preview catalog (drafts and scheduled articles included) of the content at {@code ref}, built
     * now or earlier for the commit the ref names now; empty when the repository has no such ref.
     *
     * @throws RejectedExecutionException when too many other snapshots are being built: try again shortly
     */
    public Optional<Catalog> at(RefName ref) {
        ObjectId commit;
        try {
            commit = repository.resolve(ref.name());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot resolve " + ref + ": " + e.getMessage(), e);
        }
        if (commit == null) {
            return Optional.empty();
        }
        ObjectId id = commit.copy();
        CompletableFuture<Catalog> snapshot = snapshot(id);
        Catalog catalog = join(snapshot);
        if (catalog.nextScheduled().filter(due -> !due.isAfter(clock.instant())).isPresent()) {
            // something it shows as scheduled has gone out since: its pages must not say 公開予定 any more.
            // Only this snapshot is dropped, so of requests that see it at once one rebuild follows.
            snapshots.asMap().remove(id, snapshot);
            catalog = join(snapshot(id));
        }
        return Optional.of(catalog);
    }

    /**
     * A media file as {@code ref} has it now, such as a photo a branch adds, read from git's objects as
     * the content is (no link out of the folder, at most {@link Limits#MEDIA_FILE_BYTES}); empty when
     * there is no such ref or file.
     *
     * @param path relative to the content folder, with forward slashes: {@code media/2026/photo.jpg}
     */
    public Optional<byte[]> media(RefName ref, String path) {
        try {
            ObjectId commit = repository.resolve(ref.name());
            if (commit == null) {
                return Optional.empty();
            }
            GitTree tree = trees.get(commit.copy(), id -> {
                try {
                    return repository.revision(id.name()).orElseThrow().tree();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            Path media = tree.root().resolve("media");
            Path file = tree.root().resolve(path).normalize();
            if (!file.startsWith(media) || tree.attributes(file) == null) {
                return Optional.empty();
            }
            return Optional.of(tree.read(file, Limits.MEDIA_FILE_BYTES));
        } catch (RefusedFileException e) {
            LOG.warn("not serving {} of {}: {}", path, ref, e.getMessage());
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + " of " + ref + " from git: " + e.getMessage(), e);
        }
    }

    private CompletableFuture<Catalog> snapshot(ObjectId commit) {
        return snapshots.get(commit, (id, executor) -> CompletableFuture.supplyAsync(() -> build(id), builds));
    }

    private static Catalog join(CompletableFuture<Catalog> snapshot) {
        try {
            return snapshot.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private Catalog build(ObjectId commit) {
        long started = System.nanoTime();
        Content content = content(repository, commit.name(), articles).orElseThrow(
                () -> new IllegalStateException("the commit " + commit.name() + " went from the repository"));
        Catalog catalog = builder.preview(content, clock.instant());
        LOG.info("built the preview of commit {} ({} articles) in {} ms", catalog.revision(), catalog.articles().size(),
                (System.nanoTime() - started) / 1_000_000);
        return catalog;
    }

    /**
     * The content at {@code ref}, read from git's objects: the files that load, without those with errors
     * (which {@code kiosk check} names), and their history up to that commit; empty when there is no such ref.
     */
    public static Optional<Content> content(ContentRepository repository, String ref, ArticleCache articles) {
        try {
            Optional<ContentRepository.Revision> revision = repository.revision(ref);
            if (revision.isEmpty()) {
                return Optional.empty();
            }
            LoadResult loaded = ContentLoader.load(revision.get().tree(), articles);
            if (loaded.hasErrors()) {
                LOG.warn("the content at {} has {} errors; previewing it without the files that have them: run"
                        + " kiosk check there", ref, loaded.errorCount());
            }
            return Optional.of(loaded.content().withHistory(repository.history(revision.get())));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + ref + " from git: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        builds.shutdownNow();
        repository.close();
    }
}
