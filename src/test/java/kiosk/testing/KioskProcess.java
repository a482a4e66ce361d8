package kiosk.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged {@code kiosk serve} ({@code target/kiosk.jar}) in a child JVM on a free port, as users
 * run it, for tests that kill or restart it.
 */
public final class KioskProcess implements AutoCloseable {

    private static final Duration START_WITHIN = Duration.ofSeconds(90);

    private final Process process;
    private final String base;

    private KioskProcess(Process process, String base) {
        this.process = process;
        this.base = base;
    }

    /**
     * Starts {@code kiosk serve --no-watch} on the sample content with {@code arguments} added, its output
     * in {@code log}, and returns once {@code /health} answers and the site is baked.
     */
    public static KioskProcess serve(Path log, String... arguments) throws IOException, InterruptedException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", "target/kiosk.jar", "serve", "--content", "content", "--site", "site", "--no-watch",
                "--port", String.valueOf(port)));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        KioskProcess kiosk = new KioskProcess(process, "http://localhost:" + port);
        kiosk.awaitHealthy(log);
        return kiosk;
    }

    private void awaitHealthy(Path log) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + START_WITHIN.toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            if (Http.servesItsSite(base)) {
                return;
            }
            Thread.sleep(100);
        }
        process.destroyForcibly();
        throw new IllegalStateException("kiosk serve did not answer /health with its site baked; its output: "
                + Files.readString(log));
    }

    public String base() {
        return base;
    }

    /** POSTs a view of {@code slug} as the site's script does (a text/plain body); the status code. */
    public int view(String slug) {
        return Http.send(HttpRequest.newBuilder(URI.create(base + "/api/views")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "text/plain;charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString("{\"slug\":\"" + slug + "\"}")).build()).statusCode();
    }

    /** POSTs a GraphQL query. */
    public HttpResponse<String> graphQl(String query) {
        return Http.graphql(base + "/graphql", query);
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed or closed. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM, as an orchestrator stops it: the shutdown hook runs. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            kill();
        }
    }
}
