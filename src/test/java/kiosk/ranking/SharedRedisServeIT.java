package kiosk.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kiosk.testing.DockerRequiredInCi;
import kiosk.testing.KioskProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * Two replicas of the packaged {@code kiosk serve} count views into one Redis in a container
 * ({@code --views-store}); each replica's {@code Query.ranking} sums both replicas' views, and they agree.
 */
@ExtendWith(DockerRequiredInCi.class) // before @Testcontainers: in CI a missing engine fails, not skips
@Testcontainers(disabledWithoutDocker = true)
class SharedRedisServeIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RANKING = "{ ranking(period: WEEK, first: 100) { rank views article { slug } } }";

    @Container
    private static final GenericContainer<?> REDIS = RedisViewStoreTest.durableRedis();

    @TempDir
    Path temp;

    @Test
    void twoReplicas_countIntoOneRedis_andRankAlike() throws Exception {
        String redis = "redis://" + REDIS.getHost() + ":" + REDIS.getMappedPort(RedisViewStoreTest.REDIS_PORT);
        Path log = temp.resolve("serve.log");
        String[] firstOptions = {"--out", temp.resolve("out-1").toString(), "--views-store", redis,
                "--view-rate-limit", "1000"};
        String[] secondOptions = {"--out", temp.resolve("out-2").toString(), "--views-store", redis,
                "--view-rate-limit", "1000"};
        List<String> slugs = new ArrayList<>();
        try (KioskProcess first = KioskProcess.serve(log, firstOptions);
             KioskProcess second = KioskProcess.serve(log, secondOptions)) {
            JSON.readTree(first.graphQl("{ articles(first: 3) { nodes { slug } } }").body())
                    .at("/data/articles/nodes").forEach(node -> slugs.add(node.get("slug").asText()));
            send(first, slugs.get(0), 5);
            send(second, slugs.get(0), 2);
            send(first, slugs.get(1), 3);
            send(second, slugs.get(2), 6);
            send(second, "no-such-article", 4);
        }

        // Restarted, since each replica bakes its site at start, which caches the (empty) rankings for 15 s.
        try (KioskProcess first = KioskProcess.serve(log, firstOptions);
             KioskProcess second = KioskProcess.serve(log, secondOptions)) {
            String answer = first.graphQl(RANKING).body();
            assertThat(answer).isEqualTo(second.graphQl(RANKING).body());
            List<String> ranked = new ArrayList<>();
            JSON.readTree(answer).at("/data/ranking").forEach(place -> ranked.add(place.get("rank").asInt() + " "
                    + place.at("/article/slug").asText() + " " + place.get("views").asInt()));
            assertThat(ranked).containsExactly("1 " + slugs.get(0) + " 7", "2 " + slugs.get(2) + " 6",
                    "3 " + slugs.get(1) + " 3");
        }
    }

    /** Sends {@code count} views; a published slug's are each acknowledged, others each refused with 404. */
    private static void send(KioskProcess replica, String slug, int count) {
        int expected = slug.startsWith("no-such") ? 404 : 204;
        for (int i = 0; i < count; i++) {
            assertThat(replica.view(slug)).isEqualTo(expected);
        }
    }
}
