package kiosk.image;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.Semaphore;

/**
 * The heap that images being decoded may take at once, shared by every thread that decodes. A camera file is
 * held whole while it is decoded (an 8000 x 6000 JPEG is 144 MB of pixels), and an OutOfMemoryError in one
 * decode failed the whole bake, the other photos with it. So each decode first takes its share: it waits while
 * others hold too much, and an image that needs more than the whole budget is not decoded at all (it is
 * published as it is, with a message saying what it needs).
 */
final class DecodeBudget {

    /** Half the heap: the other half holds the catalog, the pages and the variants being encoded. */
    static final DecodeBudget HEAP = new DecodeBudget(Runtime.getRuntime().maxMemory() / 2);

    private static final long KIB = 1024;
    private static final long MIB = KIB * KIB;

    private final long bytes;
    /** Kibibytes: an int counts up to 2 TiB of them. Fair, so that a big image is not overtaken forever. */
    private final Semaphore free;

    DecodeBudget(long bytes) {
        this.bytes = bytes;
        this.free = new Semaphore(kibibytes(bytes), true);
    }

    /** A share taken; closing it gives it back. */
    interface Share extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Takes {@code needed} bytes for decoding an image of {@code width} x {@code height}, waiting until they are free.
     *
     * @throws IOException when the image needs more than the whole budget (the message says what it needs and how
     *                     to give it that), or when the thread is interrupted while it waits
     */
    Share take(long needed, int width, int height) throws IOException {
        if (needed > bytes) {
            long heap = Runtime.getRuntime().maxMemory();
            long heapNeeded = (needed * heap / bytes + MIB - 1) / MIB;
            throw new IOException(width + "x" + height + " pixels need about " + megabytes(needed)
                    + " MB of memory to decode, more than the " + megabytes(bytes)
                    + " MB Kiosk lets images take at once (half its heap): publish it smaller, or give Kiosk a larger"
                    + " heap (KIOSK_JAVA_OPTS=-Xmx" + heapNeeded + "m or more)");
        }
        int permits = kibibytes(needed);
        try {
            free.acquire(permits);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for memory to decode the image");
        }
        return () -> free.release(permits);
    }

    /**
     * The bytes decoding takes at its peak: the pixels as read ({@code bytesPerPixel}), their sRGB copy when
     * they are in another colour space, and the shrunk copy (4 bytes a pixel, {@code factor} times narrower
     * and lower) that is made from them.
     */
    static long needed(int width, int height, int bytesPerPixel, boolean converted, int factor) {
        long pixels = (long) width * height;
        return pixels * bytesPerPixel + (converted ? pixels * 4 : 0) + pixels * 4 / ((long) factor * factor);
    }

    private static int kibibytes(long bytes) {
        return (int) Math.min(Integer.MAX_VALUE, (bytes + KIB - 1) / KIB);
    }

    private static long megabytes(long bytes) {
        return (bytes + MIB - 1) / MIB;
    }
}
