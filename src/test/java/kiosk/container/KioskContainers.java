package kiosk.container;

import java.nio.file.Path;
import java.time.Duration;
import kiosk.testing.Environment;
import kiosk.testing.Http;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.images.builder.ImageFromDockerfile;

/**
 * The Kiosk image, built once per test run from the project's Dockerfile on the local JRE base
 * image that {@code scripts/docker-setup.sh} makes (no registry needed).
 */
final class KioskContainers {

    static final int PORT = 7070;
    private static final String BASE_IMAGE = "kiosk/jre17:local";
    private static ImageFromDockerfile image;

    private KioskContainers() {
    }

    /** Skips without Docker on a laptop; fails in CI. */
    static void requireDocker() {
        Environment.require(DockerClientFactory.instance().isDockerAvailable(),
                "a Docker engine (run scripts/docker-setup.sh)");
    }

    static synchronized ImageFromDockerfile image() {
        if (image == null) {
            image = new ImageFromDockerfile("kiosk/app-it", false)
                    .withDockerfile(Path.of("Dockerfile").toAbsolutePath())
                    .withBuildArg("BASE_IMAGE", BASE_IMAGE);
        }
        return image;
    }

    /** A Kiosk replica serving the sample content baked into the image; ready once /health says its site is baked. */
    @SuppressWarnings("resource")
    static GenericContainer<?> kiosk() {
        return new GenericContainer<>(image())
                .withExposedPorts(PORT)
                .waitingFor(Wait.forHttp("/health").forStatusCode(200)
                        .forResponsePredicate(body -> body.contains(Http.SITE_READY))
                        .withStartupTimeout(Duration.ofSeconds(90)));
    }

    static String baseUrl(GenericContainer<?> container) {
        return "http://" + container.getHost() + ":" + container.getMappedPort(PORT);
    }
}
