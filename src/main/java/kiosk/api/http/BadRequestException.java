package kiosk.api.http;

/** A GraphQL-over-HTTP request that is not well-formed; its message tells the client what to fix. */
final class BadRequestException extends RuntimeException {

    private final int status;

    BadRequestException(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    int status() {
        return status;
    }
}
