package kiosk.api.graphql;

/**
 * Opaque, stable list cursors. A cursor names an article by slug, not by index, so it keeps pointing
 * at the same place while articles are added before it. The prefix lets a foreign string be told apart.
 */
final class Cursors {

    private static final String PREFIX = "article:";

    private Cursors() {
    }

    static String of(String slug) {
        return OpaqueText.encode(PREFIX + slug);
    }

    /** The slug a cursor names. */
    static String slug(String cursor) {
        String decoded = OpaqueText.decode(cursor).orElse("");
        if (!decoded.startsWith(PREFIX)) {
            throw new InvalidInputException("invalid cursor \"" + cursor + "\": pass a cursor from an edge or pageInfo");
        }
        return decoded.substring(PREFIX.length());
    }
}
