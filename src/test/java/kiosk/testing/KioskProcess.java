package kiosk.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The packaged {@code kiosk serve} ({@code target/kiosk.jar}) in a child JVM on a free port, as users
 * run it, for tests that kill or restart it.
 */
public final class KioskProcess implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Duration START_WITHIN = Duration.ofSeconds(90);
    private static final AtomicInteger READERS = new AtomicInteger();

    private final Process process;
    private final String base;

    private KioskProcess(Process process, String base) {
        this.process = process;
        this.base = base;
    }

    /**
     * Starts {@code kiosk serve --no-watch} on the sample content with {@code arguments} added, its output
     * in {@code log}, and returns once {@code /health} answers and the site is baked. It trusts one proxy in front
     * ({@code --proxy-hops 1}), so that {@link #view} can speak for many readers.
     */
    public static KioskProcess serve(Path log, String... arguments) throws IOException, InterruptedException {
        List<String> options = new ArrayList<>(List.of("--content", "content", "--site", "site", "--no-watch",
                "--proxy-hops", "1"));
        options.addAll(List.of(arguments));
        return start(log, List.of(), Map.of(), options);
    }

    /**
     * Starts {@code kiosk serve} on a free port with {@code arguments} and nothing else, its output in
     * {@code log}, and returns once {@code /health} answers and the site is baked.
     *
     * @param launcher    what runs {@code java} (such as {@link Unprivileged#launcher()}), or empty
     * @param environment variables added to the process's environment
     */
    public static KioskProcess start(Path log, List<String> launcher, Map<String, String> environment,
                                     List<String> arguments) throws IOException, InterruptedException {
        KioskProcess kiosk = launch(log, launcher, environment, arguments);
        kiosk.awaitHealthy(log);
        return kiosk;
    }

    /** Starts {@code kiosk serve} as {@link #start} does, without waiting for it to answer. */
    public static KioskProcess launch(Path log, List<String> launcher, Map<String, String> environment,
                                      List<String> arguments) throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>(launcher);
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", "target/kiosk.jar", "serve", "--port", String.valueOf(port)));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        return new KioskProcess(builder.start(), "http://localhost:" + port);
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

    /**
     * POSTs a view of {@code slug} as the site's script does (a text/plain body, from a page of the
     * server's own origin), each from a reader of its own, since a reader counts once an article and
     * hour; the status code.
     */
    public int view(String slug) {
        int reader = READERS.incrementAndGet();
        return Http.send(HttpRequest.newBuilder(URI.create(base + "/api/views")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "text/plain;charset=UTF-8").header("Origin", base)
                .header("X-Forwarded-For", "10." + (reader >> 16 & 255) + "." + (reader >> 8 & 255) + "." + (reader & 255))
                .POST(HttpRequest.BodyPublishers.ofString("{\"slug\":\"" + slug + "\"}")).build()).statusCode();
    }

    /** POSTs a GraphQL query. */
    public HttpResponse<String> graphQl(String query) {
        return Http.graphql(base + "/graphql", query);
    }

    /** GETs {@code path} of the server. */
    public HttpResponse<String> get(String path) {
        return Http.get(base + path);
    }

    /** {@code GET /health}, parsed. */
    public JsonNode health() throws IOException {
        return JSON.readTree(get("/health").body());
    }

    /** The title the API gives the article, or null when it has none. */
    public String title(String slug) throws IOException {
        return JSON.readTree(graphQl("{ article(slug: \"" + slug + "\") { title } }").body())
                .at("/data/article/title").asText(null);
    }

    /** A GraphQL query's {@code data} as an editor holding {@code previewToken} gets it. */
    public JsonNode editorsData(String query, String previewToken) throws IOException {
        return JSON.readTree(Http.graphql(base + "/graphql", query, "X-Preview-Token", previewToken).body())
                .get("data");
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
