package kiosk.live;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches folder trees and calls back once a burst of changes has settled: a {@code git pull} that
 * touches 500 files makes one call, not 500, naming the paths that changed (so a reload need not look
 * at the others). Folders created later are watched too; {@code .git} and hidden folders are not
 * (git's own state is watched as {@link WatchTarget#git} says).
 *
 * <p>It never stops silently. Every {@code check} interval it looks again at what it watches: a target
 * folder that is a link (the layout of git-sync and Kubernetes, {@code content -> .sync/rev-abc}) is
 * followed, and when the link is replaced, or the folder deleted and made again, the new folder is
 * watched and everything is reported as changed. A folder it cannot watch (unreadable, or over the
 * system's limit of watches) is tried again at each check; meanwhile the watcher polls its targets
 * for changes and {@link #trouble()} says what it cannot watch. An unexpected failure makes it watch
 * everything afresh.
 */
public final class FolderWatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FolderWatcher.class);
    /** How often targets are looked at again: replaced roots, folders to retry, polling while in trouble. */
    public static final Duration CHECK = Duration.ofSeconds(1);
    /** How many of the folders it cannot watch {@link #trouble()} names. */
    private static final int NAMED_FAILURES = 3;

    private final Supplier<List<WatchTarget>> targets;
    private final Duration quiet;
    private final Duration check;
    private final Consumer<Changes> onChange;
    /** Null when the system gives no watch service: then the watcher only polls. */
    private final WatchService service;
    private final String serviceFailure;
    private final Thread thread;

    // The state below is the watcher thread's (the constructor fills it before starting the thread).
    /** The folders registered, by key: a key serves each target that watches its folder. */
    private final Map<WatchKey, List<Watch>> watches = new HashMap<>();
    /** Each target's folder as it was when registered. */
    private final Map<WatchTarget, Root> roots = new LinkedHashMap<>();
    /** The folders that could not be watched, by path below their target's folder; retried at each check. */
    private final Map<Path, Failure> failures = new LinkedHashMap<>();
    /** The targets' signature at the last poll, while in trouble; null otherwise. */
    private byte[] polled;
    private volatile String trouble;

    /** A folder of a target, as events name it: below the target's folder as given (not its real path). */
    private record Watch(WatchTarget target, Path folder) {
    }

    private record Failure(WatchTarget target, String reason) {
    }

    /** A target's folder: its real path and its file system identity, so a replaced folder is noticed. */
    private record Root(Path real, Object fileKey) {

        static final Root MISSING = new Root(null, null);

        static Root of(Path folder) {
            try {
                Path real = folder.toRealPath();
                BasicFileAttributes attributes = Files.readAttributes(real, BasicFileAttributes.class);
                return attributes.isDirectory() ? new Root(real, attributes.fileKey()) : MISSING;
            } catch (IOException e) {
                return MISSING;
            }
        }

        boolean missing() {
            return real == null;
        }
    }

    /**
     * Watches folder trees ({@link WatchTarget#tree}), looking at them again every {@link #CHECK}.
     *
     * @param quiet    how long no further change must arrive before {@code onChange} runs
     * @param onChange runs on the watcher's thread with what changed; keep it short (e.g. request a reload)
     */
    public FolderWatcher(List<Path> roots, Duration quiet, Consumer<Changes> onChange) {
        this(() -> roots.stream().map(WatchTarget::tree).toList(), quiet, CHECK, onChange);
    }

    /**
     * @param targets  what to watch, asked again at each check (git's folders move when the content does)
     * @param check    how often to look at the targets again, and to poll them while some cannot be watched
     */
    public FolderWatcher(Supplier<List<WatchTarget>> targets, Duration quiet, Duration check,
                         Consumer<Changes> onChange) {
        this.targets = targets;
        this.quiet = quiet;
        this.check = check;
        this.onChange = onChange;
        WatchService opened = null;
        String failure = null;
        try {
            opened = FileSystems.getDefault().newWatchService();
        } catch (IOException e) {
            failure = e.getMessage();
        }
        this.service = opened;
        this.serviceFailure = failure;
        targets.get().forEach(this::register);
        polled = inTrouble() ? signature() : null;
        updateTrouble();
        this.thread = new Thread(this::run, "kiosk-watch");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * What the watcher cannot watch now (and so polls for), such as {@code cannot watch
     * content/articles/2026 (permission denied): polling every 1 s}; empty while it watches everything.
     */
    public Optional<String> trouble() {
        return Optional.ofNullable(trouble);
    }

    private void run() {
        Changes pending = null;
        long lastChange = 0;
        long nextCheck = System.nanoTime() + check.toNanos();
        while (!Thread.currentThread().isInterrupted()) {
            try {
                long now = System.nanoTime();
                long wait = pending == null ? nextCheck - now : Math.min(lastChange + quiet.toNanos(), nextCheck) - now;
                WatchKey key = wait > 0 ? next(wait) : null;
                if (key != null) {
                    Changes seen = handle(key);
                    if (seen != null) {
                        pending = pending == null ? seen : pending.and(seen);
                        lastChange = System.nanoTime();
                    }
                    continue;
                }
                if (System.nanoTime() >= nextCheck) {
                    Changes found = check();
                    nextCheck = System.nanoTime() + check.toNanos();
                    if (found != null) {
                        pending = pending == null ? found : pending.and(found);
                        lastChange = System.nanoTime();
                    }
                }
                if (pending != null && System.nanoTime() - lastChange >= quiet.toNanos()) {
                    deliver(pending);
                    pending = null;
                }
            } catch (InterruptedException | ClosedWatchServiceException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                LOG.error("the content watcher failed; watching everything afresh", e);
                List<WatchTarget> watched = currentTargets();
                List.copyOf(roots.keySet()).forEach(this::unregister);
                watched.forEach(this::register);
                updateTrouble();
                pending = Changes.unknown();
                lastChange = System.nanoTime();
            }
        }
    }

    /** The next signalled key within {@code nanos}, or null; without a watch service, just waits. */
    private WatchKey next(long nanos) throws InterruptedException {
        if (service == null) {
            TimeUnit.NANOSECONDS.sleep(nanos);
            return null;
        }
        return service.poll(nanos, TimeUnit.NANOSECONDS);
    }

    private void deliver(Changes changes) {
        try {
            onChange.accept(changes);
        } catch (RuntimeException e) {
            LOG.error("acting on a change failed; watching on", e);
        }
    }

    /** @return what the events say changed, or null when they concern nothing watched */
    private Changes handle(WatchKey key) {
        List<Watch> watching = List.copyOf(watches.getOrDefault(key, List.of()));
        Set<Path> paths = new HashSet<>();
        boolean everything = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                everything = true; // events were lost: which paths changed is unknown
                continue;
            }
            String name = event.context().toString();
            for (Watch watch : watching) {
                if (!watch.target().counts(name)) {
                    continue;
                }
                Path path = watch.folder().resolve(name);
                if (event.kind() == StandardWatchEventKinds.ENTRY_DELETE) {
                    failures.keySet().removeIf(failed -> failed.startsWith(path));
                } else if (watch.target().recursive() && Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)
                        && (event.kind() == StandardWatchEventKinds.ENTRY_CREATE || failures.containsKey(path))) {
                    // a new folder, or one that could not be watched and changed (its permissions, say)
                    registerBelow(watch.target(), path);
                    updateTrouble();
                }
                paths.add(path);
            }
        }
        if (!key.reset()) {
            watches.remove(key);
        }
        if (everything) {
            // the lost events may have created folders: walk every target again (folders watched already stay so)
            List.copyOf(roots.keySet()).forEach(target -> {
                if (!roots.get(target).missing()) {
                    registerBelow(target, target.folder());
                }
            });
            updateTrouble();
            return Changes.unknown();
        }
        return paths.isEmpty() ? null : Changes.of(paths);
    }

    /**
     * Looks at every target again: registers anew those whose folder was replaced, appeared or went, retries
     * the folders that could not be watched and, while some still cannot be, polls.
     *
     * @return what changed meanwhile, or null
     */
    private Changes check() {
        boolean everything = false;
        List<WatchTarget> now = currentTargets();
        for (WatchTarget target : List.copyOf(roots.keySet())) {
            if (!now.contains(target)) {
                unregister(target);
                everything = true;
            }
        }
        for (WatchTarget target : now) {
            Root before = roots.get(target);
            if (before == null || !before.equals(Root.of(target.folder()))) {
                if (before != null) {
                    LOG.info("{} was replaced, removed or created: watching it afresh", target.folder());
                }
                unregister(target);
                register(target);
                everything = true;
            }
        }
        Set<Path> paths = new HashSet<>();
        for (Map.Entry<Path, Failure> failed : List.copyOf(failures.entrySet())) {
            WatchTarget target = failed.getValue().target();
            if (roots.get(target).missing()) {
                continue; // a missing target folder: registered again above once it is back
            }
            failures.remove(failed.getKey());
            registerBelow(target, failed.getKey());
            if (!failures.containsKey(failed.getKey())) {
                paths.add(failed.getKey()); // what happened in it meanwhile is unknown
            }
        }
        if (inTrouble()) {
            byte[] signature = signature();
            everything |= polled != null && !Arrays.equals(polled, signature);
            polled = signature;
        } else {
            polled = null;
        }
        updateTrouble();
        if (everything) {
            return Changes.unknown();
        }
        return paths.isEmpty() ? null : Changes.of(paths);
    }

    /** The targets to watch now, or those watched so far when they cannot be told. */
    private List<WatchTarget> currentTargets() {
        try {
            return targets.get();
        } catch (RuntimeException e) {
            LOG.warn("cannot tell what to watch; watching on as before: {}", e.getMessage());
            return List.copyOf(roots.keySet());
        }
    }

    private void register(WatchTarget target) {
        Root root = Root.of(target.folder());
        roots.put(target, root);
        if (root.missing()) {
            if (target.required()) {
                failures.put(target.folder(), new Failure(target, "missing"));
            }
            return;
        }
        registerBelow(target, target.folder());
    }

    /** Registers {@code folder} of {@code target} and, for a tree, every folder below it that counts. */
    private void registerBelow(WatchTarget target, Path folder) {
        if (service == null) {
            return;
        }
        Path start;
        try {
            start = folder.toRealPath(); // the target's folder may be a link; the folders below it are not followed
        } catch (NoSuchFileException e) {
            return;
        } catch (IOException e) {
            failures.put(folder, new Failure(target, reason(e)));
            return;
        }
        if (!target.recursive()) {
            watch(target, folder, start);
            return;
        }
        try {
            Files.walkFileTree(start, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    if (!dir.equals(start) && !target.counts(dir.getFileName().toString())) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    watch(target, below(folder, start, dir), dir);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    boolean counts = file.equals(start) || target.counts(file.getFileName().toString());
                    if (counts && !(e instanceof NoSuchFileException)) {
                        failures.put(below(folder, start, file), new Failure(target, reason(e)));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            failures.put(folder, new Failure(target, reason(e)));
        }
    }

    /** {@code real}, a path below {@code realStart}, named below {@code start} as events name it. */
    private static Path below(Path start, Path realStart, Path real) {
        return start.resolve(realStart.relativize(real).toString());
    }

    private void watch(WatchTarget target, Path folder, Path real) {
        try {
            WatchKey key = real.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                    StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
            List<Watch> watching = watches.computeIfAbsent(key, unused -> new ArrayList<>());
            // a folder renamed within the tree keeps its key: events now name it by its new path
            watching.removeIf(watch -> watch.target().equals(target));
            watching.add(new Watch(target, folder));
            failures.remove(folder);
        } catch (IOException e) {
            failures.put(folder, new Failure(target, reason(e)));
        }
    }

    private void unregister(WatchTarget target) {
        roots.remove(target);
        failures.values().removeIf(failure -> failure.target().equals(target));
        var keys = watches.entrySet().iterator();
        while (keys.hasNext()) {
            Map.Entry<WatchKey, List<Watch>> entry = keys.next();
            entry.getValue().removeIf(watch -> watch.target().equals(target));
            if (entry.getValue().isEmpty()) {
                entry.getKey().cancel();
                keys.remove();
            }
        }
    }

    private boolean inTrouble() {
        return service == null || !failures.isEmpty();
    }

    private void updateTrouble() {
        String now = null;
        if (service == null) {
            now = "cannot watch for changes (" + serviceFailure + "): polling every " + interval();
        } else if (!failures.isEmpty()) {
            String named = failures.entrySet().stream().limit(NAMED_FAILURES)
                    .map(failed -> shown(failed.getValue().target(), failed.getKey()) + " (" + failed.getValue().reason() + ")")
                    .collect(Collectors.joining(", "));
            int more = failures.size() - NAMED_FAILURES;
            now = "cannot watch " + named + (more > 0 ? " and " + more + " more folders" : "") + ": polling every "
                    + interval();
        }
        if (!Objects.equals(now, trouble)) {
            if (now != null) {
                LOG.warn("{}", now);
            } else {
                LOG.info("watching every folder again");
            }
            trouble = now;
        }
    }

    private String interval() {
        return check.toMillis() % 1000 == 0 ? check.toSeconds() + " s" : check.toMillis() + " ms";
    }

    /** A folder named from its target's folder's name, such as {@code content/articles/2026}: no absolute path. */
    private static String shown(WatchTarget target, Path folder) {
        Path name = target.folder().getFileName();
        Path relative = target.folder().relativize(folder);
        return (name == null ? relative : name.resolve(relative)).toString().replace('\\', '/');
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e instanceof NoSuchFileException ? "missing" : e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    /**
     * What polling compares: every file and folder of every target that counts, with size, modification
     * time and identity, and the folders it could not read. A stat of each, no file is read.
     */
    private byte[] signature() {
        MessageDigest digest = sha256();
        for (WatchTarget target : roots.keySet()) {
            Root root = Root.of(target.folder());
            digest.update((target.folder() + "|" + root + "\n").getBytes(StandardCharsets.UTF_8));
            if (root.missing()) {
                continue;
            }
            try {
                Files.walkFileTree(root.real(), Set.of(), target.recursive() ? Integer.MAX_VALUE : 1,
                        new SimpleFileVisitor<>() {
                            @Override
                            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                                boolean counts = dir.equals(root.real()) || target.counts(dir.getFileName().toString());
                                return counts ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
                            }

                            @Override
                            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                                if (target.counts(file.getFileName().toString())) {
                                    digest.update((file + "|" + attributes.size() + "|" + attributes.lastModifiedTime()
                                            + "|" + attributes.fileKey() + "\n").getBytes(StandardCharsets.UTF_8));
                                }
                                return FileVisitResult.CONTINUE;
                            }

                            @Override
                            public FileVisitResult visitFileFailed(Path file, IOException e) {
                                digest.update((file + "|unreadable\n").getBytes(StandardCharsets.UTF_8));
                                return FileVisitResult.CONTINUE;
                            }
                        });
            } catch (IOException e) {
                digest.update((target.folder() + "|unreadable\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        return digest.digest();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    @Override
    public void close() {
        thread.interrupt();
        if (service != null) {
            try {
                service.close();
            } catch (IOException e) {
                LOG.debug("closing the watch service", e);
            }
        }
    }
}
