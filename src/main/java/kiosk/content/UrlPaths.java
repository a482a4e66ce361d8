package kiosk.content;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Percent-encoding for path segments (URLEncoder encodes for forms, where a space is '+'). */
public final class UrlPaths {

    private UrlPaths() {
    }

    public static String encodeSegment(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
