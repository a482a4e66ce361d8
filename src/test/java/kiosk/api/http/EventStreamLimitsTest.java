package kiosk.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import kiosk.catalog.Catalog;
import kiosk.catalog.CatalogBuilder;
import kiosk.catalog.CatalogHolder;
import kiosk.testing.Eventually;
import kiosk.testing.EventStreamClient;
import kiosk.testing.SampleContent;
import org.junit.jupiter.api.Test;

/**
 * What {@code /api/events} costs the server: subscribers are bounded in total and per client address,
 * with an answer that says so; quiet streams get heartbeats; a client that stops reading is dropped
 * while the others get every event, and a stop ends the streams instead of waiting for them.
 */
class EventStreamLimitsTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private static KioskServer start(CatalogHolder catalogs, EventStreamOptions events) {
        return KioskServer.create(catalogs, ServerOptions.defaults(0).withProxyHops(1).withEvents(events)).start();
    }

    private static URI events(KioskServer server) {
        return URI.create("http://localhost:" + server.port() + EventStream.PATH);
    }

    /** Whether a new stream from {@code address} is taken now (it is closed again at once). */
    private static boolean acceptsAStreamFrom(KioskServer server, String address) throws Exception {
        HttpResponse<Stream<String>> again = EventStreamClient.request(events(server), "X-Forwarded-For", address);
        again.body().close();
        return again.statusCode() == 200;
    }

    @Test
    void subscribersOverTheLimits_areRefusedWithAClearAnswer_untilOthersLeave() throws Exception {
        KioskServer server = start(new CatalogHolder(SampleContent.catalog()),
                // a closed stream is noticed when a heartbeat cannot be written
                new EventStreamOptions(3, 2, Duration.ofMillis(300)));
        List<EventStreamClient> open = new ArrayList<>();
        try {
            open.add(EventStreamClient.open(events(server), "X-Forwarded-For", "203.0.113.1"));
            open.add(EventStreamClient.open(events(server), "X-Forwarded-For", "203.0.113.1"));

            HttpResponse<Stream<String>> third = EventStreamClient.request(events(server), "X-Forwarded-For", "203.0.113.1");
            assertThat(third.statusCode()).isEqualTo(429);
            assertThat(third.headers().firstValue("Retry-After")).isPresent();
            assertThat(EventStreamClient.body(third)).contains("too many event streams from this address");

            open.add(EventStreamClient.open(events(server), "X-Forwarded-For", "203.0.113.2"));
            HttpResponse<Stream<String>> overall = EventStreamClient.request(events(server), "X-Forwarded-For", "203.0.113.3");
            assertThat(overall.statusCode()).isEqualTo(503);
            assertThat(overall.headers().firstValue("Retry-After")).isPresent();
            assertThat(EventStreamClient.body(overall)).contains("as many as it takes");

            open.remove(0).close();
            Eventually.within(WAIT, () -> acceptsAStreamFrom(server, "203.0.113.1"));
        } finally {
            open.forEach(EventStreamClient::close);
            server.stop();
        }
    }

    /**
     * An editor's pages each open a stream and close it on leaving: were a closed stream noticed only at
     * the next heartbeat (20 s), clicking through a few dozen pages would use up the address's streams.
     */
    @Test
    void aClosedStream_isNoticedLongBeforeTheNextHeartbeat() throws Exception {
        KioskServer server = start(new CatalogHolder(SampleContent.catalog()),
                new EventStreamOptions(10, 1, Duration.ofSeconds(20)));
        try {
            EventStreamClient.open(events(server), "X-Forwarded-For", "203.0.113.1").close();

            Eventually.within(Duration.ofSeconds(3), () -> acceptsAStreamFrom(server, "203.0.113.1"));
        } finally {
            server.stop();
        }
    }

    @Test
    void aQuietStream_getsHeartbeats_andAStopEndsIt() throws Exception {
        KioskServer server = start(new CatalogHolder(SampleContent.catalog()),
                new EventStreamOptions(10, 10, Duration.ofMillis(200)));
        try (EventStreamClient client = EventStreamClient.open(events(server))) {
            client.next("state", WAIT);
            Eventually.within(WAIT, () -> client.comments().size() >= 3);

            server.stop();
            Eventually.within(WAIT, client::ended);
        } finally {
            server.stop();
        }
    }

    @Test
    void aWrongPreviewToken_isRefused() throws Exception {
        HttpResponse<Stream<String>> refused = EventStreamClient.request(TestServer.sample().uri(EventStream.PATH),
                "X-Preview-Token", "not-the-token");
        assertThat(refused.statusCode()).isEqualTo(403);
        EventStreamClient.body(refused);
    }

    /**
     * A client that stops reading fills its socket buffers and then its queue: it is dropped (its
     * connection closed before it got everything), while the snapshots go on being swapped in and a
     * client that reads gets every one of them.
     */
    @Test
    void aClientThatStopsReading_isDropped_andNeitherTheSwapsNorTheOthersWait() throws Exception {
        Catalog first = SampleContent.catalog();
        Catalog second = new CatalogBuilder().published(SampleContent.load().content(), SampleContent.NOW.plusSeconds(60), first);
        CatalogHolder catalogs = new CatalogHolder(first);
        KioskServer server = start(catalogs, new EventStreamOptions(10, 10, Duration.ofSeconds(20)));
        try (Socket stalled = new Socket()) {
            stalled.setReceiveBufferSize(4096);
            stalled.connect(new java.net.InetSocketAddress("localhost", server.port()));
            OutputStream request = stalled.getOutputStream();
            request.write(("GET " + EventStream.PATH + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\n"
                    + "\r\n").getBytes(StandardCharsets.US_ASCII));
            request.flush();
            try (EventStreamClient reading = EventStreamClient.open(events(server))) {
                reading.next("state", WAIT);
                long sent = 0;
                int bursts = 200;
                int swapsPerBurst = 100;
                for (int burst = 0; burst < bursts; burst++) {
                    for (int swap = 0; swap < swapsPerBurst; swap++) {
                        catalogs.swap(swap % 2 == 0 ? second : first);
                    }
                    for (int swap = 0; swap < swapsPerBurst; swap++) {
                        sent += reading.next("change", WAIT).data().length();
                    }
                }
                assertThat(sent).as("bytes of events sent to each client").isGreaterThan(8L << 20);

                stalled.setSoTimeout(10_000);
                long taken = drain(stalled.getInputStream());
                assertThat(taken).as("what the stalled client got before it was dropped").isLessThan(sent);
            }
        } finally {
            server.stop();
        }
    }

    /** Reads until the server closes the connection; a server still holding it stays silent and fails the read. */
    private static long drain(InputStream in) throws IOException {
        long taken = 0;
        byte[] buffer = new byte[64 * 1024];
        while (true) {
            int read;
            try {
                read = in.read(buffer);
            } catch (SocketTimeoutException e) {
                throw new AssertionError("the stalled client was not dropped: the server still holds its stream", e);
            } catch (IOException reset) {
                return taken; // dropped with a reset
            }
            if (read < 0) {
                return taken;
            }
            taken += read;
        }
    }
}
