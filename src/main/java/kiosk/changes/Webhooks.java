package kiosk.changes;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import kiosk.catalog.CatalogHolder;
import kiosk.catalog.ChangeSet;
import kiosk.changes.Outbox.Delivery;
import kiosk.content.PublicAddresses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * POSTs each published snapshot's change set to every webhook endpoint, signed as the Standard
 * Webhooks specification says ({@code webhook-id}, {@code webhook-timestamp}, {@code webhook-signature},
 * see {@link WebhookSecret}), with a body of {@code {"type": "content.changed", "timestamp": ..., "data":
 * <the change set>}}. A snapshot only writes its deliveries to the {@link Outbox}; a thread of its own
 * sends them, each with a timeout, and a failed one again after an exponential backoff, so a slow or
 * dead endpoint never holds publishing up, and a restart sends what was not sent.
 */
public final class Webhooks implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Webhooks.class);
    /** How long one attempt may take, connecting and answering. */
    static final Duration TIMEOUT = Duration.ofSeconds(10);
    /** Attempts before a delivery is given up (moved to {@code failed/}): with the default backoff, about a day. */
    static final int MAX_ATTEMPTS = 30;

    /**
     * How long to wait before attempt {@code n + 1}: {@code first} doubled after each failure, at most {@code most}.
     */
    public record Backoff(Duration first, Duration most) {

        public static final Backoff DEFAULT = new Backoff(Duration.ofSeconds(5), Duration.ofHours(1));

        Duration after(int failures) {
            Duration wait = first.multipliedBy(1L << Math.min(failures - 1, 30));
            return wait.compareTo(most) > 0 || wait.isNegative() ? most : wait;
        }
    }

    private final List<URI> endpoints;
    /** The operator's endpoints ({@code --webhook}); any other (site.yaml's, an editor's) must stay public. */
    private final Set<URI> trusted;
    private final WebhookSecret secret;
    private final Outbox outbox;
    private final Clock clock;
    private final Backoff backoff;
    // HTTP/1.1: a receiver is a plain endpoint, and a cleartext HTTP/2 upgrade offer is one more thing for it to get wrong
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    /** Set by {@link #close()}: answers that arrive later leave the outbox as it is, so the next start sends again. */
    private volatile boolean closed;
    private final ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "kiosk-webhooks");
        thread.setDaemon(true);
        return thread;
    });
    /** Deliveries being sent, so that a pass never sends one twice at once. */
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    private final SecureRandom random = new SecureRandom();
    /** The one pass scheduled for when the next failed delivery is due, and when; read and set on the sender's thread. */
    private ScheduledFuture<?> wakeUp;
    private Instant wakeUpAt;

    /**
     * Starts sending what the outbox holds.
     *
     * @param operators    the operator's endpoints, trusted wherever they point
     * @param editors      endpoints an editor named (site.yaml): each delivery to them first checks that their host
     *                     still resolves to public addresses only ({@link PublicAddresses}), since a name checked at
     *                     load may resolve elsewhere later (DNS rebinding); a refused delivery is retried as a failed one
     * @param outboxFolder where deliveries wait (in the data folder)
     */
    public Webhooks(List<URI> operators, List<URI> editors, WebhookSecret secret, Path outboxFolder, Clock clock,
                    Backoff backoff) {
        List<URI> all = new ArrayList<>(operators);
        all.addAll(editors);
        this.endpoints = List.copyOf(all);
        this.trusted = Set.copyOf(operators);
        this.secret = secret;
        this.outbox = new Outbox(outboxFolder);
        this.clock = clock;
        this.backoff = backoff;
        sender.execute(this::sendDue);
    }

    /** Sends the change set of each catalog swapped into {@code published} from now on, once it is served. */
    public void follow(CatalogHolder published) {
        published.onServed(next -> published(next.changes()));
    }

    /**
     * Writes a delivery of {@code changes} to each endpoint into the outbox and wakes the sender; returns
     * without waiting for any endpoint. A change set that changes nothing is not sent.
     */
    public void published(ChangeSet changes) {
        if (endpoints.isEmpty() || changes.since() != null && changes.since().equals(changes.revision())
                && changes.isEmpty()) {
            return;
        }
        byte[] body = body(changes);
        Instant now = clock.instant();
        for (URI endpoint : endpoints) {
            outbox.put(new Delivery("msg_" + HexFormat.of().formatHex(bytes(16)), endpoint, body, 0, now));
        }
        sender.execute(this::sendDue);
    }

    private byte[] bytes(int count) {
        byte[] bytes = new byte[count];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] body(ChangeSet changes) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("type", "content.changed");
        message.put("timestamp", changes.at());
        message.put("data", changes);
        try {
            return ChangeSetJson.MAPPER.writeValueAsBytes(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a change set is plain data", e);
        }
    }

    /** Sends every delivery due, then comes back when the next is due. */
    private void sendDue() {
        Instant now = clock.instant();
        Instant next = null;
        for (Delivery delivery : outbox.pending()) {
            if (inFlight.contains(delivery.id())) {
                continue;
            }
            if (delivery.due().isAfter(now)) {
                next = next == null || delivery.due().isBefore(next) ? delivery.due() : next;
                continue;
            }
            send(delivery);
        }
        if (next != null && (wakeUp == null || wakeUp.isDone() || next.isBefore(wakeUpAt))) {
            if (wakeUp != null) {
                wakeUp.cancel(false);
            }
            wakeUpAt = next;
            wakeUp = sender.schedule(this::sendDue, Math.max(1, Duration.between(now, next).toMillis()),
                    TimeUnit.MILLISECONDS);
        }
    }

    private void send(Delivery delivery) {
        inFlight.add(delivery.id());
        if (!trusted.contains(delivery.url())) {
            // just before the client resolves the host itself: it gets the answer the JVM's DNS cache holds now
            Optional<String> refused = PublicAddresses.whyNot(delivery.url());
            if (refused.isPresent()) {
                failed(delivery, "refused: " + refused.get());
                return;
            }
        }
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(delivery.url()).timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .header("webhook-id", delivery.id())
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", secret.signature(delivery.id(), timestamp, delivery.body()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(delivery.body()))
                .build();
        http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
            if (closed) {
                return;
            }
            if (failure == null && response.statusCode() / 100 == 2) {
                try {
                    outbox.delivered(delivery.id());
                } catch (RuntimeException e) {
                    LOG.error("recording webhook {} failed", delivery.id(), e);
                } finally {
                    done(delivery);
                }
            } else {
                failed(delivery, failure != null ? failure.toString() : "status " + response.statusCode());
            }
        });
    }

    /** Schedules the delivery's next attempt after a backoff, or gives it up after the last. */
    private void failed(Delivery delivery, String why) {
        try {
            Delivery retried = delivery.retried(clock.instant().plus(backoff.after(delivery.attempts() + 1)));
            if (retried.attempts() >= MAX_ATTEMPTS) {
                LOG.error("giving up webhook {} to {} after {} attempts ({})", delivery.id(), delivery.url(),
                        retried.attempts(), why);
                outbox.giveUp(delivery);
            } else {
                LOG.warn("webhook {} to {} failed ({}); next attempt at {}", delivery.id(), delivery.url(), why,
                        retried.due());
                outbox.put(retried);
            }
        } catch (RuntimeException e) {
            LOG.error("recording webhook {} failed", delivery.id(), e);
        } finally {
            done(delivery);
        }
    }

    private void done(Delivery delivery) {
        inFlight.remove(delivery.id());
        sender.execute(this::sendDue);
    }

    @Override
    public void close() {
        closed = true;
        sender.shutdownNow();
    }
}
