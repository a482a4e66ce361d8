package kiosk.testing;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Reads HTTP/1.1 responses off a raw socket, for tests that need to see what happens to the connection. */
public final class RawHttp {

    private RawHttp() {
    }

    /** One whole response (head and body, by Content-Length or chunks) as text; the stream stays at the next. */
    public static String response(InputStream in) throws IOException {
        String head = line(in);
        StringBuilder response = new StringBuilder(head).append("\r\n");
        long length = 0;
        boolean chunked = false;
        for (String header = line(in); !header.isEmpty(); header = line(in)) {
            response.append(header).append("\r\n");
            String lower = header.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Long.parseLong(lower.substring("content-length:".length()).strip());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            }
        }
        response.append("\r\n");
        if (chunked) {
            for (long size = Long.parseLong(line(in).strip(), 16); size > 0; size = Long.parseLong(line(in).strip(), 16)) {
                response.append(new String(in.readNBytes((int) size), StandardCharsets.UTF_8));
                line(in);
            }
            line(in);
        } else {
            response.append(new String(in.readNBytes((int) length), StandardCharsets.UTF_8));
        }
        return response.toString();
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new EOFException("the connection closed; read so far: " + line.toString(StandardCharsets.UTF_8));
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.UTF_8);
    }
}
