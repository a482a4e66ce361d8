package kiosk.api.http;

import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.NanoTime;

/**
 * Fails a request whose body arrives slower than a minimum rate, counted from the first time its body
 * was asked for: a slow client must keep paying for the connection it holds. The body is then a
 * {@link TimeoutException} to whoever reads it, which Javalin answers with 408. (Jetty's
 * {@code MinimumDataRateHandler} would do, but in Jetty 12.1 it divides the bytes of all requests
 * together by one request's time, so under load no request is ever too slow.)
 */
final class MinimumBodyRate extends Handler.Wrapper {

    private final long minBytesPerSecond;

    MinimumBodyRate(Handler handler, long minBytesPerSecond) {
        super(handler);
        this.minBytesPerSecond = minBytesPerSecond;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        return super.handle(new CountedRequest(request), response, callback);
    }

    /** Reads and demands of one request come one at a time (Jetty's contract), so plain fields do. */
    private final class CountedRequest extends Request.Wrapper {

        private long firstDemand;
        private long bytes;
        private Content.Chunk failure;

        CountedRequest(Request request) {
            super(request);
        }

        @Override
        public Content.Chunk read() {
            if (failure != null) {
                return failure;
            }
            Content.Chunk chunk = super.read();
            if (chunk != null) {
                bytes += chunk.remaining();
            }
            return chunk;
        }

        @Override
        public void demand(Runnable onContent) {
            if (firstDemand == 0) {
                firstDemand = NanoTime.now();
            } else if (bytes > 0 && bytes * 1_000_000_000L < minBytesPerSecond * NanoTime.since(firstDemand)) {
                failure = Content.Chunk.from(new TimeoutException(
                        "the request body came slower than " + minBytesPerSecond + " bytes a second"));
                onContent.run();
                return;
            }
            super.demand(onContent);
        }
    }
}
