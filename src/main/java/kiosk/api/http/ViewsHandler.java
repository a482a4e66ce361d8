package kiosk.api.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import kiosk.catalog.CatalogHolder;
import kiosk.ranking.RateLimiter;
import kiosk.ranking.View;
import kiosk.ranking.ViewRefusedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /api/views} with {@code {"slug": "..."}}: counts one view of a published article. Takes
 * any content type, since {@code navigator.sendBeacon} cannot set headers and a {@code text/plain} Blob
 * is what avoids a CORS preflight. Answers 204 only once the view is durably stored; the Jetty thread
 * is released meanwhile (Javalin's future result), and an acknowledgement that takes longer than
 * {@link #ACK_TIMEOUT} answers 503 instead of holding the request.
 *
 * <p>Views count only from the site's own pages ({@link SiteOrigins}), and once per reader (client
 * address), article and hour ({@link ReadersCounted}): a repeated view answers 200
 * {@code {"counted": false, ...}} and stores nothing.
 *
 * <p>Refusals, none of which counts: 429 over the client's rate limit (with {@code Retry-After}), 403
 * from a page that is not the site's, 413 for a body over {@value #MAX_BODY_BYTES} bytes, 400 for a
 * body that is not JSON, 422 for one without a {@code slug} string, 404 for a slug the request's
 * catalog does not publish (unknown, draft and scheduled alike, so the answer does not tell a draft's
 * slug exists), 503 when the recorder's queue is full. Errors are {@code {"error": "..."}}.
 */
final class ViewsHandler {

    static final String PATH = "/api/views";
    /** A slug is at most a few dozen characters: a kilobyte leaves room and keeps floods small. */
    static final int MAX_BODY_BYTES = 1024;
    /** Many times a commit's worst time seen here (about 20 ms): past it, the store is in trouble. */
    private static final Duration ACK_TIMEOUT = Duration.ofSeconds(10);
    /** Clients remembered by the rate limiter; least recently seen ones are forgotten first. */
    private static final long MAX_CLIENTS = 100_000;

    private static final Logger LOG = LoggerFactory.getLogger(ViewsHandler.class);

    private final CatalogHolder catalogs;
    private final ViewCounting counting;
    private final int proxyHops;
    private final SiteOrigins site;
    private final ReadersCounted readers = new ReadersCounted();
    private final RateLimiter limiter;
    private final String retryAfterSeconds;
    private final ObjectMapper json;

    ViewsHandler(CatalogHolder catalogs, ViewCounting counting, int proxyHops, SiteOrigins site, ObjectMapper json) {
        this.catalogs = catalogs;
        this.counting = counting;
        this.proxyHops = proxyHops;
        this.site = site;
        this.limiter = new RateLimiter(counting.viewsPerSecond(), counting.burst(), MAX_CLIENTS);
        this.retryAfterSeconds = String.valueOf((long) Math.ceil(1 / counting.viewsPerSecond()));
        this.json = json;
    }

    void handle(Context ctx) throws IOException {
        ctx.header("Cache-Control", "no-store");
        String reader = ClientAddress.of(ctx.ip(), ctx.header(ClientAddress.FORWARDED_FOR), proxyHops);
        if (!limiter.tryAcquire(reader)) {
            ctx.header("Retry-After", retryAfterSeconds);
            error(ctx, 429, "too many views from this address: try again later");
            return;
        }
        if (!site.fromSitePage(ctx)) {
            error(ctx, 403, "views are counted from the site's own pages only: this request's Origin (or Referer)"
                    + " is not the site's");
            return;
        }
        byte[] body = boundedBody(ctx);
        if (body == null) {
            error(ctx, 413, "the request body is larger than " + MAX_BODY_BYTES + " bytes");
            return;
        }
        JsonNode request;
        try {
            request = json.readTree(body);
        } catch (IOException e) {
            error(ctx, 400, "the request body is not JSON: send {\"slug\": \"...\"}");
            return;
        }
        JsonNode slug = request == null ? null : request.get("slug");
        if (slug == null || !slug.isTextual()) {
            error(ctx, 422, "the request body has no \"slug\" string: send {\"slug\": \"...\"}");
            return;
        }
        if (catalogs.get().article(slug.asText()).isEmpty()) {
            error(ctx, 404, "no published article has the slug '" + slug.asText() + "'");
            return;
        }
        Instant at = counting.clock().instant();
        if (!readers.first(reader, slug.asText(), at)) {
            ctx.status(200).contentType("application/json").result(json.writeValueAsBytes(new NotCounted(false,
                    "this reader's view of this article was counted this hour already")));
            return;
        }
        CompletableFuture<Void> acknowledged = counting.recorder().record(new View(slug.asText(), at));
        // A copy: the timeout must fail this request's wait, not the recorder's own future.
        ctx.future(() -> acknowledged.copy().orTimeout(ACK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                .handle((stored, failure) -> {
                    if (failure != null) {
                        readers.forget(reader, slug.asText(), at);
                    }
                    answer(ctx, failure);
                    return null;
                }));
    }

    /** The answer to a view taken but not counted again. */
    private record NotCounted(boolean counted, String reason) {
    }

    /** Runs on the recorder's writer thread: it only sets the status and a short body. */
    private void answer(Context ctx, Throwable failure) {
        Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
        try {
            if (cause == null) {
                ctx.status(204);
            } else if (cause instanceof ViewRefusedException || cause instanceof TimeoutException) {
                ctx.header("Retry-After", "1");
                error(ctx, 503, "the view was not counted: the server is busy, try again");
            } else {
                LOG.error("a view could not be stored", cause);
                error(ctx, 500, "the view could not be stored");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The body, or null when it is larger than {@link #MAX_BODY_BYTES}: never reads more than one byte past. */
    private static byte[] boundedBody(Context ctx) throws IOException {
        if (ctx.contentLength() > MAX_BODY_BYTES) {
            return null;
        }
        try (InputStream in = ctx.bodyInputStream()) {
            byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
            return bytes.length > MAX_BODY_BYTES ? null : bytes;
        }
    }

    private void error(Context ctx, int status, String message) throws IOException {
        ctx.status(status).contentType("application/json").result(json.writeValueAsBytes(Map.of("error", message)));
    }
}
