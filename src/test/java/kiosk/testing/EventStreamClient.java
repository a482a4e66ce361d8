package kiosk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A client of a server-sent events stream over a real connection (java.net.http, the body read as it
 * streams): every event it received, in order, and a way to wait for the next one wanted.
 */
public final class EventStreamClient implements AutoCloseable {

    /** One event: its {@code event:} name ({@code message} when none), {@code id:} (or null) and {@code data:}. */
    public record Event(String name, String id, String data) {
    }

    private final HttpResponse<Stream<String>> response;
    private final LinkedBlockingQueue<Event> arriving = new LinkedBlockingQueue<>();
    private final List<Event> received = new ArrayList<>();
    private final List<String> comments = new ArrayList<>();
    private final CompletableFuture<Void> reading;

    private EventStreamClient(HttpResponse<Stream<String>> response) {
        this.response = response;
        this.reading = CompletableFuture.runAsync(this::read);
    }

    /** Opens the stream at {@code uri} with the given headers; fails unless the server answers 200. */
    public static EventStreamClient open(URI uri, String... headers) throws Exception {
        HttpResponse<Stream<String>> response = request(uri, headers);
        assertThat(response.statusCode()).as("status of %s", uri).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/event-stream"));
        return new EventStreamClient(response);
    }

    /** The response to a request for the stream, its body unread (for a refusal, call {@link #body}). */
    public static HttpResponse<Stream<String>> request(URI uri, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream").GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HttpClient.newHttpClient().send(request.build(),
                HttpResponse.BodyHandlers.ofLines());
    }

    /** A refusal's whole body. */
    public static String body(HttpResponse<Stream<String>> response) {
        try (Stream<String> lines = response.body()) {
            return String.join("\n", lines.toList());
        }
    }

    private void read() {
        String name = null;
        String id = null;
        StringBuilder data = new StringBuilder();
        try (Stream<String> lines = response.body()) {
            for (String line : (Iterable<String>) lines::iterator) {
                if (line.isEmpty()) {
                    if (name != null || !data.isEmpty()) {
                        arriving.add(new Event(name == null ? "message" : name, id, data.toString()));
                    }
                    name = null;
                    data.setLength(0);
                } else if (line.startsWith(":")) {
                    synchronized (comments) {
                        comments.add(line);
                    }
                } else if (line.startsWith("event: ")) {
                    name = line.substring("event: ".length());
                } else if (line.startsWith("id: ")) {
                    id = line.substring("id: ".length());
                } else if (line.startsWith("data: ")) {
                    data.append(data.isEmpty() ? "" : "\n").append(line.substring("data: ".length()));
                }
            }
        } catch (RuntimeException closed) {
            // the stream ended or was cancelled
        }
    }

    /** The next event {@code wanted} accepts, received within {@code within}; the events before it are kept too. */
    public Event next(Predicate<Event> wanted, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            Event event = arriving.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (event == null) {
                throw new AssertionError("no event wanted within " + within + "; received " + received());
            }
            synchronized (received) {
                received.add(event);
            }
            if (wanted.test(event)) {
                return event;
            }
        }
    }

    /** The next event named {@code name}. */
    public Event next(String name, Duration within) throws InterruptedException {
        return next(event -> event.name().equals(name), within);
    }

    /** Every event received so far, in order, waiting for none. */
    public List<Event> received() {
        synchronized (received) {
            arriving.drainTo(received);
            return List.copyOf(received);
        }
    }

    /** The comment lines received so far (heartbeats). */
    public List<String> comments() {
        synchronized (comments) {
            return List.copyOf(comments);
        }
    }

    /** Whether the server ended the stream. */
    public boolean ended() {
        return reading.isDone();
    }

    public HttpResponse<Stream<String>> response() {
        return response;
    }

    /** Everything received, as one text: for asserting what never came. */
    public String text() {
        return String.join("\n", received().stream().map(Event::toString).toList());
    }

    @Override
    public void close() {
        reading.cancel(true);
        response.body().close();
    }
}
