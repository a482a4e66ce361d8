package kiosk.api.graphql;

/** A field only editors holding the preview token may read, asked for without it; the message says how. */
final class EditorsOnlyException extends RuntimeException {

    EditorsOnlyException(String message) {
        super(message, null, false, false);
    }
}
