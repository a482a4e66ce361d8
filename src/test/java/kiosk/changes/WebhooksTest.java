package kiosk.changes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
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
import java.util.concurrent.atomic.AtomicInteger;
import kiosk.catalog.Catalog;
import kiosk.catalog.CatalogBuilder;
import kiosk.catalog.ChangeSet;
import kiosk.content.check.Problem;
import kiosk.content.load.LoadResult;
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
    record Received(String id, String timestamp, String signature, byte[] body, String query) {
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
                    exchange.getRequestHeaders().getFirst("webhook-signature"), exchange.getRequestBody().readAllBytes(),
                    exchange.getRequestURI().getQuery()));
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

    /** Webhooks to the operator's {@code endpoints} ({@code --webhook}). */
    private Webhooks webhooks(URI... endpoints) {
        return webhooks(List.of(endpoints), List.of());
    }

    private Webhooks webhooks(List<URI> operators, List<URI> editors) {
        return new Webhooks(operators, editors, WebhookSecret.of(SECRET), temp.resolve("outbox"), Clock.systemUTC(),
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
                (new String(message.body(), StandardCharsets.UTF_8) + " ").getBytes(StandardCharsets.UTF_8), null);
        assertThat(verified(tampered)).isFalse();
    }

    /**
     * site.yaml is written by any editor, the operator's {@code --webhook} only by the operator: an editor's
     * webhook to this machine would make the server post to its own or its network's private services.
     */
    @Test
    void anEditorsWebhookToThisMachine_isAnErrorInSiteYaml_andNeverDelivered() throws Exception {
        URI editors = URI.create(endpoint() + "?from=site.yaml");
        ContentFolder folder = ContentFolder.create(temp.resolve("editors")).write("site.yaml", """
                title: 週刊キオスク
                webhooks:
                  - %s
                """.formatted(editors));
        LoadResult loaded = folder.load();
        // as serve does: the operator's endpoints and site.yaml's
        try (Webhooks webhooks = webhooks(List.of(operators()), loaded.content().site().webhooks())) {
            webhooks.published(changes);

            Eventually.within(WITHIN, () -> received.stream().anyMatch(message -> "from=operator".equals(message.query())));
            Eventually.within(WITHIN, () -> pendingFiles() == 0);
        }
        assertThat(received).extracting(Received::query).containsExactly("from=operator");
        assertThat(loaded.problems()).filteredOn(Problem::isError).singleElement().satisfies(problem -> {
            assertThat(problem.path()).isEqualTo("site.yaml");
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.message()).contains("webhooks", editors.toString());
            assertThat(problem.hint()).contains("https://");
        });
    }

    /**
     * A name an editor gave may resolve to a public address when site.yaml is checked and to this machine
     * when the delivery is sent (DNS rebinding): each delivery to an editor's endpoint is checked again.
     */
    @Test
    void anEditorsEndpointResolvingToThisMachineAtDelivery_isRefusedAndRetriedLater() throws Exception {
        // a TLS endpoint on this machine, as far as connecting goes: it counts the connections made to it
        try (ServerSocket internal = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            AtomicInteger connections = new AtomicInteger();
            Thread accepting = new Thread(() -> {
                while (!internal.isClosed()) {
                    try (Socket ignored = internal.accept()) {
                        connections.incrementAndGet();
                    } catch (java.io.IOException closed) {
                        return;
                    }
                }
            });
            accepting.start();
            URI editors = URI.create("https://localhost:" + internal.getLocalPort() + "/hook");
            try (Webhooks webhooks = webhooks(List.of(operators()), List.of(editors))) {
                webhooks.published(changes);

                Eventually.within(WITHIN, () -> received.size() == 1);
                Eventually.within(WITHIN, () -> pendingAttempts() >= 2);
            }
            assertThat(connections.get()).as("connections to the editor's endpoint on this machine").isZero();
        }
    }

    /** The most attempts a delivery still pending has had. */
    private int pendingAttempts() throws Exception {
        try (var files = Files.list(temp.resolve("outbox"))) {
            int most = 0;
            for (Path file : files.filter(file -> file.toString().endsWith(".json")).toList()) {
                most = Math.max(most, JSON.readTree(file.toFile()).path("attempts").asInt());
            }
            return most;
        }
    }

    private URI operators() {
        return URI.create(endpoint() + "?from=operator");
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
