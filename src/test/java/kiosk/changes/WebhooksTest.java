package kiosk.changes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import kiosk.catalog.Catalog;
import kiosk.catalog.CatalogBuilder;
import kiosk.catalog.ChangeSet;
import kiosk.testing.ContentFolder;
import kiosk.testing.Eventually;
import kiosk.testing.SampleContent;
import kiosk.testing.StandardWebhooks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Webhooks to a real HTTP receiver: signed delivery, retries with backoff, a dead endpoint, a restart. */
class WebhooksTest {

    private static final String SECRET = "whsec_" + Base64.getEncoder().encodeToString(
            "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII));
    private static final Webhooks.Backoff FAST = new Webhooks.Backoff(Duration.ofMillis(50), Duration.ofMillis(400));
    private static final Duration WITHIN = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What the receiver got: headers and body of each request. */
    record Received(String id, String timestamp, String signature, byte[] body) {
    }

    @TempDir
    Path temp;

    private HttpServer receiver;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    /** Status codes to answer, in turn; 204 once they run out. */
    private final List<Integer> answers = new CopyOnWriteArrayList<>();
    private volatile CountDownLatch hold = new CountDownLatch(0);
    private ChangeSet changes;

    @BeforeEach
    void start() throws Exception {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        receiver.createContext("/hook", exchange -> {
            try {
                hold.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            received.add(new Received(exchange.getRequestHeaders().getFirst("webhook-id"),
                    exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                    exchange.getRequestHeaders().getFirst("webhook-signature"), exchange.getRequestBody().readAllBytes()));
            int status = answers.isEmpty() ? 204 : answers.remove(0);
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
        ContentFolder folder = ContentFolder.create(temp.resolve("site")).article("first", "2026-11-20T09:00:00+09:00");
        CatalogBuilder builder = new CatalogBuilder();
        Catalog before = builder.published(folder.load().content(), SampleContent.NOW);
        folder.article("second", "2026-11-21T09:00:00+09:00");
        changes = builder.published(folder.load().content(), SampleContent.NOW, before).changes();
    }

    @AfterEach
    void stop() {
        hold.countDown();
        receiver.stop(0);
    }

    private URI endpoint() {
        return URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook");
    }

    private Webhooks webhooks(URI... endpoints) {
        return new Webhooks(List.of(endpoints), WebhookSecret.of(SECRET), temp.resolve("outbox"), Clock.systemUTC(),
                FAST);
    }

    private static boolean verified(Received message) throws Exception {
        return StandardWebhooks.verified(SECRET, message.id(), message.timestamp(), message.signature(),
                new String(message.body(), StandardCharsets.UTF_8));
    }

    @Test
    void publishedChangeSet_isPostedSignedWithTheChangeSet() throws Exception {
        try (Webhooks webhooks = webhooks(endpoint())) {
            webhooks.published(changes);

            Eventually.within(WITHIN, () -> received.size() == 1 && pendingFiles() == 0);
        }
        Received message = received.get(0);
        assertThat(message.id()).startsWith("msg_");
        assertThat(Long.parseLong(message.timestamp())).isCloseTo(System.currentTimeMillis() / 1000,
                org.assertj.core.data.Offset.offset(60L));
        assertThat(verified(message)).isTrue();
        JsonNode body = JSON.readTree(message.body());
        assertThat(body.at("/type").asText()).isEqualTo("content.changed");
        assertThat(body.at("/data/articles/added/0").asText()).isEqualTo("second");
        assertThat(body.at("/data/revision").asText()).isEqualTo(changes.revision());
        assertThat(body.at("/data/cacheTags").toString()).contains("article:second");
        Received tampered = new Received(message.id(), message.timestamp(), message.signature(),
                (new String(message.body(), StandardCharsets.UTF_8) + " ").getBytes(StandardCharsets.UTF_8));
        assertThat(verified(tampered)).isFalse();
    }

    @Test
    void failingReceiver_getsTheSameMessageAgainUntilItTakesIt() throws Exception {
        answers.addAll(List.of(503, 500, 502));
        try (Webhooks webhooks = webhooks(endpoint())) {
            webhooks.published(changes);

            Eventually.within(WITHIN, () -> received.size() == 4);
            Eventually.within(WITHIN, () -> pendingFiles() == 0);
        }
        assertThat(received).extracting(Received::id).containsOnly(received.get(0).id());
        for (Received message : received) {
            assertThat(verified(message)).isTrue();
        }
    }

    @Test
    void hangingReceiver_neverHoldsPublishingUp() throws Exception {
        hold = new CountDownLatch(1);
        try (Webhooks webhooks = webhooks(endpoint(), endpoint())) {
            for (int snapshot = 0; snapshot < 5; snapshot++) {
                webhooks.published(changes);
            }
            // five snapshots published while the receiver has answered nothing
            assertThat(received).isEmpty();
            assertThat(pendingFiles()).isEqualTo(10);
            hold.countDown();

            Eventually.within(WITHIN, () -> received.stream().map(Received::id).distinct().count() == 10
                    && pendingFiles() == 0);
        }
    }

    @Test
    void restart_sendsWhatWasNotSent() throws Exception {
        answers.addAll(java.util.Collections.nCopies(1000, 503));
        String id;
        try (Webhooks webhooks = webhooks(endpoint())) {
            webhooks.published(changes);
            Eventually.within(WITHIN, () -> !received.isEmpty());
            id = received.get(0).id();
        }
        answers.clear();
        received.clear();

        try (Webhooks restarted = webhooks(endpoint())) {
            Eventually.within(WITHIN, () -> received.stream().anyMatch(message -> message.id().equals(id)));
            Eventually.within(WITHIN, () -> pendingFiles() == 0);
        }
        assertThat(received).extracting(Received::id).containsOnly(id);
    }

    private long pendingFiles() throws java.io.IOException {
        Path outbox = temp.resolve("outbox");
        if (!Files.isDirectory(outbox)) {
            return 0;
        }
        try (var files = Files.list(outbox)) {
            return files.filter(file -> file.toString().endsWith(".json")).count();
        }
    }
}
