package kiosk.api.http;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.EagerContentHandler;
import org.eclipse.jetty.server.handler.EagerContentHandler.RetainedContentLoaderFactory;

/**
 * How the server holds out against clients that send slowly (slowloris): such a client costs its own
 * connection and at most a request body's bytes, never one of Jetty's worker threads, and it is cut
 * off once it falls under a minimum data rate or goes quiet.
 *
 * <ul>
 *   <li>A request body is read without a thread (Jetty's {@link EagerContentHandler}): the request is
 *       handed to Javalin only once its whole body is in memory, and a body declared larger than the
 *       limit is not kept: {@link RefusedBodies} reads it to its end and throws it away, then the handler
 *       answers 413 without reading it. Javalin's handlers read bodies with
 *       blocking calls, so a body trickling in used to hold a worker thread: 250 of them took them all.
 *   <li>Bodies must arrive at {@value #MIN_BYTES_PER_SECOND} bytes a second at least
 *       ({@link MinimumBodyRate}); slower clients get 408.
 *   <li>A request that sends or reads nothing for {@link #REQUEST_IDLE_TIMEOUT} ends; a connection
 *       idle for {@link #CONNECTION_IDLE_TIMEOUT} (between requests, or while sending its headers) is
 *       closed.
 * </ul>
 */
final class SlowClients {

    /** A request body comes in one or a few packets; even a poor mobile link sends thousands of bytes a second. */
    static final long MIN_BYTES_PER_SECOND = 512;
    static final Duration REQUEST_IDLE_TIMEOUT = Duration.ofSeconds(10);
    /** Long enough for a browser to reuse its connection for the next page, short enough to free it soon. */
    static final Duration CONNECTION_IDLE_TIMEOUT = Duration.ofSeconds(20);

    private SlowClients() {
    }

    /**
     * The handlers between Jetty and Javalin (which attaches itself innermost), inside {@code outer}.
     *
     * @param maxRequestBytes the largest body a handler accepts
     */
    static Handler.Wrapper guard(Handler.Wrapper outer, long maxRequestBytes) {
        EagerContentHandler wholeBodies = new EagerContentHandler(
                new RetainedContentLoaderFactory(maxRequestBytes + 1, 0, false));
        // too large to be taken anyway: the handler refuses it without reading, no need to wait for it
        wholeBodies.exclude(request -> request.getHeaders().getLongField(HttpHeader.CONTENT_LENGTH) > maxRequestBytes);
        outer.setHandler(new MinimumBodyRate(new RefusedBodies(wholeBodies, maxRequestBytes), MIN_BYTES_PER_SECOND));
        return outer;
    }

    /**
     * How long a request may send or take nothing. (Not Jetty's {@code minRequestDataRate}: it checks
     * reads by the servlet, which never wait here, and Javalin answers its error with 500.)
     */
    static void configure(HttpConfiguration http) {
        http.setIdleTimeout(REQUEST_IDLE_TIMEOUT.toMillis());
    }

    /** The server's one HTTP connector on {@code port} (0 for any free one). */
    static ServerConnector connector(Server server, HttpConfiguration http, int port) {
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http)) {
            /**
             * A graceful stop shortens every connection's idle timeout so that kept-alive ones close, and
             * waits until they have. But a request that began before it ends by restoring the idle
             * timeout it began with (Jetty's HttpChannelState), the connection's 20 s, longer than the
             * stop may wait: so shorten it again on every connection until the stop is done.
             */
            @Override
            public CompletableFuture<Void> shutdown() {
                CompletableFuture<Void> done = super.shutdown();
                getScheduler().schedule(new Runnable() {
                    @Override
                    public void run() {
                        if (!done.isDone()) {
                            getConnectedEndPoints().forEach(endPoint -> endPoint.setIdleTimeout(getShutdownIdleTimeout()));
                            getScheduler().schedule(this, getShutdownIdleTimeout() / 2, TimeUnit.MILLISECONDS);
                        }
                    }
                }, getShutdownIdleTimeout() / 2, TimeUnit.MILLISECONDS);
                return done;
            }
        };
        connector.setPort(port);
        connector.setIdleTimeout(CONNECTION_IDLE_TIMEOUT.toMillis());
        return connector;
    }
}
