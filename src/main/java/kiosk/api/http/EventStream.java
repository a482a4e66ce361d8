package kiosk.api.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import kiosk.api.graphql.ContentStatus;
import kiosk.api.graphql.ContentStatusInfo;
import kiosk.catalog.Catalog;
import kiosk.catalog.CatalogHolder;
import kiosk.catalog.ChangeSet;
import kiosk.changes.ChangeSetJson;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.io.EndPoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /api/events}: server-sent events of the snapshots the server swaps in, for live front ends
 * and for the editors' pages ({@code site/assets/js/live-reload.js}).
 *
 * <ul>
 *   <li>{@code change} (id: the revision): one per snapshot, its {@link ChangeSet} as webhooks send it.
 *       Readers get the published catalog's, which names no draft; editors (preview token or cookie, as
 *       for {@code /preview}) the preview catalog's, which is what their pages show.
 *   <li>{@code reload}: to a client that said which page it shows ({@code ?page=/articles/x/}) when
 *       the change names that page, by its path or the {@link CacheTagHeaders#ofPage cache tags} it carries.
 *   <li>{@code status}, to editors only: how the last reload went, as {@code Query.contentStatus} says it
 *       (ok, or the problems with file, line, column, message and hint): on connecting and after each reload.
 *   <li>{@code state} on connecting: the revision now serving, and whether the client's
 *       {@code Last-Event-ID} (sent by a reconnecting EventSource) is still current; a page client that
 *       missed a change gets {@code reload}, as the change's paths are not known any more.
 * </ul>
 *
 * <p>A subscriber costs its connection, never a thread while it waits (see {@link EventSubscriber}); a
 * comment every {@link EventStreamOptions#heartbeat()} keeps proxies from closing a quiet stream and
 * finds clients that went away. Subscribers are bounded in total (503) and per client address (429).
 * Snapshots are announced from a thread of the stream's own: the reloader hands the catalog over and
 * goes on, whatever the clients do.
 */
final class EventStream {

    static final String PATH = "/api/events";
    /** How often the reload status is looked at: a refused reload swaps nothing in, so only looking tells. */
    private static final long STATUS_CHECK_MILLIS = 500;
    /** How long a refused client should wait: subscribers leave when their pages close. */
    private static final String RETRY_AFTER_SECONDS = "30";
    /** What an EventSource waits before reconnecting after the stream ended. */
    private static final int RECONNECT_MILLIS = 2_000;
    private static final Logger LOG = LoggerFactory.getLogger(EventStream.class);

    private final EventStreamOptions options;
    private final PreviewAccess access;
    private final Supplier<ContentStatus> status;
    private final int proxyHops;
    private final Set<EventSubscriber> subscribers = ConcurrentHashMap.newKeySet();
    /** Subscribers by client address; guarded by itself, as is {@link #total}. */
    private final Map<String, Integer> perClient = new HashMap<>();
    private int total;
    private final ScheduledExecutorService announcer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "kiosk-events");
        thread.setDaemon(true);
        return thread;
    });
    /** Pages the site's update re-rendered, for the next published catalog's announcement. */
    private final AtomicReference<Set<String>> rewritten = new AtomicReference<>(Set.of());
    /** The same, handed on to the preview catalog swapped in after it. */
    private final AtomicReference<Set<String>> rewrittenForEditors = new AtomicReference<>(Set.of());
    /** The status editors were last told; touched on the announcer's thread only. */
    private ContentStatus announcedStatus;

    EventStream(EventStreamOptions options, PreviewAccess access, Supplier<ContentStatus> status, int proxyHops) {
        this.options = options;
        this.access = access;
        this.status = status;
        this.proxyHops = proxyHops;
        List<CatalogHolder> holders = access.holders();
        // taken on the reloader's thread, which swaps the published catalog and then the preview's
        holders.get(0).onServed(catalog -> {
            Set<String> pages = rewritten.getAndSet(Set.of());
            rewrittenForEditors.set(pages);
            announce(() -> changed(catalog, false, pages));
        });
        if (holders.size() > 1) {
            holders.get(1).onServed(catalog -> {
                Set<String> pages = rewrittenForEditors.getAndSet(Set.of());
                announce(() -> changed(catalog, true, pages));
            });
        }
        long heartbeat = options.heartbeat().toMillis();
        announcer.scheduleAtFixedRate(this::heartbeat, heartbeat, heartbeat, TimeUnit.MILLISECONDS);
        if (holders.size() > 1) {
            announcer.scheduleWithFixedDelay(logged(this::statusChecked), STATUS_CHECK_MILLIS,
                    STATUS_CHECK_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    void handle(Context ctx) {
        ctx.header("Cache-Control", PreviewAccess.NO_STORE);
        PreviewAccess.varyByCredentials(ctx);
        PreviewAccess.Viewer viewer = access.viewer(ctx);
        if (viewer == PreviewAccess.Viewer.REFUSED || viewer == PreviewAccess.Viewer.THROTTLED) {
            access.refusal(viewer).send(ctx);
            return;
        }
        String page = ctx.queryParam("page");
        if (page != null && (!page.startsWith("/") || page.length() > 1_000)) {
            ctx.status(400).contentType("text/plain; charset=utf-8")
                    .result("page: the site path of the page shown, such as /articles/x/ (at most 1000 characters)\n");
            return;
        }
        String client = ClientAddress.of(ctx.ip(), ctx.header(ClientAddress.FORWARDED_FOR), proxyHops);
        PreviewAccess.Refusal full = reserve(client);
        if (full != null) {
            full.send(ctx);
            return;
        }
        boolean editor = viewer == PreviewAccess.Viewer.EDITOR;
        String lastEventId = ctx.header("Last-Event-ID");
        ctx.status(200).contentType("text/event-stream; charset=utf-8").header("X-Accel-Buffering", "no");
        ctx.future(() -> {
            try {
                return subscribe(ctx, new EventSubscriber(ctx.res().getOutputStream(), endPoint(ctx), editor, page,
                        () -> release(client)), lastEventId);
            } catch (IOException | RuntimeException e) {
                release(client);
                throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
            }
        });
    }

    /**
     * The request's connection, given an idle timeout beyond the heartbeat: the connector closes a request
     * quiet for 10 s, and a stream is quiet between heartbeats.
     */
    private EndPoint endPoint(Context ctx) {
        EndPoint endPoint = ServletContextRequest.getServletContextRequest(ctx.req()).getConnectionMetaData()
                .getConnection().getEndPoint();
        endPoint.setIdleTimeout(options.heartbeat().toMillis() * 3);
        return endPoint;
    }

    /** Runs once the request is asynchronous: from here on no thread waits for the client. */
    private CompletableFuture<Void> subscribe(Context ctx, EventSubscriber subscriber, String lastEventId) {
        ctx.req().getAsyncContext().setTimeout(0);
        subscribers.add(subscriber);
        CompletableFuture<Void> ended = subscriber.start().whenComplete((unused, failure) -> subscribers.remove(subscriber));
        greet(subscriber, subscriber.editor(), lastEventId);
        return ended;
    }

    /** Takes a subscriber's place, or says why there is none: null when taken. */
    private PreviewAccess.Refusal reserve(String client) {
        synchronized (perClient) {
            if (total >= options.maxSubscribers()) {
                return new PreviewAccess.Refusal(503, "the server has " + total + " event streams open, as many as"
                        + " it takes: try again later", RETRY_AFTER_SECONDS, Map.of());
            }
            int ofClient = perClient.getOrDefault(client, 0);
            if (ofClient >= options.maxPerClient()) {
                return new PreviewAccess.Refusal(429, "too many event streams from this address (" + ofClient
                        + "): close some pages first", RETRY_AFTER_SECONDS, Map.of());
            }
            perClient.put(client, ofClient + 1);
            total++;
            return null;
        }
    }

    private void release(String client) {
        synchronized (perClient) {
            perClient.computeIfPresent(client, (address, count) -> count > 1 ? count - 1 : null);
            total--;
        }
    }

    /** What a client is told on connecting: the retry delay, the current state, and for editors the status. */
    private void greet(EventSubscriber subscriber, boolean editor, String lastEventId) {
        Catalog catalog = access.catalog(editor ? PreviewAccess.Viewer.EDITOR : PreviewAccess.Viewer.READER);
        boolean current = lastEventId == null || lastEventId.equals(catalog.revision());
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("revision", catalog.revision());
        state.put("lastEventId", lastEventId);
        state.put("current", current);
        subscriber.send(("retry: " + RECONNECT_MILLIS + "\n").getBytes(StandardCharsets.UTF_8));
        subscriber.send(event("state", catalog.revision(), state));
        if (!current && subscriber.page() != null) {
            subscriber.send(event("reload", catalog.revision(), Map.of("revision", catalog.revision())));
        }
        if (editor) {
            subscriber.send(statusEvent(status.get()));
        }
    }

    /**
     * The site's pages re-rendered for the catalog about to be announced, as output paths
     * ({@code articles/x/index.html}): a template or asset edit changes no content, so its change set names
     * no page, yet every page it re-rendered may look otherwise. Called before the catalog is served.
     */
    void pagesRewritten(Collection<String> outputPaths) {
        rewritten.set(outputPaths.stream().map(EventStream::sitePath).collect(Collectors.toUnmodifiableSet()));
    }

    /** The path a browser shows for an output file: {@code articles/x/index.html} is {@code /articles/x/}. */
    static String sitePath(String outputPath) {
        return "/" + (outputPath.endsWith("index.html")
                ? outputPath.substring(0, outputPath.length() - "index.html".length()) : outputPath);
    }

    /**
     * Tells the subscribers of one audience (readers, or editors) about the catalog just swapped in.
     *
     * @param rewrittenPages site paths of the pages the site's update re-rendered for it
     */
    private void changed(Catalog catalog, boolean editors, Set<String> rewrittenPages) {
        ChangeSet changes = catalog.changes();
        byte[] change = event("change", changes.revision(), changes);
        byte[] reload = event("reload", changes.revision(), Map.of("revision", changes.revision()));
        for (EventSubscriber subscriber : subscribers) {
            if (subscriber.editor() == editors) {
                subscriber.send(change);
                if (subscriber.page() != null
                        && (rewrittenPages.contains(subscriber.page()) || shows(changes, subscriber.page()))) {
                    subscriber.send(reload);
                }
            }
        }
    }

    /**
     * Whether the page at {@code path} may show otherwise after {@code changes}: the change names its path,
     * or a page it is under ({@code /sections/world/} its numbered pages and feed), or the cache tag of the
     * thing the page is about ({@code home} for the front page and lists, which every change names). Not the
     * tags of what every page shows around it (the sections' navigation), or every edit would reload every page.
     */
    static boolean shows(ChangeSet changes, String path) {
        if (changes.everything()) {
            return true;
        }
        for (String changed : changes.paths()) {
            if (changed.equals(path) || !changed.equals("/") && changed.endsWith("/") && path.startsWith(changed)) {
                return true;
            }
        }
        return changes.names(List.of(CacheTagHeaders.ofThing(path)));
    }

    /**
     * Tells editors the reload status when it changed since they were last told (each reload changes it: it
     * has the time of the reload). Looked at on a timer, not at a swap: the reloader records how a reload
     * went after swapping its snapshots in.
     */
    private void statusChecked() {
        ContentStatus now = status.get();
        if (now.equals(announcedStatus)) {
            return;
        }
        announcedStatus = now;
        byte[] event = statusEvent(now);
        for (EventSubscriber subscriber : subscribers) {
            if (subscriber.editor()) {
                subscriber.send(event);
            }
        }
    }

    private byte[] statusEvent(ContentStatus now) {
        return event("status", null, ContentStatusInfo.of(now, access.catalog(PreviewAccess.Viewer.EDITOR), true));
    }

    /** A comment: proxies see traffic, and a write to a client that went away fails and ends it. */
    private void heartbeat() {
        byte[] comment = ": \n\n".getBytes(StandardCharsets.UTF_8);
        subscribers.forEach(subscriber -> subscriber.send(comment));
    }

    /** One event in the text/event-stream format; {@code data} as JSON on one line. */
    private byte[] event(String name, String id, Object data) {
        try {
            String body = ChangeSetJson.MAPPER.writeValueAsString(data);
            // JSON holds no raw line break, and ids (revisions) none either: nothing can end the event early
            return ("event: " + name + "\n" + (id == null ? "" : "id: " + id.replaceAll("[\r\n]", "") + "\n")
                    + "data: " + body + "\n\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("events are plain data", e);
        }
    }

    /** Runs {@code task} on the announcer's thread; after {@link #close} (the server stopped), not at all. */
    private void announce(Runnable task) {
        try {
            announcer.execute(logged(task));
        } catch (RejectedExecutionException stopped) {
            // the server stopped: nobody listens any more
        }
    }

    /** {@code task}, logging its failure: a repeated task that threw would never run again. */
    private static Runnable logged(Runnable task) {
        return () -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.error("telling event subscribers failed", e);
            }
        };
    }

    /** Ends every stream, so that a graceful stop does not wait for them, and stops announcing. */
    void close() {
        announcer.shutdownNow();
        subscribers.forEach(EventSubscriber::close);
    }
}
