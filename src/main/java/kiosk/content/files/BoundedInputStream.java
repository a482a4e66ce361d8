package kiosk.content.files;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads at most a given number of bytes; a file that grew past them since it was measured is refused. */
final class BoundedInputStream extends FilterInputStream {

    private final long max;
    private long read;

    BoundedInputStream(InputStream in, long max) {
        super(in);
        this.max = max;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        count(b < 0 ? -1 : 1);
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, (int) Math.min(length, max - read + 1));
        count(n);
        return n;
    }

    private void count(int n) throws RefusedFileException {
        if (n > 0) {
            read += n;
            if (read > max) {
                throw new RefusedFileException("the file grew past " + Sizes.format(max) + " while it was read",
                        "make it smaller, or split it");
            }
        }
    }

    @Override
    public long skip(long n) throws IOException {
        throw new IOException("skipping is not supported");
    }
}
