package kiosk.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import kiosk.testing.Http;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.MountableFile;

/** The baked site works from a plain static host: nginx, crawled over HTTP from the home page. */
class StaticHostIT {

    @TempDir
    static Path out;

    @BeforeAll
    static void bake() throws Exception {
        KioskContainers.requireDocker();
        Process bake = new ProcessBuilder("java", "-jar", "target/kiosk.jar", "bake", "--content", "content",
                "--site", "site", "--out", out.resolve("site").toString()).inheritIO().start();
        assertThat(bake.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(bake.exitValue()).isZero();
    }

    @Test
    void crawl_fromHomePage_everyInternalLinkAnswersWithTypeAndCharset() {
        try (GenericContainer<?> nginx = new GenericContainer<>("kiosk/nginx:local")
                .withExposedPorts(80)
                .withCopyToContainer(MountableFile.forHostPath(out.resolve("site")), "/usr/share/nginx/html")
                .waitingFor(Wait.forHttp("/").forStatusCode(200))) {
            nginx.start();
            String base = "http://" + nginx.getHost() + ":" + nginx.getMappedPort(80);

            Set<String> seen = crawl(base);

            assertThat(seen).contains("/", "/articles/ai-agents-office-work/", "/sitemap.xml")
                    .anySatisfy(path -> assertThat(path).startsWith("/tags/%E5%AE%87%E5%AE%99"));
            assertThat(seen.size()).isGreaterThan(100);
            assertThat(Http.get(base + "/no-such-page/").statusCode()).isEqualTo(404);
        }
    }

    private static Set<String> crawl(String base) {
        Set<String> seen = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>();
        queue.add("/");
        seen.add("/");
        seen.add("/sitemap.xml");
        queue.add("/sitemap.xml");
        while (!queue.isEmpty()) {
            String path = queue.poll();
            HttpResponse<String> response = Http.get(base + path);
            String type = response.headers().firstValue("Content-Type").orElse("");
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            if (path.endsWith("/") || path.endsWith(".html")) {
                assertThat(type).as(path).isEqualTo("text/html; charset=utf-8");
                Document page = Jsoup.parse(response.body(), base + path);
                for (Element link : page.select("a[href], link[href], img[src], script[src]")) {
                    String target = link.hasAttr("href") ? link.attr("abs:href") : link.attr("abs:src");
                    if (target.startsWith(base)) {
                        String internal = URI.create(target).getRawPath();
                        if (seen.add(internal)) {
                            queue.add(internal);
                        }
                    }
                }
            } else if (path.endsWith(".css") || path.endsWith(".xml") || path.endsWith(".js") || path.endsWith(".txt")) {
                assertThat(type).as(path).contains("charset=utf-8");
            } else if (path.endsWith(".jpg")) {
                assertThat(type).as(path).isEqualTo("image/jpeg");
            }
        }
        return seen;
    }
}
