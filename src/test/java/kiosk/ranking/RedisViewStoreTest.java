package kiosk.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.ExposedPort;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import kiosk.testing.DockerRequiredInCi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.utility.DockerImageName;

/** The shared store against a real Redis in a container, configured for durable acknowledgements. */
@ExtendWith(DockerRequiredInCi.class) // before @Testcontainers: in CI a missing engine fails, not skips
@Testcontainers(disabledWithoutDocker = true)
class RedisViewStoreTest extends ViewStoreContract {

    static final int REDIS_PORT = 6379;

    @Container
    private static final GenericContainer<?> REDIS = durableRedis();

    private final List<AutoCloseable> opened = new ArrayList<>();

    /**
     * The local image (scripts/docker/redis) with an append-only file fsynced before every reply, the
     * setting under which an acknowledged view survives a crash of Redis or of its machine.
     */
    static GenericContainer<?> durableRedis() {
        return new GenericContainer<>(DockerImageName.parse("kiosk/redis:local"))
                .withCommand("redis-server", "--bind", "0.0.0.0", "--port", String.valueOf(REDIS_PORT),
                        "--protected-mode", "no", "--save", "", "--appendonly", "yes", "--appendfsync", "always")
                .withExposedPorts(REDIS_PORT)
                .waitingFor(Wait.forLogMessage(".*Ready to accept connections.*\\n", 1));
    }

    /** A store on {@code port} under {@code prefix}, closed after the test. */
    private RedisViewStore open(int port, String prefix) {
        RedisViewStore store = RedisViewStore.open(URI.create("redis://" + REDIS.getHost() + ":" + port), prefix);
        opened.add(store);
        return store;
    }

    /** Each test counts under its own key prefix, so tests share the container but not counts. */
    private static String newPrefix() {
        return "test:" + UUID.randomUUID() + ":";
    }

    @Override
    ViewStore store() {
        return open(REDIS.getMappedPort(REDIS_PORT), newPrefix());
    }

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable closeable : opened) {
            closeable.close();
        }
    }

    @Test
    void record_twoKioskInstancesIntoOneRedis_bothCountAllViewsAndRankAlike() throws Exception {
        String prefix = newPrefix();
        RedisViewStore first = open(REDIS.getMappedPort(REDIS_PORT), prefix);
        RedisViewStore second = open(REDIS.getMappedPort(REDIS_PORT), prefix);
        Instant now = Instant.now();
        List<String> slugs = List.of("a", "b", "c", "d");
        try (ViewRecorder firstRecorder = new ViewRecorder(first); ViewRecorder secondRecorder = new ViewRecorder(second)) {
            CompletableFuture<?> firstViews = recordAsync(firstRecorder, slugs, 400, now);
            CompletableFuture<?> secondViews = recordAsync(secondRecorder, slugs.subList(0, 2), 300, now);
            CompletableFuture.allOf(firstViews, secondViews).get(60, TimeUnit.SECONDS);
        }

        HourRange today = HourRange.endingAt(now, Period.DAY.hours());
        Map<String, Long> expected = Map.of("a", 250L, "b", 250L, "c", 100L, "d", 100L);
        assertThat(first.totals(today)).isEqualTo(expected);
        assertThat(second.totals(today)).isEqualTo(expected);
        PublishedArticles published = slug -> Optional.of("world");
        assertThat(new Ranking(first, published).ranking(Period.DAY, 10, null, now))
                .isEqualTo(new Ranking(second, published).ranking(Period.DAY, 10, null, now))
                .extracting(RankedArticle::slug).containsExactly("a", "b", "c", "d");
    }

    /** Records {@code views} views spread over {@code slugs} from another thread; completes when all are acknowledged. */
    private static CompletableFuture<?> recordAsync(ViewRecorder recorder, List<String> slugs, int views, Instant at) {
        return CompletableFuture.supplyAsync(() -> {
            List<CompletableFuture<Void>> acknowledged = new ArrayList<>();
            for (int i = 0; i < views; i++) {
                acknowledged.add(recorder.record(new View(slugs.get(i % slugs.size()), at)));
            }
            return CompletableFuture.allOf(acknowledged.toArray(CompletableFuture[]::new));
        }).thenCompose(all -> all);
    }

    @Test
    void totals_redisKilledAndRestarted_acknowledgedViewsSurvive() throws Exception {
        Instant now = Instant.now();
        try (GenericContainer<?> redis = durableRedis()) {
            redis.start();
            String prefix = newPrefix();
            try (RedisViewStore store = RedisViewStore.open(uri(redis.getMappedPort(REDIS_PORT)), prefix);
                 ViewRecorder recorder = new ViewRecorder(store)) {
                recordAsync(recorder, List.of("a", "b"), 500, now).get(60, TimeUnit.SECONDS);
            }

            DockerClient docker = redis.getDockerClient();
            docker.killContainerCmd(redis.getContainerId()).withSignal("KILL").exec();
            docker.startContainerCmd(redis.getContainerId()).exec();

            try (RedisViewStore restarted = RedisViewStore.open(uri(mappedPortNow(redis)), prefix)) {
                assertThat(totalsOnceLoaded(restarted, HourRange.endingAt(now, 1)))
                        .isEqualTo(Map.of("a", 250L, "b", 250L));
            }
        }
    }

    private static URI uri(int port) {
        return URI.create("redis://" + REDIS.getHost() + ":" + port);
    }

    /** A restarted container may get another host port; Testcontainers only knows the first one. */
    private static int mappedPortNow(GenericContainer<?> redis) {
        return Integer.parseInt(redis.getDockerClient().inspectContainerCmd(redis.getContainerId()).exec()
                .getNetworkSettings().getPorts().getBindings().get(ExposedPort.tcp(REDIS_PORT))[0].getHostPortSpec());
    }

    /** Redis refuses reads while it replays its append-only file: retry for a while. */
    private static Map<String, Long> totalsOnceLoaded(ViewStore store, HourRange range) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            try {
                return store.totals(range);
            } catch (ViewStoreException notYet) {
                if (System.nanoTime() > deadline) {
                    throw notYet;
                }
                Thread.sleep(100);
            }
        }
    }
}
