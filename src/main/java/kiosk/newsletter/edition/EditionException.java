package kiosk.newsletter.edition;

/** An edition cannot be built as asked; the message says what to fix. */
public class EditionException extends RuntimeException {

    public EditionException(String message) {
        super(message);
    }
}
