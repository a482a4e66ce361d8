package kiosk.api.graphql;

import java.util.Map;

/** An argument the client got wrong; its message goes to the client as a {@code BAD_USER_INPUT} error. */
final class InvalidInputException extends RuntimeException {

    private final transient Map<String, Object> extensions;

    InvalidInputException(String message) {
        this(message, ErrorContract.extensions(ErrorCode.BAD_USER_INPUT));
    }

    private InvalidInputException(String message, Map<String, Object> extensions) {
        super(message, null, false, false);
        this.extensions = extensions;
    }

    /**
     * A value over one of the API's limits: still {@code BAD_USER_INPUT}, as clients were told of page
     * sizes before the limits had names, with the limit named as for every other one.
     */
    static InvalidInputException overLimit(String message, Limit limit, long max) {
        return new InvalidInputException(message, ErrorContract.extensions(ErrorCode.BAD_USER_INPUT, limit, max));
    }

    /** A request for more than {@code limit} allows in one field: {@code LIMIT_EXCEEDED}, only that field null. */
    static InvalidInputException limitExceeded(String message, Limit limit, long max) {
        return new InvalidInputException(message, ErrorContract.extensions(ErrorCode.LIMIT_EXCEEDED, limit, max));
    }

    /** The error's extensions: its code, and the limit it went over, if any. */
    Map<String, Object> extensions() {
        return extensions;
    }
}
