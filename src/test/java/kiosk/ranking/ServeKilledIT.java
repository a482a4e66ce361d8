package kiosk.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLongArray;
import kiosk.testing.KioskProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged {@code kiosk serve} is killed with SIGKILL while clients POST views to it; restarted on
 * the same {@code --data}, it ranks every view it had acknowledged with 204, and at most one more per
 * client (a view committed whose answer the kill cut off).
 */
class ServeKilledIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CLIENTS = 16;
    private static final int ACKNOWLEDGED_BEFORE_KILL = 3_000;

    @TempDir
    Path temp;

    @Test
    void serve_killedWhileCountingViews_losesNoAcknowledgedView() throws Exception {
        Path data = temp.resolve("data");
        Path log = temp.resolve("serve.log");
        String[] options = {"--out", temp.resolve("out").toString(), "--data", data.toString(),
                "--view-rate-limit", "1000000"};
        List<String> slugs;
        AtomicLongArray acknowledged;
        try (KioskProcess serve = KioskProcess.serve(log, options)) {
            slugs = new ArrayList<>();
            JSON.readTree(serve.graphQl("{ articles(first: 8) { nodes { slug } } }").body())
                    .at("/data/articles/nodes").forEach(node -> slugs.add(node.get("slug").asText()));
            acknowledged = new AtomicLongArray(slugs.size());
            AtomicBoolean killed = new AtomicBoolean();
            List<Thread> clients = new ArrayList<>();
            for (int client = 0; client < CLIENTS; client++) {
                int first = client;
                Thread thread = new Thread(() -> {
                    for (int i = first; !killed.get(); i++) {
                        int slug = i % slugs.size();
                        try {
                            if (serve.view(slugs.get(slug)) == 204) {
                                acknowledged.incrementAndGet(slug);
                            }
                        } catch (RuntimeException connectionLost) {
                            return;
                        }
                    }
                });
                thread.start();
                clients.add(thread);
            }
            while (total(acknowledged) < ACKNOWLEDGED_BEFORE_KILL) {
                Thread.sleep(5);
            }
            serve.kill();
            killed.set(true);
            for (Thread client : clients) {
                client.join();
            }
        }

        try (KioskProcess restarted = KioskProcess.serve(log, options)) {
            JsonNode ranking = JSON.readTree(restarted.graphQl("{ ranking(first: 100) { views article { slug } } }").body())
                    .at("/data/ranking");
            Map<String, Long> stored = new HashMap<>();
            ranking.forEach(place -> stored.put(place.at("/article/slug").asText(), place.get("views").asLong()));
            long extra = 0;
            for (int slug = 0; slug < slugs.size(); slug++) {
                long counted = stored.getOrDefault(slugs.get(slug), 0L);
                assertThat(counted).as("views of %s stored, %d acknowledged", slugs.get(slug), acknowledged.get(slug))
                        .isGreaterThanOrEqualTo(acknowledged.get(slug));
                extra += counted - acknowledged.get(slug);
            }
            assertThat(extra).as("views stored but not acknowledged").isLessThanOrEqualTo(CLIENTS);
        }
    }

    private static long total(AtomicLongArray counts) {
        long total = 0;
        for (int i = 0; i < counts.length(); i++) {
            total += counts.get(i);
        }
        return total;
    }
}
