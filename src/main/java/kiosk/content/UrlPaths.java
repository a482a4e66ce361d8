package kiosk.content;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** URL parts: percent-encoding for path segments, and origins. */
public final class UrlPaths {

    private UrlPaths() {
    }

    /** Percent-encodes a path segment (URLEncoder encodes for forms, where a space is '+'). */
    public static String encodeSegment(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Scheme, host and port of {@code url}, such as {@code https://api.example.jp}: what CORS and browsers compare. */
    public static URI origin(URI url) {
        return URI.create(url.getScheme() + "://" + url.getRawAuthority());
    }
}
