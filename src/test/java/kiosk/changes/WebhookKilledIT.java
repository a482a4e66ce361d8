package kiosk.changes;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import kiosk.testing.ContentFolder;
import kiosk.testing.Eventually;
import kiosk.testing.Folders;
import kiosk.testing.KioskProcess;
import kiosk.testing.StandardWebhooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged {@code kiosk serve} with a webhook, killed with SIGKILL after a snapshot was published
 * and before its webhook was delivered (the receiver refused it): the next start delivers it, with the
 * same {@code webhook-id} and a valid signature.
 */
class WebhookKilledIT {

    private static final Duration WITHIN = Duration.ofSeconds(60);
    private static final String SECRET = "whsec_" + Base64.getEncoder().encodeToString(
            "kiosk-webhook-secret-of-32-bytes".getBytes(StandardCharsets.US_ASCII));

    record Received(String id, String timestamp, String signature, String body) {
    }

    @TempDir
    Path temp;

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile int status = 503;

    @Test
    void killedBetweenSnapshotAndDelivery_nextStartDeliversIt() throws Exception {
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.setExecutor(Executors.newCachedThreadPool());
        receiver.createContext("/hook", exchange -> {
            received.add(new Received(exchange.getRequestHeaders().getFirst("webhook-id"),
                    exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                    exchange.getRequestHeaders().getFirst("webhook-signature"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
        try {
            ContentFolder content = ContentFolder.create(temp).article("first", "2026-11-20T09:00:00+09:00");
            Path site = Folders.copy(Path.of("site"), temp.resolve("site"));
            List<String> options = List.of("--content", content.root().toString(), "--site", site.toString(),
                    "--out", temp.resolve("out").toString(), "--data", temp.resolve("data").toString(),
                    "--webhook", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook");
            Map<String, String> environment = Map.of("KIOSK_WEBHOOK_SECRET", SECRET);
            String id;
            try (KioskProcess serve = KioskProcess.start(temp.resolve("serve.log"), List.of(), environment, options)) {
                content.article("second", "2026-11-21T09:00:00+09:00");
                Eventually.within(WITHIN, () -> !received.isEmpty());
                id = received.get(0).id();
                assertThat(received.get(0).body()).contains("\"second\"");
                serve.kill();
            }
            assertThat(pending()).as("the outbox keeps the refused delivery").isEqualTo(1);
            status = 204;
            received.clear();

            try (KioskProcess restarted = KioskProcess.start(temp.resolve("serve.log"), List.of(), environment, options)) {
                Eventually.within(WITHIN, () -> received.stream().anyMatch(message -> message.id().equals(id)));
                Eventually.within(WITHIN, () -> pending() == 0);
            }
            Received delivered = received.stream().filter(message -> message.id().equals(id)).findFirst().orElseThrow();
            assertThat(delivered.body()).contains("\"second\"", "content.changed");
            assertThat(verified(delivered)).isTrue();
        } finally {
            receiver.stop(0);
        }
    }

    private long pending() throws java.io.IOException {
        Path outbox = temp.resolve("data/webhooks");
        if (!Files.isDirectory(outbox)) {
            return 0;
        }
        try (var files = Files.list(outbox)) {
            return files.filter(file -> file.toString().endsWith(".json")).count();
        }
    }

    private static boolean verified(Received message) throws Exception {
        return StandardWebhooks.verified(SECRET, message.id(), message.timestamp(), message.signature(), message.body());
    }
}
