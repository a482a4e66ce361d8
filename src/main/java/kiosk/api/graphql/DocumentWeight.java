package kiosk.api.graphql;

/**
 * What a parsed document costs the heap, so the caches of parsed documents can be bounded by bytes
 * rather than by count: a count bound lets a few thousand large distinct documents (15 KB each, 250
 * KB parsed) fill a gigabyte. Measured with graphql-java 26 on documents of aliases, fields and
 * arguments: 15-18 bytes a character for large documents, about 5 KB for a small one (123
 * characters); the weight errs on the heavy side of both.
 */
final class DocumentWeight {

    private static final int PER_DOCUMENT = 2_048;
    private static final int PER_CHARACTER = 20;

    private DocumentWeight() {
    }

    /** The estimated bytes {@code query}, parsed, keeps on the heap, text included. */
    static int parsed(String query) {
        return (int) Math.min(Integer.MAX_VALUE, PER_DOCUMENT + (long) PER_CHARACTER * query.length());
    }

    /** The bytes {@code query}'s text keeps alone (two a character at most) with a small entry beside it. */
    static int text(String query) {
        return (int) Math.min(Integer.MAX_VALUE, 256 + 2L * query.length());
    }
}
