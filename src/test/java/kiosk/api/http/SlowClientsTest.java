package kiosk.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import kiosk.testing.SampleContent;
import org.junit.jupiter.api.Test;

/**
 * Clients that send their requests slowly (slowloris) cost their own connection, never one of the
 * server's worker threads: with more of them than Jetty has threads, {@code /health} and the API
 * still answer at once, and each slow client is cut off once it falls under the minimum data rate.
 */
class SlowClientsTest {

    /** More than Jetty's 250 worker threads. */
    private static final int CONNECTIONS = 400;
    private static final Duration TRICKLE = Duration.ofMillis(500);

    @Test
    void slowRequestBodies_leaveTheServerAnswering_andAreCutOff() throws Exception {
        try (TestServer server = TestServer.start(SampleContent.catalog())) {
            List<Socket> slow = new ArrayList<>();
            List<Socket> open = new CopyOnWriteArrayList<>();
            ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();
            try {
                for (int i = 0; i < CONNECTIONS; i++) {
                    Socket socket = new Socket("localhost", server.uri("/").getPort());
                    socket.getOutputStream().write(("POST /graphql HTTP/1.1\r\nHost: localhost\r\n"
                            + "Content-Type: application/json\r\nContent-Length: 900\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
                    slow.add(socket);
                }
                open.addAll(slow);
                // a byte every half second from each: they never go idle
                trickle.scheduleAtFixedRate(() -> open.removeIf(SlowClientsTest::failsToSendAByte),
                        0, TRICKLE.toMillis(), TimeUnit.MILLISECONDS);
                Thread.sleep(1_000);

                HttpClient client = HttpClient.newHttpClient();
                for (int i = 0; i < 3; i++) {
                    HttpResponse<String> health = client.send(HttpRequest.newBuilder(server.uri("/health"))
                            .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                    HttpResponse<String> api = client.send(HttpRequest.newBuilder(server.uri("/graphql"))
                            .timeout(Duration.ofSeconds(5)).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(TestServer.json(Map.of("query", "{ site { title } }"))))
                            .build(), HttpResponse.BodyHandlers.ofString());

                    assertThat(health.statusCode()).isEqualTo(200);
                    assertThat(api.body()).contains("週刊キオスク");
                }
                for (Socket socket : slow) {
                    assertThat(answerOrClose(socket)).as("what a slow client gets").matches("HTTP/1.1 408 .*|closed");
                }
            } finally {
                trickle.shutdownNow();
                for (Socket socket : slow) {
                    socket.close();
                }
            }
        }
    }

    private static boolean failsToSendAByte(Socket socket) {
        try {
            OutputStream out = socket.getOutputStream();
            out.write(' ');
            out.flush();
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    /** The status line the server answered with, or "closed"; waits at most 20 s. */
    private static String answerOrClose(Socket socket) throws IOException {
        socket.setSoTimeout(20_000);
        InputStream in = socket.getInputStream();
        StringBuilder line = new StringBuilder();
        try {
            for (int b = in.read(); b != -1 && b != '\r'; b = in.read()) {
                line.append((char) b);
            }
        } catch (SocketTimeoutException e) {
            return "still open after 20 s";
        } catch (IOException e) {
            return "closed";
        }
        return line.length() == 0 ? "closed" : line.toString();
    }
}
