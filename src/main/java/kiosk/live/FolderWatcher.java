package kiosk.live;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches folder trees and calls back once a burst of changes has settled: a {@code git pull} that
 * touches 500 files makes one call, not 500, naming the paths that changed (so a reload need not look
 * at the others). Folders created later are watched too; {@code .git} and hidden folders are not.
 */
public final class FolderWatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FolderWatcher.class);

    private final WatchService service;
    private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();
    private final Duration quiet;
    private final Consumer<Changes> onChange;
    private final Thread thread;

    /**
     * @param quiet    how long no further change must arrive before {@code onChange} runs
     * @param onChange runs on the watcher's thread with what changed; keep it short (e.g. request a reload)
     */
    public FolderWatcher(List<Path> roots, Duration quiet, Consumer<Changes> onChange) {
        this.quiet = quiet;
        this.onChange = onChange;
        try {
            this.service = FileSystems.getDefault().newWatchService();
            for (Path root : roots) {
                if (Files.isDirectory(root)) {
                    registerTree(root);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + roots, e);
        }
        this.thread = new Thread(this::run, "kiosk-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private void registerTree(Path root) throws IOException {
        try (Stream<Path> tree = Files.walk(root)) {
            for (Path folder : (Iterable<Path>) tree.filter(Files::isDirectory).filter(FolderWatcher::watched)::iterator) {
                WatchKey key = folder.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
                folders.put(key, folder);
            }
        }
    }

    private static boolean watched(Path folder) {
        Path name = folder.getFileName();
        return name == null || !name.toString().startsWith(".");
    }

    private void run() {
        Changes changed = null;
        try {
            while (!Thread.currentThread().isInterrupted()) {
                WatchKey key = changed != null ? service.poll(quiet.toMillis(), TimeUnit.MILLISECONDS) : service.take();
                if (key == null) {
                    onChange.accept(changed);
                    changed = null;
                    continue;
                }
                Changes seen = handle(key);
                if (seen != null) {
                    changed = changed == null ? seen : changed.and(seen);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.error("the content watcher stopped", e);
        }
    }

    /** @return what the events say changed, or null when they concern nothing watched */
    private Changes handle(WatchKey key) {
        Path folder = folders.get(key);
        Set<Path> paths = new HashSet<>();
        boolean everything = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW || folder == null) {
                everything = true; // events were lost: which paths changed is unknown
                continue;
            }
            Path path = folder.resolve((Path) event.context());
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path) && watched(path)) {
                try {
                    registerTree(path);
                } catch (IOException e) {
                    LOG.warn("cannot watch new folder {}: {}", path, e.getMessage());
                }
            }
            if (watched(path)) {
                paths.add(path);
            }
        }
        if (!key.reset()) {
            folders.remove(key);
        }
        if (everything) {
            return Changes.unknown();
        }
        return paths.isEmpty() ? null : Changes.of(paths);
    }

    @Override
    public void close() {
        thread.interrupt();
        try {
            service.close();
        } catch (IOException e) {
            LOG.debug("closing the watch service", e);
        }
    }
}
