package kiosk.api.http;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.util.BufferUtil;
import org.eclipse.jetty.util.Callback;

/**
 * One client of {@code /api/events}: the events waiting for it, written with the servlet's
 * non-blocking output as fast as the client takes them. Nothing waits for the client: {@link #send}
 * only queues and writes what the connection accepts now, and a client that falls behind by more
 * than {@link #MAX_QUEUED_BYTES} (its socket buffers full, and then this queue) is dropped: it can
 * reconnect and is told the current state. A quiet connection holds no thread, only its socket.
 */
final class EventSubscriber implements WriteListener {

    /** Dozens of change events: a client this far behind has stopped reading. */
    static final int MAX_QUEUED_BYTES = 256 * 1024;

    private final ServletOutputStream out;
    private final EndPoint endPoint;
    private final CompletableFuture<Void> ended = new CompletableFuture<>();
    private final ArrayDeque<byte[]> queue = new ArrayDeque<>();
    private final Runnable onEnd;
    /** Whether the client sees the preview (drafts, the reload's problems) rather than the published site. */
    private final boolean editor;
    /** The site path of the page the client shows (without the preview's root), or null. */
    private final String page;
    private int queuedBytes;
    private boolean unflushed;
    private boolean closed;

    /**
     * @param out   the response's output, in asynchronous mode; this becomes its write listener
     * @param onEnd called once when the subscription ends, however it ends
     */
    EventSubscriber(ServletOutputStream out, EndPoint endPoint, boolean editor, String page, Runnable onEnd) {
        this.out = out;
        this.endPoint = endPoint;
        this.editor = editor;
        this.page = page;
        this.onEnd = onEnd;
    }

    /** Starts writing (the container calls {@link #onWritePossible} once ready); the future completes when it ends. */
    CompletableFuture<Void> start() {
        out.setWriteListener(this);
        watchForClose();
        return ended;
    }

    /**
     * Notices the client closing its connection when it does: a write only fails a heartbeat or two later,
     * and until then the stream counts against its address's limit, so an editor clicking through pages
     * (each opens a stream) would be refused. An EventSource sends nothing after its request, and Jetty
     * reads nothing more while the response goes on, so the connection's reads are this one's to watch.
     */
    private void watchForClose() {
        endPoint.tryFillInterested(Callback.from(this::readAfterRequest, failure -> end()));
    }

    private void readAfterRequest() {
        try {
            int read = endPoint.fill(BufferUtil.allocate(64));
            if (read < 0) {
                end(); // the client closed its connection
            } else if (read > 0) {
                drop(); // not an EventSource: it sends after its request, which this stream never answers
            } else {
                watchForClose();
            }
        } catch (IOException e) {
            end();
        }
    }

    boolean editor() {
        return editor;
    }

    String page() {
        return page;
    }

    /** Queues {@code event} and writes what the connection takes now; drops a client too far behind. */
    synchronized void send(byte[] event) {
        if (closed) {
            return;
        }
        if (queuedBytes + event.length > MAX_QUEUED_BYTES) {
            drop();
            return;
        }
        queue.add(event);
        queuedBytes += event.length;
        pump();
    }

    @Override
    public synchronized void onWritePossible() {
        pump();
    }

    @Override
    public void onError(Throwable failure) {
        end(); // the client went away, or stopped taking anything for the idle timeout
    }

    /** Ends the stream normally (the server stops): the client's EventSource reconnects to the next server. */
    void close() {
        end();
    }

    /** Writes queued events while the connection takes them, then flushes; never waits. */
    private void pump() {
        try {
            while (!closed && out.isReady()) {
                byte[] next = queue.poll();
                if (next != null) {
                    queuedBytes -= next.length;
                    out.write(next);
                    unflushed = true;
                } else if (unflushed) {
                    unflushed = false;
                    out.flush();
                } else {
                    return;
                }
            }
        } catch (IOException | IllegalStateException e) {
            end(); // the connection failed, or the response is over
        }
    }

    /** Cuts the connection off: a write to it is pending, so ending the response normally would wait for it. */
    private void drop() {
        end();
        endPoint.close();
    }

    private void end() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            queue.clear();
        }
        onEnd.run();
        ended.complete(null);
    }
}
