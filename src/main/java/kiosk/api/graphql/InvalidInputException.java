package kiosk.api.graphql;

/** An argument the client got wrong; its message goes to the client as the GraphQL error. */
final class InvalidInputException extends RuntimeException {

    InvalidInputException(String message) {
        super(message, null, false, false);
    }
}
