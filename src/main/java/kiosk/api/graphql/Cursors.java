package kiosk.api.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Opaque, stable list cursors. A cursor names an article by slug, not by index, so it keeps pointing
 * at the same place while articles are added before it. The prefix lets a foreign string be told apart.
 */
final class Cursors {

    private static final String PREFIX = "article:";

    private Cursors() {
    }

    static String of(String slug) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + slug).getBytes(StandardCharsets.UTF_8));
    }

    /** The slug a cursor names. */
    static String slug(String cursor) {
        String decoded;
        try {
            decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            decoded = "";
        }
        if (!decoded.startsWith(PREFIX)) {
            throw new InvalidInputException("invalid cursor \"" + cursor + "\": pass a cursor from an edge or pageInfo");
        }
        return decoded.substring(PREFIX.length());
    }
}
