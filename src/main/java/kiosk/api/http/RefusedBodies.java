package kiosk.api.http;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Reads and throws away the body of a request that declares more than the handlers take, before they
 * refuse it (413, without reading it). Refused with the body still arriving, the connection was closed
 * under the client, the kernel reset it, and a client still writing (the JDK's HttpClient and curl write
 * the whole body before they read) lost the 413 and reported a reset connection instead. Read to its end,
 * the body leaves the connection open for the client's next request.
 *
 * <p>Up to {@value #MAX_DISCARDED_BYTES} bytes: a larger body is not worth the bandwidth, and is refused at
 * once as before. Reading holds no thread (it demands the next bytes), and as this sits inside
 * {@link MinimumBodyRate}, a client that sends the body slowly is cut off as any slow body is. A client
 * that asked {@code Expect: 100-continue} is answered at once: it sends nothing until told to.
 */
final class RefusedBodies extends Handler.Wrapper {

    /** Sixteen times the default request limit: a query pasted a few times too many is still answered. */
    static final long MAX_DISCARDED_BYTES = 1 << 20;

    private final long maxRequestBytes;

    RefusedBodies(Handler handler, long maxRequestBytes) {
        super(handler);
        this.maxRequestBytes = maxRequestBytes;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        long declared = request.getLength();
        if (declared <= maxRequestBytes || declared > MAX_DISCARDED_BYTES
                || request.getHeaders().contains(HttpHeader.EXPECT, HttpHeaderValue.CONTINUE.asString())) {
            return super.handle(request, response, callback);
        }
        discardThenHandle(request, response, callback);
        return true;
    }

    /** Reads what is available, then asks to be called for more; at the end (or a failure) lets the handlers answer. */
    private void discardThenHandle(Request request, Response response, Callback callback) {
        while (true) {
            Content.Chunk chunk = request.read();
            if (chunk == null) {
                request.demand(() -> discardThenHandle(request, response, callback));
                return;
            }
            chunk.release();
            if (chunk.isLast() || Content.Chunk.isFailure(chunk)) {
                try {
                    if (!super.handle(request, response, callback)) {
                        Response.writeError(request, response, callback, 404);
                    }
                } catch (Exception e) {
                    callback.failed(e);
                }
                return;
            }
        }
    }
}
