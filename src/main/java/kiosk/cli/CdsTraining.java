package kiosk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The training run of the class-data sharing archive that the build makes ({@code pom.xml}) and the
 * container image remakes ({@code Dockerfile}): started with {@code -XX:DumpLoadedClassList}, whose list
 * {@code -Xshare:dump} then archives as {@code kiosk.jsa}. It runs {@code serve} on a magazine (which
 * loads, checks and bakes it as {@code check} and {@code bake} do), asks it what front ends, readers and
 * editors ask (GraphQL, pages, preview, a view), then exits. The archive holds every class those commands
 * loaded, already parsed, and the launcher ({@code bin/kiosk}) maps it into every later start, which then skips that
 * work. Not a command: nothing a user runs.
 *
 * <p>Usage: {@code CdsTraining <content> <site> <workDir>}; the work folder gets the baked sites and
 * the view counts, and may be deleted afterwards.
 */
public final class CdsTraining {

    private static final Duration SERVE_WITHIN = Duration.ofMinutes(3);
    /** What a front end asks: lists, an article with everything it links to, search, ranking, status. */
    private static final String QUERY = """
            { site { title revision asOf }
              articles(first: 5, filter: {breaking: false}) { totalCount pageInfo { endCursor hasNextPage }
                nodes { slug title summary date updated url bodyHtml readingTimeMinutes dateline
                        section { name url } authors { name url } tags { name url } issue { title cover { title } }
                        image { src alt width height } related(first: 3) { slug title } history { revisions } } }
              sections { slug name } issues { slug title } latestIssue { title } authors { name } tags { name }
              search(query: "経済", first: 3) { totalCount nodes { slug } }
              ranking(period: WEEK) { rank views article { slug } }
              contentStatus { ok problems { formatted } } }
            """;
    private static final ObjectMapper JSON = new ObjectMapper();

    private CdsTraining() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: CdsTraining <content> <site> <workDir>");
            System.exit(2);
        }
        String content = args[0];
        String site = args[1];
        Path work = Files.createDirectories(Path.of(args[2]));
        // serve loads, checks and bakes as check and bake do (their own classes are loaded with the command line)
        int port = freePort();
        byte[] random = new byte[16];
        new SecureRandom().nextBytes(random);
        String token = HexFormat.of().formatHex(random);
        Thread serve = new Thread(() -> run("serve", "--content", content, "--site", site,
                "--out", work.resolve("served").toString(), "--data", work.resolve("data").toString(),
                "--port", String.valueOf(port), "--no-watch", "--preview-token", token), "training-serve");
        serve.setDaemon(true);
        serve.start();
        try {
            askLikeUsers("http://localhost:" + port, token, serve);
        } catch (Exception | Error e) {
            // serve's threads would keep the JVM, and so the build, waiting forever
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0); // runs serve's shutdown hook; the class list has been written as the classes loaded
    }

    private static void run(String... command) {
        int exit = Main.commandLine().execute(command);
        if (exit != 0) {
            throw new IllegalStateException("kiosk " + String.join(" ", command) + " exited with " + exit);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void askLikeUsers(String base, String token, Thread serve) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + SERVE_WITHIN.toNanos();
        while (!siteBaked(client, base)) {
            if (System.nanoTime() > deadline || !serve.isAlive()) {
                throw new IllegalStateException("kiosk serve did not bake its site within " + SERVE_WITHIN);
            }
            Thread.sleep(100);
        }
        String query = JSON.writeValueAsString(Map.of("query", QUERY));
        for (boolean editor : new boolean[] {false, true}) {
            HttpRequest.Builder post = HttpRequest.newBuilder(URI.create(base + "/graphql"))
                    .header("Content-Type", "application/json").header("Accept", "application/graphql-response+json")
                    .POST(HttpRequest.BodyPublishers.ofString(query));
            if (editor) {
                post.header("X-Preview-Token", token);
            }
            send(client, post);
        }
        String slug = JSON.readTree(send(client, HttpRequest.newBuilder(URI.create(base + "/graphql?query="
                + URLEncoder.encode("{ articles(first: 1) { nodes { slug } } }", StandardCharsets.UTF_8)))).body())
                .at("/data/articles/nodes/0/slug").asText();
        for (String path : List.of("/", "/articles/" + slug + "/", "/graphiql", "/feed.xml")) {
            send(client, HttpRequest.newBuilder(URI.create(base + path)));
        }
        send(client, HttpRequest.newBuilder(URI.create(base + "/preview/articles/" + slug + "/"))
                .header("X-Preview-Token", token));
        client.send(HttpRequest.newBuilder(URI.create(base + "/api/views")).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{\"slug\":\"" + slug + "\"}")).build(),
                HttpResponse.BodyHandlers.discarding());
    }

    /** Whether serve answers and has baked its site (it answers the API while it bakes). */
    private static boolean siteBaked(HttpClient client, String base) throws InterruptedException {
        try {
            HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create(base + "/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            return health.statusCode() == 200 && "ready".equals(JSON.readTree(health.body()).path("site").asText());
        } catch (IOException notListeningYet) {
            return false;
        }
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request)
            throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.request().method() + " " + response.request().uri()
                    + " answered " + response.statusCode() + ": " + response.body());
        }
        return response;
    }
}
