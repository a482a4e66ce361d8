package kiosk.api.graphql;

/** {@code Query.changes} asked about a revision the server keeps no changes from. */
final class RevisionTooOldException extends RuntimeException {

    RevisionTooOldException(String since, String current) {
        super("the server keeps no changes since revision " + since + " (too old, or never served here):"
                + " read everything again and keep the current revision, " + current, null, false, false);
    }
}
