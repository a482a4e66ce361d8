package kiosk.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import kiosk.api.http.KioskServer;
import kiosk.api.http.ServerOptions;
import kiosk.catalog.CatalogBuilder;
import kiosk.testing.ContentFolder;
import kiosk.testing.Http;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Concurrent API requests while the content reloads 50 times: none fails, and each answer comes from
 * one snapshot: the revision in its body is the one in its header, and every article it lists carries
 * that snapshot's edition number in its title.
 */
class ReloadUnderLoadTest {

    private static final int RELOADS = 50;
    private static final int CLIENTS = 4;
    private static final String QUERY = "{ site { revision } articles(first: 10) { nodes { title } } }";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    /** With the answer cache on (the default), answers kept across reloads must be of one snapshot too. */
    @ParameterizedTest(name = "answer cache of {0} bytes")
    @ValueSource(longs = {0, 64L << 20})
    void requestsDuringReloads_allSucceedAndEachSeesOneSnapshot(long answerCacheBytes) throws Exception {
        ContentFolder folder = ContentFolder.create(temp);
        writeEdition(folder, 0);
        try (Reloader reloader = Reloader.start(new ContentSource(folder.root()), new CatalogBuilder(),
                Clock.systemUTC(), false, (previous, next) -> { })) {
            KioskServer server = KioskServer.create(reloader.published(),
                    ServerOptions.defaults(0).withAnswerCacheBytes(answerCacheBytes)).start();
            try {
                String endpoint = "http://localhost:" + server.port() + "/graphql";
                AtomicBoolean reloading = new AtomicBoolean(true);
                AtomicInteger answered = new AtomicInteger();
                List<String> failures = new CopyOnWriteArrayList<>();
                Set<String> revisionsSeen = ConcurrentHashMap.newKeySet();
                ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
                List<Future<Integer>> counts = new java.util.ArrayList<>();
                for (int c = 0; c < CLIENTS; c++) {
                    counts.add(clients.submit(() -> {
                        int requests = 0;
                        while (reloading.get()) {
                            HttpResponse<String> response = Http.graphql(endpoint, QUERY);
                            requests++;
                            answered.incrementAndGet();
                            String problem = inconsistency(response);
                            if (problem != null) {
                                failures.add(problem);
                            }
                            revisionsSeen.add(response.headers().firstValue("X-Content-Revision").orElse(""));
                        }
                        return requests;
                    }));
                }
                for (int edition = 1; edition <= RELOADS; edition++) {
                    int answeredBefore = answered.get();
                    writeEdition(folder, edition);
                    assertThat(reloader.reloadAndWait().ok()).isTrue();
                    // a reload can take less than a request: let each overlap requests, however fast it is
                    while (answered.get() < answeredBefore + CLIENTS && counts.stream().noneMatch(Future::isDone)) {
                        Thread.sleep(1);
                    }
                }
                reloading.set(false);
                int requests = 0;
                for (Future<Integer> count : counts) {
                    requests += count.get();
                }
                clients.shutdown();

                assertThat(failures).isEmpty();
                assertThat(requests).isGreaterThan(RELOADS);
                assertThat(revisionsSeen).hasSizeGreaterThan(RELOADS / 5);
            } finally {
                server.stop();
            }
        }
    }

    /** Three articles whose titles all name the edition: a mixed snapshot would show two editions. */
    private static void writeEdition(ContentFolder folder, int edition) {
        for (String slug : List.of("one", "two", "three")) {
            folder.article(slug, """
                    title: 第%d版 %s
                    date: 2026-11-20T09:00:00+09:00
                    section: world
                    authors: [sato]
                    summary: 要約。
                    """.formatted(edition, slug), "本文");
        }
    }

    private static String inconsistency(HttpResponse<String> response) {
        try {
            if (response.statusCode() != 200) {
                return "status " + response.statusCode() + ": " + response.body();
            }
            JsonNode body = JSON.readTree(response.body());
            String header = response.headers().firstValue("X-Content-Revision").orElse("");
            if (!body.at("/data/site/revision").asText().equals(header)) {
                return "body revision " + body.at("/data/site/revision").asText() + " but header " + header;
            }
            Set<String> editions = new java.util.HashSet<>();
            body.at("/data/articles/nodes").forEach(node -> editions.add(node.get("title").asText().split(" ")[0]));
            return editions.size() == 1 ? null : "mixed editions " + editions;
        } catch (Exception e) {
            return e.toString();
        }
    }
}
