package kiosk.container;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import kiosk.testing.Http;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;

/** The container image serves the API and the site as the jar does, and replicas agree. */
class KioskImageIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String QUERY = """
            { site { title revision }
              article(slug: "ai-agents-office-work") { title section { name } authors { name } }
              articles(first: 5) { totalCount edges { node { slug } } } }
            """;

    @BeforeAll
    static void docker() {
        KioskContainers.requireDocker();
    }

    private static JsonNode query(GenericContainer<?> container) throws Exception {
        HttpResponse<String> response = Http.graphql(KioskContainers.baseUrl(container) + "/graphql", QUERY);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    @Test
    void image_sampleContent_servesGraphqlSiteAndHealth() throws Exception {
        try (GenericContainer<?> kiosk = KioskContainers.kiosk()) {
            kiosk.start();

            JsonNode data = query(kiosk).get("data");
            assertThat(data.at("/site/title").asText()).isEqualTo("週刊キオスク");
            assertThat(data.at("/article/section/name").asText()).isEqualTo("テクノロジー");
            assertThat(data.at("/articles/totalCount").asInt()).isGreaterThanOrEqualTo(60);

            HttpResponse<String> health = Http.get(KioskContainers.baseUrl(kiosk) + "/health");
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(health.body()).get("status").asText()).isEqualTo("ok");

            HttpResponse<String> page = Http.get(KioskContainers.baseUrl(kiosk) + "/articles/ai-agents-office-work/");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains(data.at("/article/title").asText());
            assertThat(kiosk.execInContainer("id", "-u").getStdout().strip()).isEqualTo("10001");
        }
    }

    @Test
    void twoReplicas_sameContent_agreeAndSurviveTheOtherBeingKilled() throws Exception {
        try (GenericContainer<?> first = KioskContainers.kiosk(); GenericContainer<?> second = KioskContainers.kiosk()) {
            CompletableFuture.allOf(CompletableFuture.runAsync(first::start), CompletableFuture.runAsync(second::start)).join();

            JsonNode fromFirst = query(first);
            JsonNode fromSecond = query(second);
            assertThat(fromFirst).isEqualTo(fromSecond);
            assertThat(fromFirst.at("/data/site/revision").asText()).isNotBlank();

            List<Integer> statuses = new ArrayList<>();
            CompletableFuture<Void> client = CompletableFuture.runAsync(() -> {
                long end = System.nanoTime() + Duration.ofSeconds(3).toNanos();
                while (System.nanoTime() < end) {
                    statuses.add(Http.graphql(KioskContainers.baseUrl(second) + "/graphql", QUERY).statusCode());
                }
            });
            Thread.sleep(500);
            DockerClientFactory.instance().client().killContainerCmd(first.getContainerId()).exec();
            client.join();

            assertThat(statuses).hasSizeGreaterThan(10).containsOnly(200);
            assertThat(query(second)).isEqualTo(fromSecond);
        }
    }
}
