package kiosk.api.http;

import java.util.Map;
import kiosk.api.graphql.ErrorCode;
import kiosk.api.graphql.ErrorContract;
import kiosk.api.graphql.Limit;

/** A GraphQL-over-HTTP request that is not well-formed; its message tells the client what to fix. */
final class BadRequestException extends RuntimeException {

    private final int status;
    private final transient Map<String, Object> extensions;

    /** A {@code BAD_REQUEST}. */
    BadRequestException(int status, String message) {
        this(status, message, ErrorContract.extensions(ErrorCode.BAD_REQUEST));
    }

    private BadRequestException(int status, String message, Map<String, Object> extensions) {
        super(message, null, false, false);
        this.status = status;
        this.extensions = extensions;
    }

    /** 413: a body over {@code maxBytes}. */
    static BadRequestException tooLarge(long maxBytes) {
        return new BadRequestException(413, "the request body is larger than " + maxBytes + " bytes",
                ErrorContract.extensions(ErrorCode.LIMIT_EXCEEDED, Limit.REQUEST_BYTES, maxBytes));
    }

    int status() {
        return status;
    }

    Map<String, Object> extensions() {
        return extensions;
    }
}
